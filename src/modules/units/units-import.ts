import { type CsvRecord, CsvSyntaxError, parseCsv } from '../../lib/csv.ts';
import type { LineError } from '../../lib/errors.ts';
import { FORMULA_NAME_MESSAGE, startsLikeFormula } from '../../lib/text.ts';

/**
 * Checks a whole units CSV (`code,name,type,parent_code[,peer_group,valid_from,valid_to,successor_codes]`)
 * before anything is written, and returns either every bad line or the units in an order where each
 * parent comes first. Pure: what it needs from the database is passed in.
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
  /** Optional `valid_to` column: the last day the unit exists (inclusive); empty = still open. */
  validTo: string | null;
  /** Optional `successor_codes` column (`;`-separated): the units that take over from `validTo`. */
  successorCodes: string[];
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
  /** The import date (Vietnam): the `valid_from` of a line that leaves it empty. */
  today?: string;
  /** Told the number of lines read so far, every {@link ROWS_PER_PROGRESS} lines and at the end. */
  onRows?: (rows: number) => void;
}

/** How often a large file's check reports the lines it has read. */
export const ROWS_PER_PROGRESS = 1000;

export type ImportCheck = { ok: true; units: ImportedUnit[] } | { ok: false; errors: LineError[] };

const REQUIRED = ['code', 'name', 'type', 'parent_code'] as const;
const OPTIONAL = ['peer_group', 'valid_from', 'valid_to', 'successor_codes'] as const;
/**
 * Columns a reference file keeps for people (data/units/khanh-hoa-2025.csv: the old units each was
 * formed from, whether it is verified, where it was read): accepted and not stored.
 */
const DOCUMENTARY = ['predecessor_names', 'status', 'source', 'note'] as const;
const ACCEPTED: readonly string[] = [...REQUIRED, ...OPTIONAL, ...DOCUMENTARY];
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
    if (!ACCEPTED.includes(name)) {
      errors.push({
        line: header.line,
        code: 'UNKNOWN_COLUMN',
        message: `cột "${name}" không được hỗ trợ (chỉ nhận ${ACCEPTED.join(', ')})`,
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
      validTo: at(row.fields, 'valid_to') || null,
      successorCodes: [
        ...new Set(
          at(row.fields, 'successor_codes')
            .split(';')
            .map((c) => c.trim())
            .filter(Boolean),
        ),
      ],
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
    if (units.length % ROWS_PER_PROGRESS === 0) ctx.onRows?.(units.length);
  }
  ctx.onRows?.(rows.length);

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
    } else {
      const parentEnd = inFile.get(unit.parentCode)!.validTo;
      if (parentEnd !== null && (unit.validTo === null || unit.validTo > parentEnd))
        errors.push({
          line: unit.line,
          code: 'PARENT_CLOSED',
          message: `đơn vị cấp trên "${unit.parentCode}" ngừng hoạt động ngày ${parentEnd}, trước đơn vị này`,
        });
    }
  }
  errors.push(...checkSuccessors(units, inFile, ctx));
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
  if (u.validTo !== null && !isIsoDate(u.validTo))
    add('DATE_INVALID', `ngày kết thúc "${u.validTo}" phải có dạng YYYY-MM-DD`);
  else if (u.validTo !== null && (u.validFrom === null || isIsoDate(u.validFrom))) {
    const from = u.validFrom ?? ctx.today;
    if (from !== undefined && u.validTo < from)
      add(
        'DATE_ORDER',
        `ngày kết thúc ${u.validTo} trước ngày bắt đầu ${from}${u.validFrom === null ? ' (ngày nhập, vì cột valid_from trống)' : ''}`,
      );
  }
  return errors;
}

/**
 * Successors: each exists in the file or the database (and, there, inside the actor's scope), is
 * not the unit itself, and is still open after the unit's last day; a unit with successors has a
 * last day (`valid_to`).
 */
function checkSuccessors(
  units: ImportedUnit[],
  inFile: Map<string, ImportedUnit>,
  ctx: ImportContext,
): LineError[] {
  const errors: LineError[] = [];
  for (const u of units) {
    const add = (code: string, message: string) => errors.push({ line: u.line, code, message });
    if (u.successorCodes.length > 0 && u.validTo === null)
      add(
        'SUCCESSOR_WITHOUT_END',
        'có đơn vị kế thừa (successor_codes) thì cần ngày kết thúc (cột valid_to)',
      );
    for (const code of u.successorCodes) {
      if (code === u.code) {
        add('SUCCESSOR_SELF', 'đơn vị không thể kế thừa chính nó');
        continue;
      }
      if (!UNIT_CODE_PATTERN.test(code)) {
        add('SUCCESSOR_INVALID', `mã đơn vị kế thừa "${code}" không hợp lệ`);
        continue;
      }
      const inDb = ctx.existing.get(code);
      const successor = inDb ?? inFile.get(code);
      if (!successor) {
        add('SUCCESSOR_UNKNOWN', `đơn vị kế thừa "${code}" không có trong tệp hay trong hệ thống`);
        continue;
      }
      if (inDb && !ctx.mayUseParent(inDb)) {
        add('SUCCESSOR_FORBIDDEN', `đơn vị kế thừa "${code}" nằm ngoài phạm vi quản lý của bạn`);
        continue;
      }
      if (u.validTo !== null && successor.validTo !== null && successor.validTo <= u.validTo)
        add(
          'SUCCESSOR_CLOSED',
          `đơn vị kế thừa "${code}" ngừng hoạt động ngày ${successor.validTo}, không sau ngày kết thúc ${u.validTo} của đơn vị này`,
        );
    }
  }
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
