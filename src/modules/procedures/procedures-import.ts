import { type CsvRecord, CsvSyntaxError, parseCsv, stripBom } from '../../lib/csv.ts';
import type { LineError } from '../../lib/errors.ts';
import { FORMULA_NAME_MESSAGE, foldVietnamese, startsLikeFormula } from '../../lib/text.ts';

/**
 * Checks a whole procedure catalogue file (CSV or JSON) before anything is written, and returns
 * either every bad line (CSV: "Dòng N", JSON: "Mục N", the item's 1-based index) or the procedures,
 * normalised. Pure: the units it needs from the database are passed in.
 *
 * JSON: an array of `{code, name, field, level, processingTime: {amount, unit}, fees?, documents:
 * [{name, kind, count}], forms?: [{name, url}], legalBasis, unitCodes}`.
 * CSV: `code,name,field,level,processing_amount,processing_unit,fees,documents,forms,legal_basis,unit_codes`
 * where `documents` is `Tên|original|1; Tên khác|copy|2`, `forms` is `Tên mẫu|https://…; …` and
 * `unit_codes` is `P01 P02` (spaces, ";" or "," between codes).
 */

export const PROCEDURE_LEVELS = ['toan_trinh', 'mot_phan', 'truc_tiep'] as const;
export type ProcedureLevel = (typeof PROCEDURE_LEVELS)[number];
export const TIME_UNITS = ['working_days', 'working_hours'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];
export const DOCUMENT_KINDS = ['original', 'certified_copy', 'copy'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const PROCEDURE_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;

export const LIMITS = {
  name: 500,
  field: 200,
  fees: 1000,
  legalBasis: 4000,
  documentName: 500,
  formName: 300,
  url: 2000,
  documents: 50,
  forms: 20,
  units: 5000,
  amount: 1000,
  count: 100,
} as const;

export interface RequiredDocument {
  name: string;
  kind: DocumentKind;
  count: number;
}

export interface FormLink {
  name: string;
  url: string;
}

/** A procedure as the catalogue stores it (receiving units by code). */
export interface ProcedureInput {
  code: string;
  name: string;
  field: string;
  level: ProcedureLevel;
  processingTime: { amount: number; unit: TimeUnit };
  fees: string;
  documents: RequiredDocument[];
  forms: FormLink[];
  legalBasis: string;
  unitCodes: string[];
}

export interface ImportedProcedure extends ProcedureInput {
  /** CSV: the line the row starts on; JSON: the item's 1-based index. */
  line: number;
}

/** One bad line (CSV, or a JSON syntax error) or item (JSON). */
export interface ImportError extends LineError {
  label: 'Dòng' | 'Mục';
}

export interface ImportContext {
  /** Every unit by code; a closed unit (validTo set) cannot receive a procedure. */
  units: Map<string, { validTo: string | null }>;
}

export type ImportCheck =
  | { ok: true; procedures: ImportedProcedure[] }
  | { ok: false; errors: ImportError[] };

export const CSV_COLUMNS = [
  'code',
  'name',
  'field',
  'level',
  'processing_amount',
  'processing_unit',
  'fees',
  'documents',
  'forms',
  'legal_basis',
  'unit_codes',
] as const;
const CSV_OPTIONAL = new Set(['fees', 'forms']);

const JSON_KEYS = [
  'code',
  'name',
  'field',
  'level',
  'processingTime',
  'fees',
  'documents',
  'forms',
  'legalBasis',
  'unitCodes',
];

/** `Dòng 7: thiếu tên thủ tục (cột name) [NAME_EMPTY]` or `Mục 3: … [CODE]`. */
export function formatImportError(e: ImportError): string {
  return `${e.label} ${e.line}: ${e.message} [${e.code}]`;
}

// ---------------------------------------------------------------------------------------------
// Shared checks on one item, whatever the file format.

/** What a row or an item says, before checking: values may be of any type (JSON) or raw text. */
interface RawItem {
  code: unknown;
  name: unknown;
  field: unknown;
  level: unknown;
  amount: unknown;
  timeUnit: unknown;
  fees: unknown;
  documents: unknown;
  forms: unknown;
  legalBasis: unknown;
  unitCodes: unknown;
}

type Add = (code: string, message: string) => void;

const aliases = (table: Record<string, string>) => (value: string) =>
  table[foldVietnamese(value).replace(/[\s-]+/g, '_')] ?? null;

/** Codes, or the Vietnamese words an officer types in Excel ("Toàn trình", "bản sao chứng thực"). */
const levelOf = aliases({
  toan_trinh: 'toan_trinh',
  mot_phan: 'mot_phan',
  truc_tiep: 'truc_tiep',
});
const timeUnitOf = aliases({
  working_days: 'working_days',
  working_hours: 'working_hours',
  ngay_lam_viec: 'working_days',
  ngay: 'working_days',
  gio_lam_viec: 'working_hours',
  gio: 'working_hours',
});
const kindOf = aliases({
  original: 'original',
  certified_copy: 'certified_copy',
  copy: 'copy',
  ban_chinh: 'original',
  ban_sao_chung_thuc: 'certified_copy',
  ban_sao_co_chung_thuc: 'certified_copy',
  ban_sao: 'copy',
});

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Keep the line breaks of a long text (a list of legal texts), tidy everything else. */
const multiLine = (s: string) =>
  s.replace(/\r\n?/g, '\n').split('\n').map(oneLine).filter(Boolean).join('\n');

/** A text value: absent is '', another type than a string is reported (JSON) and gives null. */
function text(value: unknown, key: string, add: Add): string | null {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    add('TYPE_INVALID', `${key} phải là chuỗi ký tự`);
    return null;
  }
  return value;
}

/** A JSON value as a person would read it in a message ("3", "true", "null"). */
function shown(value: unknown): string {
  if (value === undefined) return '';
  return JSON.stringify(value)?.slice(0, 100) ?? String(value);
}

function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

function checkItem(raw: RawItem, ctx: ImportContext, add: Add): ProcedureInput | null {
  let bad = false;
  const fail: Add = (code, message) => {
    bad = true;
    add(code, message);
  };

  const codeText = text(raw.code, 'code', fail);
  const code = oneLine(codeText ?? '');
  if (codeText !== null) {
    if (!code) fail('CODE_EMPTY', 'thiếu mã thủ tục (code)');
    else if (!PROCEDURE_CODE_PATTERN.test(code))
      fail(
        'CODE_INVALID',
        `mã "${code}" chỉ được gồm chữ không dấu, số, ".", "_" hoặc "-" (tối đa 50 ký tự)`,
      );
  }

  const nameText = text(raw.name, 'name', fail);
  const name = oneLine(nameText ?? '');
  if (nameText !== null) {
    if (!name) fail('NAME_EMPTY', 'thiếu tên thủ tục (name)');
    else if (name.length > LIMITS.name) fail('TEXT_TOO_LONG', `tên thủ tục dài quá ${LIMITS.name} ký tự`);
    else if (startsLikeFormula(name))
      fail('NAME_FORMULA', `tên thủ tục: ${FORMULA_NAME_MESSAGE.toLowerCase()}`);
  }

  const fieldText = text(raw.field, 'field', fail);
  const field = oneLine(fieldText ?? '');
  if (fieldText !== null) {
    if (!field) fail('FIELD_EMPTY', 'thiếu lĩnh vực (field)');
    else if (field.length > LIMITS.field) fail('TEXT_TOO_LONG', `lĩnh vực dài quá ${LIMITS.field} ký tự`);
  }

  const levelText = typeof raw.level === 'string' ? raw.level.trim() : shown(raw.level);
  const level = levelText ? (levelOf(levelText) as ProcedureLevel | null) : null;
  if (!level)
    fail(
      'LEVEL_INVALID',
      levelText
        ? `mức độ "${levelText}" không hợp lệ (chỉ nhận ${PROCEDURE_LEVELS.join(', ')})`
        : `thiếu mức độ (level: ${PROCEDURE_LEVELS.join(', ')})`,
    );

  const amount =
    typeof raw.amount === 'string' && /^\s*\d+\s*$/.test(raw.amount) ? Number(raw.amount) : raw.amount;
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0 || amount > LIMITS.amount) {
    fail(
      'TIME_INVALID',
      raw.amount === undefined || raw.amount === null || raw.amount === ''
        ? 'thiếu thời hạn giải quyết (số ngày hoặc giờ làm việc)'
        : `thời hạn giải quyết "${typeof raw.amount === 'string' ? raw.amount.trim() : shown(raw.amount)}" phải là số nguyên từ 0 đến ${LIMITS.amount}`,
    );
  }
  const unitText = typeof raw.timeUnit === 'string' ? raw.timeUnit.trim() : shown(raw.timeUnit);
  const timeUnit = unitText ? (timeUnitOf(unitText) as TimeUnit | null) : null;
  if (!timeUnit)
    fail(
      'TIME_UNIT_INVALID',
      unitText
        ? `đơn vị thời hạn "${unitText}" không hợp lệ (chỉ nhận working_days, working_hours)`
        : 'thiếu đơn vị thời hạn (working_days hoặc working_hours)',
    );

  const fees = multiLine(text(raw.fees, 'fees', fail) ?? '');
  if (fees.length > LIMITS.fees) fail('TEXT_TOO_LONG', `phí, lệ phí dài quá ${LIMITS.fees} ký tự`);

  const documents = checkDocuments(raw.documents, fail);
  const forms = checkForms(raw.forms, fail);

  const legalText = text(raw.legalBasis, 'legalBasis', fail);
  const legalBasis = multiLine(legalText ?? '');
  if (legalText !== null) {
    if (!legalBasis) fail('LEGAL_BASIS_EMPTY', 'thiếu căn cứ pháp lý (legal_basis)');
    else if (legalBasis.length > LIMITS.legalBasis)
      fail('TEXT_TOO_LONG', `căn cứ pháp lý dài quá ${LIMITS.legalBasis} ký tự`);
  }

  const unitCodes = checkUnits(raw.unitCodes, ctx, fail);

  if (bad || !level || !timeUnit || !documents || !forms || !unitCodes) return null;
  return {
    code,
    name,
    field,
    level,
    processingTime: { amount: amount as number, unit: timeUnit },
    fees,
    documents,
    forms,
    legalBasis,
    unitCodes,
  };
}

function checkDocuments(value: unknown, add: Add): RequiredDocument[] | null {
  if (!Array.isArray(value)) {
    if (value === undefined || value === null) add('DOCUMENTS_EMPTY', 'thiếu thành phần hồ sơ (documents)');
    else add('TYPE_INVALID', 'documents phải là một danh sách giấy tờ [{name, kind, count}]');
    return null;
  }
  if (value.length === 0) {
    add('DOCUMENTS_EMPTY', 'thiếu thành phần hồ sơ (documents): cần ít nhất một giấy tờ');
    return null;
  }
  if (value.length > LIMITS.documents) {
    add('LIST_TOO_LONG', `thành phần hồ sơ có ${value.length} giấy tờ, tối đa ${LIMITS.documents}`);
    return null;
  }
  const out: RequiredDocument[] = [];
  let ok = true;
  value.forEach((doc, i) => {
    const where = `giấy tờ thứ ${i + 1}`;
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
      add('DOCUMENT_INVALID', `${where} phải có dạng {name, kind, count}`);
      ok = false;
      return;
    }
    const d = doc as Record<string, unknown>;
    const extra = Object.keys(d).filter((k) => !['name', 'kind', 'count'].includes(k));
    if (extra.length) {
      add('UNKNOWN_FIELD', `${where}: trường "${extra[0]}" không được hỗ trợ (chỉ nhận name, kind, count)`);
      ok = false;
    }
    const name = typeof d.name === 'string' ? oneLine(d.name) : '';
    const label = name ? `${where} ("${name}")` : where;
    if (!name) {
      add('DOCUMENT_INVALID', `${where}: thiếu tên giấy tờ`);
      ok = false;
    } else if (name.length > LIMITS.documentName) {
      add('TEXT_TOO_LONG', `${where}: tên giấy tờ dài quá ${LIMITS.documentName} ký tự`);
      ok = false;
    }
    const kindText = typeof d.kind === 'string' ? d.kind.trim() : '';
    const kind = kindText ? (kindOf(kindText) as DocumentKind | null) : null;
    if (!kind) {
      add(
        'DOCUMENT_KIND_INVALID',
        kindText
          ? `${label}: loại "${kindText}" không hợp lệ (chỉ nhận original, certified_copy, copy)`
          : `${label}: thiếu loại giấy tờ (original, certified_copy hoặc copy)`,
      );
      ok = false;
    }
    const count = d.count === undefined ? 1 : d.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > LIMITS.count) {
      add(
        'DOCUMENT_COUNT_INVALID',
        `${label}: số lượng "${typeof count === 'string' ? count : shown(count)}" phải là số nguyên từ 1 đến ${LIMITS.count}`,
      );
      ok = false;
    }
    if (ok && kind) out.push({ name, kind, count: count as number });
  });
  return ok ? out : null;
}

function checkForms(value: unknown, add: Add): FormLink[] | null {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    add('TYPE_INVALID', 'forms phải là một danh sách biểu mẫu [{name, url}]');
    return null;
  }
  if (value.length > LIMITS.forms) {
    add('LIST_TOO_LONG', `có ${value.length} biểu mẫu, tối đa ${LIMITS.forms}`);
    return null;
  }
  const out: FormLink[] = [];
  let ok = true;
  value.forEach((form, i) => {
    const where = `biểu mẫu thứ ${i + 1}`;
    if (!form || typeof form !== 'object' || Array.isArray(form)) {
      add('FORM_INVALID', `${where} phải có dạng {name, url}`);
      ok = false;
      return;
    }
    const f = form as Record<string, unknown>;
    const extra = Object.keys(f).filter((k) => !['name', 'url'].includes(k));
    if (extra.length) {
      add('UNKNOWN_FIELD', `${where}: trường "${extra[0]}" không được hỗ trợ (chỉ nhận name, url)`);
      ok = false;
    }
    const name = typeof f.name === 'string' ? oneLine(f.name) : '';
    const url = typeof f.url === 'string' ? f.url.trim() : '';
    if (!name) {
      add('FORM_INVALID', `${where}: thiếu tên biểu mẫu`);
      ok = false;
    } else if (name.length > LIMITS.formName) {
      add('TEXT_TOO_LONG', `${where}: tên biểu mẫu dài quá ${LIMITS.formName} ký tự`);
      ok = false;
    }
    const label = name ? `${where} ("${name}")` : where;
    if (!url || url.length > LIMITS.url || !isHttpUrl(url)) {
      add(
        'FORM_URL_INVALID',
        url
          ? `${label}: địa chỉ "${url.slice(0, 100)}" phải là liên kết http:// hoặc https://`
          : `${label}: thiếu địa chỉ tải về (url)`,
      );
      ok = false;
    }
    if (ok) out.push({ name, url });
  });
  return ok ? out : null;
}

function checkUnits(value: unknown, ctx: ImportContext, add: Add): string[] | null {
  if (value !== undefined && value !== null && !Array.isArray(value)) {
    add('TYPE_INVALID', 'unitCodes phải là một danh sách mã đơn vị, ví dụ ["P01", "P02"]');
    return null;
  }
  const list = (value ?? []) as unknown[];
  if (list.some((c) => typeof c !== 'string')) {
    add('TYPE_INVALID', 'mỗi mã đơn vị trong unitCodes phải là chuỗi ký tự');
    return null;
  }
  const codes = [...new Set((list as string[]).map((c) => c.trim()).filter(Boolean))];
  if (codes.length === 0) {
    add('UNITS_EMPTY', 'thiếu đơn vị tiếp nhận (unit_codes): cần ít nhất một mã đơn vị');
    return null;
  }
  if (codes.length > LIMITS.units) {
    add('LIST_TOO_LONG', `có ${codes.length} đơn vị tiếp nhận, tối đa ${LIMITS.units}`);
    return null;
  }
  const unknown = codes.filter((c) => !ctx.units.has(c));
  const closed = codes.filter((c) => ctx.units.get(c)?.validTo);
  if (unknown.length)
    add(
      'UNIT_UNKNOWN',
      `${unknown.length > 1 ? 'các mã' : 'mã'} đơn vị ${quoteList(unknown)} không có trong hệ thống`,
    );
  if (closed.length)
    add(
      'UNIT_CLOSED',
      `${closed.length > 1 ? 'các đơn vị' : 'đơn vị'} ${quoteList(closed)} đã ngừng hoạt động, không tiếp nhận hồ sơ được`,
    );
  return unknown.length || closed.length ? null : codes;
}

function quoteList(codes: string[]): string {
  const shown = codes.slice(0, 5).map((c) => `"${c}"`);
  return codes.length > 5 ? `${shown.join(', ')} và ${codes.length - 5} mã khác` : shown.join(', ');
}

/** Codes must be unique in the file: the second one is an error, naming where the first is. */
function checkDuplicates(items: ImportedProcedure[], errors: ImportError[], label: ImportError['label']) {
  const first = new Map<string, number>();
  for (const item of items) {
    const seen = first.get(item.code);
    if (seen === undefined) first.set(item.code, item.line);
    else
      errors.push({
        label,
        line: item.line,
        code: 'CODE_DUPLICATE',
        message: `mã "${item.code}" đã có ở ${label.toLowerCase()} ${seen}`,
      });
  }
}

function done(
  procedures: ImportedProcedure[],
  errors: ImportError[],
  label: ImportError['label'],
): ImportCheck {
  checkDuplicates(procedures, errors, label);
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, procedures };
}

// ---------------------------------------------------------------------------------------------
// CSV

export function checkProceduresCsv(input: string, ctx: ImportContext): ImportCheck {
  let records: CsvRecord[];
  try {
    records = parseCsv(input);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return fail('Dòng', error.line, 'CSV_SYNTAX', error.message);
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) return fail('Dòng', 1, 'EMPTY_FILE', `tệp rỗng, cần dòng tiêu đề ${CSV_COLUMNS.join(',')}`);

  const columns = header.fields.map((f) => f.trim().toLowerCase());
  const errors: ImportError[] = [];
  const at = (code: string, message: string) =>
    errors.push({ label: 'Dòng', line: header.line, code, message });
  for (const name of columns) {
    if (!(CSV_COLUMNS as readonly string[]).includes(name))
      at('UNKNOWN_COLUMN', `cột "${name}" không được hỗ trợ (chỉ nhận ${CSV_COLUMNS.join(', ')})`);
  }
  for (const name of CSV_COLUMNS) {
    if (!CSV_OPTIONAL.has(name) && !columns.includes(name)) at('MISSING_COLUMN', `thiếu cột "${name}"`);
  }
  if (new Set(columns).size !== columns.length) at('DUPLICATE_COLUMN', 'một cột xuất hiện hai lần');
  if (errors.length) return { ok: false, errors };
  if (rows.length === 0) return fail('Dòng', header.line, 'EMPTY_FILE', 'tệp không có dòng dữ liệu nào');

  const cell = (fields: string[], name: string) => {
    const i = columns.indexOf(name);
    return i < 0 ? '' : (fields[i] ?? '');
  };
  const procedures: ImportedProcedure[] = [];
  for (const row of rows) {
    const add: Add = (code, message) => errors.push({ label: 'Dòng', line: row.line, code, message });
    if (row.fields.length !== columns.length) {
      add('FIELD_COUNT', `có ${row.fields.length} ô, cần ${columns.length} ô như dòng tiêu đề`);
      continue;
    }
    const documents = splitDocuments(cell(row.fields, 'documents'), add);
    const forms = splitForms(cell(row.fields, 'forms'), add);
    const checked = checkItem(
      {
        code: cell(row.fields, 'code'),
        name: cell(row.fields, 'name'),
        field: cell(row.fields, 'field'),
        level: cell(row.fields, 'level'),
        amount: cell(row.fields, 'processing_amount'),
        timeUnit: cell(row.fields, 'processing_unit'),
        fees: cell(row.fields, 'fees'),
        documents: documents ?? [],
        forms: forms ?? [],
        legalBasis: cell(row.fields, 'legal_basis'),
        unitCodes: cell(row.fields, 'unit_codes').split(/[\s;,]+/),
      },
      ctx,
      (code, message) => {
        // A cell already reported as malformed is not reported again as empty.
        if (documents === null && code === 'DOCUMENTS_EMPTY') return;
        add(code, message);
      },
    );
    if (checked && documents && forms) procedures.push({ line: row.line, ...checked });
  }
  return done(procedures, errors, 'Dòng');
}

/** Split a `;`-separated list of `|`-separated parts, dropping empty entries (a trailing ";"). */
function splitList(cellText: string): string[][] {
  return cellText
    .split(/;|\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.split('|').map((p) => p.trim()));
}

function splitDocuments(cellText: string, add: Add): unknown[] | null {
  let ok = true;
  const docs = splitList(cellText).map((parts, i) => {
    if (parts.length < 2 || parts.length > 3) {
      add(
        'DOCUMENT_INVALID',
        `giấy tờ thứ ${i + 1} ("${parts.join('|')}") phải có dạng Tên giấy tờ|original|1 (loại: original, certified_copy, copy)`,
      );
      ok = false;
      return null;
    }
    const [name, kind, count] = parts;
    return {
      name,
      kind,
      ...(count === undefined || count === '' ? {} : { count: /^\d+$/.test(count) ? Number(count) : count }),
    };
  });
  return ok ? docs : null;
}

function splitForms(cellText: string, add: Add): unknown[] | null {
  let ok = true;
  const forms = splitList(cellText).map((parts, i) => {
    const [name, ...rest] = parts;
    if (rest.length === 0) {
      add(
        'FORM_INVALID',
        `biểu mẫu thứ ${i + 1} ("${parts.join('|').slice(0, 100)}") phải có dạng Tên mẫu|https://…`,
      );
      ok = false;
      return null;
    }
    // A URL may itself hold "|": only the first one separates the name.
    return { name, url: rest.join('|') };
  });
  return ok ? forms : null;
}

// ---------------------------------------------------------------------------------------------
// JSON

export function checkProceduresJson(input: string, ctx: ImportContext): ImportCheck {
  const source = stripBom(input);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    const where = locateJsonError(source);
    return fail(
      'Dòng',
      where.line,
      'JSON_SYNTAX',
      `tệp JSON sai cú pháp ở cột ${where.column}: ${where.reason}`,
    );
  }
  if (!Array.isArray(value))
    return fail(
      'Dòng',
      1,
      'NOT_ARRAY',
      'tệp JSON phải là một danh sách (mảng [...]) các thủ tục, mỗi thủ tục một đối tượng {code, name, …}',
    );
  if (value.length === 0) return fail('Dòng', 1, 'EMPTY_FILE', 'danh sách thủ tục rỗng');

  const errors: ImportError[] = [];
  const procedures: ImportedProcedure[] = [];
  value.forEach((item, i) => {
    const line = i + 1;
    const add: Add = (code, message) => errors.push({ label: 'Mục', line, code, message });
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      add('ITEM_NOT_OBJECT', 'mỗi thủ tục phải là một đối tượng {code, name, field, …}');
      return;
    }
    const o = item as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      if (!JSON_KEYS.includes(key))
        add('UNKNOWN_FIELD', `trường "${key}" không được hỗ trợ (chỉ nhận ${JSON_KEYS.join(', ')})`);
    }
    const time = o.processingTime;
    const timeObject = time && typeof time === 'object' && !Array.isArray(time);
    if (time !== undefined && !timeObject)
      add(
        'TIME_INVALID',
        'processingTime phải có dạng {amount, unit}, ví dụ {"amount": 3, "unit": "working_days"}',
      );
    const t = timeObject ? (time as Record<string, unknown>) : {};
    const checked = checkItem(
      {
        code: o.code,
        name: o.name,
        field: o.field,
        level: o.level,
        amount: time === undefined || timeObject ? t.amount : 0,
        timeUnit: time === undefined || timeObject ? t.unit : 'working_days',
        fees: o.fees,
        documents: o.documents,
        forms: o.forms,
        legalBasis: o.legalBasis,
        unitCodes: o.unitCodes,
      },
      ctx,
      add,
    );
    if (checked && !errors.some((e) => e.line === line)) procedures.push({ line, ...checked });
  });
  return done(procedures, errors, 'Mục');
}

/**
 * Where a JSON text first breaks the grammar, with a reason a person can act on. The engine's own
 * message does not always give a position (Node 20 quotes a snippet instead), so find it here.
 */
export function locateJsonError(source: string): { line: number; column: number; reason: string } {
  let i = 0;
  const at = (reason: string) => {
    const before = source.slice(0, i);
    const line = before.split('\n').length;
    return { line, column: i - before.lastIndexOf('\n'), reason };
  };
  class Stop extends Error {
    readonly where: ReturnType<typeof at>;
    constructor(where: ReturnType<typeof at>) {
      super(where.reason);
      this.where = where;
    }
  }
  const stop = (reason: string): never => {
    throw new Stop(at(reason));
  };
  const ws = () => {
    while (i < source.length && ' \t\r\n'.includes(source[i]!)) i++;
  };
  const unexpected = () =>
    i >= source.length
      ? stop('tệp kết thúc khi chưa đóng hết ngoặc')
      : stop(`ký tự "${source[i]}" không đúng chỗ`);
  const value = (): void => {
    ws();
    const ch = source[i];
    if (ch === '{') {
      i++;
      ws();
      if (source[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (source[i] !== '"') stop('tên trường phải đặt trong dấu ngoặc kép "…"');
        string();
        ws();
        if (source[i] !== ':') stop('thiếu dấu ":" sau tên trường');
        i++;
        value();
        ws();
        if (source[i] === ',') {
          i++;
          continue;
        }
        if (source[i] === '}') {
          i++;
          return;
        }
        unexpected();
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (source[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (source[i] === ',') {
          i++;
          continue;
        }
        if (source[i] === ']') {
          i++;
          return;
        }
        unexpected();
      }
    }
    if (ch === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      source.slice(i, i + 400),
    );
    if (literal) {
      i += literal[0].length;
      return;
    }
    unexpected();
  };
  const string = () => {
    i++;
    while (i < source.length) {
      const ch = source[i]!;
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\n') stop('chuỗi ký tự chưa đóng dấu ngoặc kép trên cùng dòng');
      if (ch === '\\') {
        const next = source[i + 1] ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) i += 6;
        else if ('"\\/bfnrt'.includes(next) && next) i += 2;
        else stop('ký tự thoát "\\" không hợp lệ trong chuỗi');
        continue;
      }
      if (ch < ' ') stop('chuỗi ký tự chứa ký tự điều khiển');
      i++;
    }
    stop('chuỗi ký tự chưa đóng dấu ngoặc kép');
  };
  try {
    value();
    ws();
    if (i < source.length) stop(`còn nội dung sau khi danh sách đã đóng: "${source[i]}"`);
  } catch (error) {
    if (error instanceof Stop) return error.where;
    throw error;
  }
  return { line: 1, column: 1, reason: 'không đọc được' };
}

function fail(label: ImportError['label'], line: number, code: string, message: string): ImportCheck {
  return { ok: false, errors: [{ label, line, code, message }] };
}

// ---------------------------------------------------------------------------------------------
// What an import changes

export interface StoredProcedure extends ProcedureInput {
  active: boolean;
}

export interface ImportPlan {
  create: ImportedProcedure[];
  update: ImportedProcedure[];
  unchanged: ImportedProcedure[];
}

/** Sort the checked procedures by what writing them would do: a code already stored is updated. */
export function planImport(
  procedures: ImportedProcedure[],
  existing: Map<string, StoredProcedure>,
): ImportPlan {
  const plan: ImportPlan = { create: [], update: [], unchanged: [] };
  for (const p of procedures) {
    const stored = existing.get(p.code);
    if (!stored) plan.create.push(p);
    else if (stored.active && sameProcedure(p, stored)) plan.unchanged.push(p);
    else plan.update.push(p);
  }
  return plan;
}

/** Same content: receiving units compared as a set, documents and forms in order. */
export function sameProcedure(a: ProcedureInput, b: ProcedureInput): boolean {
  const units = (p: ProcedureInput) => [...new Set(p.unitCodes)].sort().join('\n');
  return (
    a.code === b.code &&
    a.name === b.name &&
    a.field === b.field &&
    a.level === b.level &&
    a.processingTime.amount === b.processingTime.amount &&
    a.processingTime.unit === b.processingTime.unit &&
    a.fees === b.fees &&
    a.legalBasis === b.legalBasis &&
    JSON.stringify(a.documents.map((d) => [d.name, d.kind, d.count])) ===
      JSON.stringify(b.documents.map((d) => [d.name, d.kind, d.count])) &&
    JSON.stringify(a.forms.map((f) => [f.name, f.url])) ===
      JSON.stringify(b.forms.map((f) => [f.name, f.url])) &&
    units(a) === units(b)
  );
}
