import ExcelJS from 'exceljs';
import { type CsvRecord, CsvSyntaxError, decodeUtf8, parseCsv } from '../../lib/csv.ts';
import type { LineError } from '../../lib/errors.ts';
import { VN_OFFSET_MS } from '../../lib/time.ts';
import { type CompiledQuestionnaire, NO_SLOT } from './questionnaire-compile.ts';

/**
 * Checks a whole file of survey responses (paper forms typed in, another system's export) before
 * anything is written, and returns either every bad line or the responses ready to store.
 * Pure: what it needs from the database (which unit codes exist) is passed in.
 *
 * File: CSV (UTF-8 with or without BOM, LF or CRLF, RFC 4180 quoting, "," or ";") or XLSX (first
 * worksheet). Columns `unit_code, submitted_at, <one column per question code>`, in any order;
 * profile questions (age band, gender…) may have columns too. A cell holds an option `value`
 * (an integer); an empty cell is "unanswered". `submitted_at` is ISO 8601 with `Z` or an offset,
 * or without an offset meaning Vietnam time (UTC+7).
 *
 * Errors: one LineError per problem, so a line with two problems gives two errors with the same
 * line number, in column order; `formatLineError` prints `Dòng N: <lý do> [CODE]`. Header problems
 * are reported alone (the rows cannot be read without a good header).
 */

export interface ResponseRow {
  line: number;
  unitCode: string;
  submittedAt: Date;
  /** Positional, in compiled.questionCodes order; null = unanswered. */
  answers: (number | null)[];
  /** Positional, in questionnaire.profile order (profile columns are optional in the file); null = unanswered. */
  profile: (number | null)[];
}

export type ResponsesFileCheck = { ok: true; rows: ResponseRow[] } | { ok: false; errors: LineError[] };

/** One row of a sheet or CSV file: `line` is what the person sees (CSV line, Excel row number). */
export interface TableRow {
  line: number;
  cells: string[];
}

/** More rows than this in one file is refused: split the file. */
export const MAX_RESPONSE_ROWS = 200_000;

/** Line error codes of this import (plain strings, not HTTP error codes). */
export const RESPONSES_FILE_ERRORS = [
  'CSV_SYNTAX',
  'ENCODING_INVALID',
  'XLSX_INVALID',
  'EMPTY_FILE',
  'FILE_TOO_LARGE',
  'MISSING_COLUMN',
  'UNKNOWN_COLUMN',
  'DUPLICATE_COLUMN',
  'WRONG_CELL_COUNT',
  'UNIT_MISSING',
  'UNIT_UNKNOWN',
  'TIMESTAMP_INVALID',
  'VALUE_NOT_INTEGER',
  'OPTION_INVALID',
  'EMPTY_RESPONSE',
] as const;
export type ResponsesFileErrorCode = (typeof RESPONSES_FILE_ERRORS)[number];

const UNIT_COLUMN = 'unit_code';
const TIME_COLUMN = 'submitted_at';

/** A question or profile column, with what it needs to check a cell without a search. */
interface AnswerColumn {
  /** Index of the cell in a row. */
  cell: number;
  code: string;
  /** Where the value goes: ResponseRow.answers or ResponseRow.profile. */
  profile: boolean;
  /** Position in answers (question number) or in profile. */
  index: number;
  isOption: (value: number) => boolean;
  /** "1, 2, 3" for messages. */
  allowed: string;
}

interface Layout {
  unitCell: number;
  timeCell: number;
  answerColumns: AnswerColumn[];
  /** Header width: a row may be shorter (missing cells are empty), never longer. */
  width: number;
}

/** Entry point for an uploaded file: XLSX when it is a ZIP, otherwise UTF-8 CSV. */
export async function checkResponsesFile(
  bytes: Uint8Array,
  compiled: CompiledQuestionnaire,
  isKnownUnit: (code: string) => boolean,
): Promise<ResponsesFileCheck> {
  if (isResponsesXlsx(bytes)) {
    let table: TableRow[];
    try {
      table = await readXlsxTable(bytes);
    } catch {
      return fail(1, 'XLSX_INVALID', 'Không đọc được tệp Excel (.xlsx); tệp có thể bị hỏng');
    }
    return checkResponsesTable(table, compiled, isKnownUnit);
  }
  const text = decodeUtf8(bytes);
  if (text === null) {
    return fail(
      1,
      'ENCODING_INVALID',
      'Tệp không phải văn bản UTF-8; hãy lưu lại dưới dạng "CSV UTF-8" hoặc gửi tệp Excel (.xlsx)',
    );
  }
  return checkResponsesCsv(text, compiled, isKnownUnit);
}

export function checkResponsesCsv(
  text: string,
  compiled: CompiledQuestionnaire,
  isKnownUnit: (code: string) => boolean,
): ResponsesFileCheck {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return fail(error.line, 'CSV_SYNTAX', capitalize(error.message));
    throw error;
  }
  return checkResponsesTable(
    records.map((r) => ({ line: r.line, cells: r.fields })),
    compiled,
    isKnownUnit,
  );
}

/** Checks a table whose first non-blank row is the header. */
export function checkResponsesTable(
  table: TableRow[],
  compiled: CompiledQuestionnaire,
  isKnownUnit: (code: string) => boolean,
): ResponsesFileCheck {
  // Fully empty rows (a blank line, ",,,," or an Excel row with only formatting) carry nothing.
  const rows = table.filter((row) => !isBlankRow(row.cells));
  const header = rows.shift();
  if (!header) {
    return fail(1, 'EMPTY_FILE', `Tệp rỗng, cần dòng tiêu đề ${UNIT_COLUMN},${TIME_COLUMN},<mã câu hỏi>…`);
  }
  const layout = readHeader(header, compiled);
  if (Array.isArray(layout)) return { ok: false, errors: layout };
  if (rows.length === 0) {
    return fail(header.line, 'EMPTY_FILE', 'Tệp không có dòng phiếu nào (chỉ có dòng tiêu đề)');
  }
  if (rows.length > MAX_RESPONSE_ROWS) {
    return fail(
      header.line,
      'FILE_TOO_LARGE',
      `Tệp có ${thousands(rows.length)} dòng phiếu, tối đa ${thousands(MAX_RESPONSE_ROWS)} dòng mỗi tệp; hãy chia thành nhiều tệp`,
    );
  }

  const { unitCell, timeCell, answerColumns, width } = layout;
  const questionCount = compiled.questionCount;
  const profileCount = compiled.questionnaire.profile.length;
  const errors: LineError[] = [];
  const out: ResponseRow[] = [];

  for (const row of rows) {
    const { line, cells } = row;
    const add = (code: ResponsesFileErrorCode, message: string) => errors.push({ line, code, message });

    if (cells.length > width && !isBlankFrom(cells, width)) {
      // The cells are probably shifted (a stray separator): checking them one by one would only
      // add noise, so this is the one error of the line.
      add('WRONG_CELL_COUNT', `Có ${lastFilled(cells)} ô, nhiều hơn ${width} cột của dòng tiêu đề`);
      continue;
    }
    const errorsBefore = errors.length;

    const unitCode = (cells[unitCell] ?? '').trim();
    if (unitCode === '') add('UNIT_MISSING', `Thiếu mã đơn vị (cột ${UNIT_COLUMN})`);
    else if (!isKnownUnit(unitCode)) add('UNIT_UNKNOWN', `Đơn vị "${unitCode}" không có`);

    const time = (cells[timeCell] ?? '').trim();
    const submittedAt = time === '' ? null : parseSubmittedAt(time);
    if (time === '') add('TIMESTAMP_INVALID', `Thiếu thời điểm trả lời (cột ${TIME_COLUMN})`);
    else if (submittedAt === null) {
      add(
        'TIMESTAMP_INVALID',
        `Thời điểm "${time}" không hợp lệ (cần dạng 2025-12-31T08:30 hoặc 2025-12-31 08:30:00, giờ Việt Nam; có thể thêm múi giờ như Z hoặc +07:00)`,
      );
    }

    const answers: (number | null)[] = new Array(questionCount).fill(null);
    const profile: (number | null)[] = new Array(profileCount).fill(null);
    let questionCells = 0;
    for (const column of answerColumns) {
      const raw = cells[column.cell];
      if (raw === undefined) continue;
      const text = raw.trim();
      if (text === '') continue;
      if (!column.profile) questionCells++;
      const value = parseInteger(text);
      if (value === null) {
        add('VALUE_NOT_INTEGER', `Câu ${column.code}: "${text}" không phải số nguyên (${column.allowed})`);
      } else if (!column.isOption(value)) {
        add('OPTION_INVALID', `Câu ${column.code}: "${text}" không phải một lựa chọn (${column.allowed})`);
      } else if (column.profile) {
        profile[column.index] = value;
      } else {
        answers[column.index] = value;
      }
    }
    // Decision: a row where every question cell is blank is refused rather than stored as a
    // response with no answers. It carries nothing for the index, yet it would count as a
    // respondent (raising the response count and the apparent sample size); in a typed-in file it
    // is nearly always a row left half-filled by mistake. Profile answers alone do not make a
    // response.
    if (questionCells === 0) {
      add('EMPTY_RESPONSE', 'Phiếu không trả lời câu hỏi nào (mọi ô câu hỏi đều trống)');
    }

    if (errors.length === errorsBefore && submittedAt !== null) {
      out.push({ line, unitCode, submittedAt, answers, profile });
    }
  }

  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, rows: out };
}

function readHeader(header: TableRow, compiled: CompiledQuestionnaire): Layout | LineError[] {
  const line = header.line;
  const errors: LineError[] = [];
  const add = (code: ResponsesFileErrorCode, message: string) => errors.push({ line, code, message });

  const names = header.cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c).trim());
  // Trailing empty header cells (a separator at the end, formatting in Excel) are not columns.
  while (names.length > 0 && names[names.length - 1] === '') names.pop();

  const profileQuestions = compiled.questionnaire.profile;
  const profileIndex = new Map(profileQuestions.map((p, i) => [p.code, i]));
  const knownByUpper = new Map<string, string>();
  for (const code of [...compiled.questionCodes, ...profileIndex.keys()]) {
    knownByUpper.set(code.toUpperCase(), code);
  }

  let unitCell = -1;
  let timeCell = -1;
  const answerColumns: AnswerColumn[] = [];
  const firstCell = new Map<string, number>();
  const reportedDuplicate = new Set<string>();

  // unit_code and submitted_at match in any case; question codes exactly.
  const keyOf = (name: string) => {
    const lower = name.toLowerCase();
    return lower === UNIT_COLUMN || lower === TIME_COLUMN ? lower : name;
  };
  const keys = names.map(keyOf);

  names.forEach((name, cell) => {
    if (name === '') {
      add('UNKNOWN_COLUMN', `Cột thứ ${cell + 1} không có tên (ô tiêu đề trống)`);
      return;
    }
    const key = keys[cell]!;
    if (firstCell.has(key)) {
      if (!reportedDuplicate.has(key)) {
        reportedDuplicate.add(key);
        const positions = keys.flatMap((k, i) => (k === key ? [i + 1] : []));
        add('DUPLICATE_COLUMN', `Cột "${name}" xuất hiện nhiều lần (cột thứ ${positions.join(', ')})`);
      }
      return;
    }
    firstCell.set(key, cell);

    if (key === UNIT_COLUMN) {
      unitCell = cell;
      return;
    }
    if (key === TIME_COLUMN) {
      timeCell = cell;
      return;
    }
    const q = compiled.questionIndex.get(name);
    if (q !== undefined) {
      const start = compiled.optionStart[q]!;
      const end = compiled.optionStart[q + 1]!;
      answerColumns.push({
        cell,
        code: name,
        profile: false,
        index: q,
        isOption: (value) => compiled.slotOf(q, value) !== NO_SLOT,
        allowed: Array.from(compiled.optionValue.subarray(start, end)).join(', '),
      });
      return;
    }
    const p = profileIndex.get(name);
    if (p !== undefined) {
      const values = profileQuestions[p]!.options.map((o) => o.value);
      const set = new Set(values);
      answerColumns.push({
        cell,
        code: name,
        profile: true,
        index: p,
        isOption: (value) => set.has(value),
        allowed: values.join(', '),
      });
      return;
    }
    const sameButCase = knownByUpper.get(name.toUpperCase());
    add(
      'UNKNOWN_COLUMN',
      `Cột "${name}" không phải ${UNIT_COLUMN}, ${TIME_COLUMN} hay mã một câu hỏi của phiếu ${compiled.code}` +
        (sameButCase ? ` (có phải "${sameButCase}"? mã câu hỏi phân biệt chữ hoa, chữ thường)` : ''),
    );
  });

  if (unitCell < 0) add('MISSING_COLUMN', `Thiếu cột "${UNIT_COLUMN}"`);
  if (timeCell < 0) add('MISSING_COLUMN', `Thiếu cột "${TIME_COLUMN}"`);
  if (!answerColumns.some((c) => !c.profile) && errors.length === 0) {
    const sample = compiled.questionCodes.slice(0, 3).join(', ');
    add('MISSING_COLUMN', `Không có cột câu hỏi nào (cần ít nhất một cột như ${sample}…)`);
  }
  if (errors.length) return errors;
  return { unitCell, timeCell, answerColumns, width: names.length };
}

// ---- submitted_at ----------------------------------------------------------------------------

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const VN_OFFSET_MINUTES = VN_OFFSET_MS / 60_000;

/**
 * `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]` (or a space instead of `T`), then optionally `Z` or
 * an offset `±HH:MM` / `±HHMM`. Without an offset the time is Vietnam wall-clock time (UTC+7; a
 * date alone is midnight in Vietnam). Impossible dates and times (2025-02-30, 24:00, :60) give
 * null. Hand-written rather than a regex and `Date.parse`, which accepts more than ISO and
 * differs between engines; it is also on the hot path (one call per row).
 */
export function parseSubmittedAt(value: string): Date | null {
  const s = value.trim();
  const n = s.length;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || s[4] !== '-' || s[7] !== '-') return null;
  if (day > (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!)) return null;

  let hour = 0;
  let minute = 0;
  let second = 0;
  let millisecond = 0;
  let offsetMinutes = VN_OFFSET_MINUTES;
  let i = 10;
  if (i < n) {
    const separator = s[i];
    if (separator !== 'T' && separator !== 't' && separator !== ' ') return null;
    hour = digits(s, 11, 2);
    minute = digits(s, 14, 2);
    if (hour < 0 || hour > 23 || s[13] !== ':' || minute < 0 || minute > 59) return null;
    i = 16;
    if (s[i] === ':') {
      second = digits(s, i + 1, 2);
      if (second < 0 || second > 59) return null;
      i += 3;
      if (s[i] === '.') {
        const start = ++i;
        while (i < n && isDigit(s.charCodeAt(i))) i++;
        if (i === start) return null;
        millisecond = Number(s.slice(start, start + 3).padEnd(3, '0'));
      }
    }
    if (i < n) {
      const sign = s[i];
      if (sign === 'Z' || sign === 'z') {
        offsetMinutes = 0;
        i++;
      } else if (sign === '+' || sign === '-') {
        const offsetHour = digits(s, i + 1, 2);
        i += 3;
        if (s[i] === ':') i++;
        const offsetMinute = digits(s, i, 2);
        i += 2;
        if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return null;
        offsetMinutes = (sign === '-' ? -1 : 1) * (offsetHour * 60 + offsetMinute);
      } else {
        return null;
      }
      if (i !== n) return null;
    }
  }

  let wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  if (year < 100) {
    // Date.UTC reads years 0–99 as 1900–1999.
    const d = new Date(wall);
    d.setUTCFullYear(year);
    wall = d.getTime();
  }
  return new Date(wall - offsetMinutes * 60_000);
}

/** The number written by `count` ASCII digits at `start`, or -1. */
function digits(s: string, start: number, count: number): number {
  if (start + count > s.length) return -1;
  let v = 0;
  for (let k = start; k < start + count; k++) {
    const c = s.charCodeAt(k);
    if (!isDigit(c)) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** `[+-]digits` (already trimmed, not empty) → the integer; anything else (2.5, 3a, "") → null. */
function parseInteger(s: string): number | null {
  const first = s.charCodeAt(0);
  const negative = first === 45; // '-'
  let i = negative || first === 43 ? 1 : 0; // '+'
  if (i === s.length) return null;
  let v = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return null;
    v = v * 10 + (c - 48);
  }
  return negative ? 0 - v : v;
}

// ---- XLSX --------------------------------------------------------------------------------------

/** An XLSX file is a ZIP archive: it starts with the local file header magic `PK\x03\x04`. */
export function isResponsesXlsx(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

/**
 * The first worksheet as rows of text cells, `line` being the Excel row number. Dates become
 * `YYYY-MM-DDTHH:MM:SS` read as Vietnam wall time (Excel keeps no time zone: exceljs returns a Date
 * whose UTC fields are the wall-clock fields); numbers their decimal string; formulas their cached
 * result; rich text and hyperlinks their plain text. Trailing empty cells are dropped.
 * Throws when the bytes are not a readable XLSX file.
 */
export async function readXlsxTable(bytes: Uint8Array): Promise<TableRow[]> {
  const workbook = new ExcelJS.Workbook();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    while (cells.length > 0 && cells[cells.length - 1]!.trim() === '') cells.pop();
    table.push({ line: rowNumber, cells });
  });
  return table;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return '';
    // An Excel serial rarely lands on a whole second (08:30 may read as 08:29:59.999).
    return new Date(Math.round(t / 1000) * 1000).toISOString().slice(0, 19);
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return v.richText.map((part: { text?: unknown }) => cellText(part.text)).join('');
    }
    if ('formula' in v || 'sharedFormula' in v) {
      // A formula without a cached result (written by a program, never opened in Excel) is shown
      // as its text, so the check names it instead of reading it as an empty cell.
      if (v.result === undefined) return `=${String(v.formula ?? v.sharedFormula)}`;
      return cellText(v.result);
    }
    if ('hyperlink' in v) return cellText(v.text);
    if (typeof v.error === 'string') return v.error;
    if ('text' in v) return cellText(v.text);
  }
  return String(value);
}

// ---- small helpers -----------------------------------------------------------------------------

function isBlankRow(cells: string[]): boolean {
  return isBlankFrom(cells, 0);
}

function isBlankFrom(cells: string[], start: number): boolean {
  for (let i = start; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
  return true;
}

/** Number of cells up to the last non-empty one. */
function lastFilled(cells: string[]): number {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.trim() === '') n--;
  return n;
}

/** 200000 → "200.000" (Vietnamese thousands separator). */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function fail(line: number, code: ResponsesFileErrorCode, message: string): ResponsesFileCheck {
  return { ok: false, errors: [{ line, code, message }] };
}
