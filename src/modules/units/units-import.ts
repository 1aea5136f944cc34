import { type CsvRecord, CsvSyntaxError, parseCsv } from '../../lib/csv.ts';
import type { LineError } from '../../lib/errors.ts';
import { FORMULA_NAME_MESSAGE, startsLikeFormula } from '../../lib/text.ts';

/**
 * Checks a whole units CSV (`code,name,type,parent_code[,peer_group]`) before anything is written,
 * and returns either every bad line or the units in an order where each parent comes first.
 * Pure: what it needs from the database is passed in.
 */

export interface ImportedUnit {
  line: number;
  code: string;
  name: string;
  type: string;
  parentCode: string | null;
  peerGroup: string;
  /** Optional `valid_from` column (YYYY-MM-DD); empty = the import date. */
  validFrom: string | null;
}

export interface ExistingUnit {
  path: string;
  validTo: string | null;
}

export interface ImportContext {
  existing: Map<string, ExistingUnit>;
  types: Set<string>;
  /** Whether a parent already in the database may receive children from this actor. */
  mayUseParent: (parent: ExistingUnit) => boolean;
  mayCreateRoot: boolean;
}

export type ImportCheck = { ok: true; units: ImportedUnit[] } | { ok: false; errors: LineError[] };

const REQUIRED = ['code', 'name', 'type', 'parent_code'] as const;
const OPTIONAL = ['peer_group', 'valid_from'] as const;
export const UNIT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;

export function checkUnitsCsv(text: string, ctx: ImportContext): ImportCheck {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      return { ok: false, errors: [{ line: error.line, code: 'CSV_SYNTAX', message: error.message }] };
    }
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) return fail(1, 'EMPTY_FILE', 'tệp rỗng, cần dòng tiêu đề code,name,type,parent_code');

  const columns = header.fields.map((f) => f.trim().toLowerCase());
  const errors: LineError[] = [];
  for (const name of columns) {
    if (![...REQUIRED, ...OPTIONAL].includes(name as never)) {
      errors.push({
        line: header.line,
        code: 'UNKNOWN_COLUMN',
        message: `cột "${name}" không được hỗ trợ (chỉ nhận code, name, type, parent_code, peer_group, valid_from)`,
      });
    }
  }
  for (const name of REQUIRED) {
    if (!columns.includes(name))
      errors.push({ line: header.line, code: 'MISSING_COLUMN', message: `thiếu cột "${name}"` });
  }
  if (new Set(columns).size !== columns.length) {
    errors.push({ line: header.line, code: 'DUPLICATE_COLUMN', message: 'một cột xuất hiện hai lần' });
  }
  if (errors.length) return { ok: false, errors };
  if (rows.length === 0) return fail(header.line, 'EMPTY_FILE', 'tệp không có dòng dữ liệu nào');

  const at = (fields: string[], name: string) => {
    const i = columns.indexOf(name);
    return i < 0 ? '' : (fields[i] ?? '').trim();
  };

  const units: ImportedUnit[] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const row of rows) {
    if (row.fields.length !== columns.length) {
      errors.push({
        line: row.line,
        code: 'FIELD_COUNT',
        message: `có ${row.fields.length} ô, cần ${columns.length} ô như dòng tiêu đề`,
      });
      continue;
    }
    const unit: ImportedUnit = {
      line: row.line,
      code: at(row.fields, 'code'),
      name: at(row.fields, 'name').replace(/\s+/g, ' '),
      type: at(row.fields, 'type'),
      parentCode: at(row.fields, 'parent_code') || null,
      peerGroup: '',
      validFrom: at(row.fields, 'valid_from') || null,
    };
    unit.peerGroup = at(row.fields, 'peer_group') || unit.type;
    const lineErrors = checkFields(unit, ctx);
    const seenAt = firstLineOfCode.get(unit.code);
    if (unit.code && seenAt !== undefined) {
      lineErrors.push({
        line: row.line,
        code: 'CODE_DUPLICATE',
        message: `mã "${unit.code}" đã có ở dòng ${seenAt}`,
      });
    } else if (unit.code) {
      firstLineOfCode.set(unit.code, row.line);
    }
    errors.push(...lineErrors);
    units.push(unit);
  }

  const inFile = new Map(units.map((u) => [u.code, u]));
  for (const unit of units) {
    if (!unit.parentCode) {
      if (!ctx.mayCreateRoot)
        errors.push({
          line: unit.line,
          code: 'ROOT_FORBIDDEN',
          message: 'parent_code trống (đơn vị gốc) nhưng bạn không có quyền tạo đơn vị gốc',
        });
      continue;
    }
    const parentInDb = ctx.existing.get(unit.parentCode);
    if (parentInDb) {
      if (parentInDb.validTo)
        errors.push({
          line: unit.line,
          code: 'PARENT_CLOSED',
          message: `đơn vị cấp trên "${unit.parentCode}" đã ngừng hoạt động`,
        });
      else if (!ctx.mayUseParent(parentInDb))
        errors.push({
          line: unit.line,
          code: 'PARENT_FORBIDDEN',
          message: `đơn vị cấp trên "${unit.parentCode}" nằm ngoài phạm vi quản lý của bạn`,
        });
    } else if (!inFile.has(unit.parentCode)) {
      errors.push({
        line: unit.line,
        code: 'PARENT_UNKNOWN',
        message: `đơn vị cấp trên "${unit.parentCode}" không có trong tệp hay trong hệ thống`,
      });
    } else if (unit.parentCode === unit.code) {
      errors.push({
        line: unit.line,
        code: 'PARENT_CYCLE',
        message: 'đơn vị không thể là cấp trên của chính nó',
      });
    }
  }
  errors.push(...findCycles(units, inFile));
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, units: parentsFirst(units, inFile) };
}

function checkFields(u: ImportedUnit, ctx: ImportContext): LineError[] {
  const errors: LineError[] = [];
  const add = (code: string, message: string) => errors.push({ line: u.line, code, message });
  if (!u.code) add('CODE_EMPTY', 'thiếu mã đơn vị (cột code)');
  else if (!UNIT_CODE_PATTERN.test(u.code))
    add('CODE_INVALID', `mã "${u.code}" chỉ được gồm chữ không dấu, số, ".", "_" hoặc "-" (tối đa 50 ký tự)`);
  else if (ctx.existing.has(u.code)) add('CODE_TAKEN', `mã "${u.code}" đã được dùng trong hệ thống`);
  if (!u.name) add('NAME_EMPTY', 'thiếu tên đơn vị (cột name)');
  else if (u.name.length > 300) add('NAME_TOO_LONG', 'tên đơn vị dài quá 300 ký tự');
  else if (startsLikeFormula(u.name))
    add('NAME_FORMULA', `tên đơn vị: ${FORMULA_NAME_MESSAGE.toLowerCase()}`);
  if (!u.type) add('TYPE_EMPTY', 'thiếu loại đơn vị (cột type)');
  else if (!ctx.types.has(u.type))
    add('TYPE_UNKNOWN', `loại đơn vị "${u.type}" không có trong danh mục (${[...ctx.types].join(', ')})`);
  if (u.peerGroup.length > 50) add('PEER_GROUP_INVALID', 'nhóm so sánh (peer_group) dài quá 50 ký tự');
  if (u.validFrom !== null && !isIsoDate(u.validFrom))
    add('DATE_INVALID', `ngày bắt đầu "${u.validFrom}" phải có dạng YYYY-MM-DD`);
  return errors;
}

/** Parents defined later in the file are allowed, but a loop (A under B under A) is not. */
function findCycles(units: ImportedUnit[], inFile: Map<string, ImportedUnit>): LineError[] {
  const errors: LineError[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of units) {
    const chain: ImportedUnit[] = [];
    let current: ImportedUnit | undefined = start;
    while (current && state.get(current.code) === undefined) {
      state.set(current.code, 'visiting');
      chain.push(current);
      current =
        current.parentCode && current.parentCode !== current.code
          ? inFile.get(current.parentCode)
          : undefined;
    }
    if (current && state.get(current.code) === 'visiting') {
      const loop = chain.slice(chain.indexOf(current));
      for (const u of loop) {
        errors.push({
          line: u.line,
          code: 'PARENT_CYCLE',
          message: `vòng lặp cấp trên: ${loop.map((x) => x.code).join(' → ')} → ${current.code}`,
        });
      }
    }
    for (const u of chain) state.set(u.code, 'done');
  }
  return errors;
}

function parentsFirst(units: ImportedUnit[], inFile: Map<string, ImportedUnit>): ImportedUnit[] {
  const ordered: ImportedUnit[] = [];
  const placed = new Set<string>();
  const place = (u: ImportedUnit) => {
    if (placed.has(u.code)) return;
    const parent = u.parentCode ? inFile.get(u.parentCode) : undefined;
    if (parent) place(parent);
    placed.add(u.code);
    ordered.push(u);
  };
  for (const u of units) place(u);
  return ordered;
}

function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

function fail(line: number, code: string, message: string): ImportCheck {
  return { ok: false, errors: [{ line, code, message }] };
}

/** Files up to this size are checked on the calling thread; larger ones in a worker thread. */
export const UNITS_INLINE_BYTES = 256 * 1024;
