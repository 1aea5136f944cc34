import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CsvSyntaxError, decodeUtf8, eachCsvRecord } from '../../../lib/csv.ts';
import type { LineError } from '../../../lib/errors.ts';
import { VN_OFFSET_MS } from '../../../lib/time.ts';
import { type CompiledQuestionnaire, NO_SLOT } from '../questionnaires/questionnaire-compile.ts';

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

/**
 * The checked rows in a compact, transferable form (typed arrays, a few bytes per cell), so that a
 * worker thread can hand 200,000 rows to the main thread without copying or building objects.
 */
export interface PackedResponses {
  count: number;
  lines: Uint32Array;
  /** Index into unitCodes, per row. */
  units: Uint32Array;
  /** Distinct unit codes, in order of first appearance. */
  unitCodes: string[];
  /** submittedAt as epoch milliseconds, per row. */
  times: Float64Array;
  /** count × questionCount answers, row after row; NO_ANSWER where unanswered. */
  answers: Int16Array;
  /** count × profile length; NO_ANSWER where unanswered. */
  profile: Int16Array;
}

/** Answers are stored as smallint: this value is never an option, it marks a blank cell. */
export const NO_ANSWER = -32768;

export type PackedCheck =
  | { ok: true; packed: PackedResponses }
  | {
      ok: false;
      errors: LineError[] /** Errors found, including those left out of `errors`. */;
      total: number;
    };

/** Entry point for an uploaded file: XLSX when it is a ZIP, otherwise UTF-8 CSV. */
export async function checkResponsesFile(
  bytes: Uint8Array,
  compiled: CompiledQuestionnaire,
  isKnownUnit: (code: string) => boolean,
): Promise<ResponsesFileCheck> {
  return unpack(await checkResponsesBytes(bytes, compiled, isKnownUnit), compiled);
}

/**
 * Checks a whole file row by row as it is read: an XLSX file through exceljs's streaming reader
 * (the workbook is never held in memory), a CSV file record by record. Reading stops as soon as the
 * row limit is passed. `onRow` is told every few thousand rows (progress).
 */
export async function checkResponsesBytes(
  bytes: Uint8Array,
  compiled: CompiledQuestionnaire,
  isKnownUnit: (code: string) => boolean,
  options: { maxErrors?: number; onRows?: (rows: number) => void } = {},
): Promise<PackedCheck> {
  const checker = new ResponsesChecker(compiled, isKnownUnit, options.maxErrors);
  const feed = (row: TableRow) => {
    const more = checker.add(row);
    if (options.onRows && checker.rowCount % 5000 === 0 && checker.rowCount > 0)
      options.onRows(checker.rowCount);
    return more;
  };
  if (isResponsesXlsx(bytes)) {
    try {
      await eachXlsxRow(bytes, feed);
    } catch {
      return packedFail(1, 'XLSX_INVALID', 'Không đọc được tệp Excel (.xlsx); tệp có thể bị hỏng');
    }
    return checker.finish();
  }
  const text = decodeUtf8(bytes);
  if (text === null) {
    return packedFail(
      1,
      'ENCODING_INVALID',
      'Tệp không phải văn bản UTF-8; hãy lưu lại dưới dạng "CSV UTF-8" hoặc gửi tệp Excel (.xlsx)',
    );
  }
  return checkCsvText(text, checker, feed);
}

class StopReading extends Error {}

function checkCsvText(
  text: string,
  checker: ResponsesChecker,
  feed: (row: TableRow) => boolean,
): PackedCheck {
  try {
    eachCsvRecord(text, (r) => {
      if (!feed({ line: r.line, cells: r.fields })) throw new StopReading();
    });
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      return packedFail(error.line, 'CSV_SYNTAX', capitalize(error.message));
    if (!(error instanceof StopReading)) throw error;
  }
  return checker.finish();
}

export function checkResponsesCsv(
  text: string,
  compiled: CompiledQuestionnaire,
  isKnownUnit: (code: string) => boolean,
): ResponsesFileCheck {
  const checker = new ResponsesChecker(compiled, isKnownUnit);
  return unpack(
    checkCsvText(text, checker, (row) => checker.add(row)),
    compiled,
  );
}

/** Checks a table whose first non-blank row is the header. */
export function checkResponsesTable(
  table: TableRow[],
  compiled: CompiledQuestionnaire,
  isKnownUnit: (code: string) => boolean,
): ResponsesFileCheck {
  const rows = table.filter((row) => !isBlankRow(row.cells));
  const checker = new ResponsesChecker(compiled, isKnownUnit, undefined, Number.POSITIVE_INFINITY);
  const [header, ...body] = rows;
  if (header && checker.add(header) && body.length > MAX_RESPONSE_ROWS) {
    return fail(
      header.line,
      'FILE_TOO_LARGE',
      `Tệp có ${thousands(body.length)} dòng phiếu, tối đa ${thousands(MAX_RESPONSE_ROWS)} dòng mỗi tệp; hãy chia thành nhiều tệp`,
    );
  }
  for (const row of body) if (!checker.add(row)) break;
  return unpack(checker.finish(), compiled);
}

/** The packed rows as objects (small files, tests). */
export function unpackRows(packed: PackedResponses, compiled: CompiledQuestionnaire): ResponseRow[] {
  const q = compiled.questionCount;
  const p = compiled.questionnaire.profile.length;
  const rows: ResponseRow[] = [];
  const value = (v: number) => (v === NO_ANSWER ? null : v);
  for (let i = 0; i < packed.count; i++) {
    rows.push({
      line: packed.lines[i]!,
      unitCode: packed.unitCodes[packed.units[i]!]!,
      submittedAt: new Date(packed.times[i]!),
      answers: Array.from(packed.answers.subarray(i * q, (i + 1) * q), value),
      profile: Array.from(packed.profile.subarray(i * p, (i + 1) * p), value),
    });
  }
  return rows;
}

function unpack(check: PackedCheck, compiled: CompiledQuestionnaire): ResponsesFileCheck {
  if (!check.ok) return { ok: false, errors: check.errors };
  return { ok: true, rows: unpackRows(check.packed, compiled) };
}

/**
 * Checks rows one at a time, keeping only what the good rows carry (packed) and the errors.
 * Header problems are reported alone (the rows cannot be read without a good header); a file with
 * more than MAX_RESPONSE_ROWS rows is refused with that one error, as soon as the row is reached.
 */
export class ResponsesChecker {
  private layout: Layout | null = null;
  private header: TableRow | null = null;
  private stopped: LineError[] | null = null;
  private readonly errors: LineError[] = [];
  private errorTotal = 0;
  private readonly unitIndex = new Map<string, number>();
  private readonly unitCodes: string[] = [];
  private readonly questionCount: number;
  private readonly profileCount: number;
  /** Rows after the header (good or bad). */
  rowCount = 0;
  private count = 0;
  private lines = new Uint32Array(1024);
  private units = new Uint32Array(1024);
  private times = new Float64Array(1024);
  private answers: Int16Array;
  private profile: Int16Array;

  private readonly compiled: CompiledQuestionnaire;
  private readonly isKnownUnit: (code: string) => boolean;
  private readonly maxErrors: number;
  private readonly maxRows: number;

  constructor(
    compiled: CompiledQuestionnaire,
    isKnownUnit: (code: string) => boolean,
    maxErrors = Number.POSITIVE_INFINITY,
    maxRows = MAX_RESPONSE_ROWS,
  ) {
    this.compiled = compiled;
    this.isKnownUnit = isKnownUnit;
    this.maxErrors = maxErrors;
    this.maxRows = maxRows;
    this.questionCount = compiled.questionCount;
    this.profileCount = compiled.questionnaire.profile.length;
    this.answers = new Int16Array(1024 * this.questionCount);
    this.profile = new Int16Array(1024 * this.profileCount);
  }

  /** Feeds one row; false once reading can stop (a bad header, too many rows). */
  add(row: TableRow): boolean {
    if (this.stopped) return false;
    // Fully empty rows (a blank line, ",,,," or an Excel row with only formatting) carry nothing.
    if (isBlankRow(row.cells)) return true;
    if (!this.header) {
      this.header = row;
      const layout = readHeader(row, this.compiled);
      if (Array.isArray(layout)) {
        this.stopped = layout;
        return false;
      }
      this.layout = layout;
      return true;
    }
    this.rowCount++;
    if (this.rowCount > this.maxRows) {
      this.stopped = [
        {
          line: this.header.line,
          code: 'FILE_TOO_LARGE',
          message: `Tệp có hơn ${thousands(this.maxRows)} dòng phiếu, tối đa ${thousands(this.maxRows)} dòng mỗi tệp; hãy chia thành nhiều tệp`,
        },
      ];
      return false;
    }
    this.checkRow(row, this.layout!);
    return true;
  }

  finish(): PackedCheck {
    if (this.stopped) return { ok: false, errors: this.stopped, total: this.stopped.length };
    if (!this.header) {
      return packedFail(
        1,
        'EMPTY_FILE',
        `Tệp rỗng, cần dòng tiêu đề ${UNIT_COLUMN},${TIME_COLUMN},<mã câu hỏi>…`,
      );
    }
    if (this.rowCount === 0) {
      return packedFail(this.header.line, 'EMPTY_FILE', 'Tệp không có dòng phiếu nào (chỉ có dòng tiêu đề)');
    }
    if (this.errorTotal > 0) {
      return { ok: false, errors: this.errors.sort((a, b) => a.line - b.line), total: this.errorTotal };
    }
    const n = this.count;
    return {
      ok: true,
      packed: {
        count: n,
        lines: this.lines.slice(0, n),
        units: this.units.slice(0, n),
        unitCodes: this.unitCodes,
        times: this.times.slice(0, n),
        answers: this.answers.slice(0, n * this.questionCount),
        profile: this.profile.slice(0, n * this.profileCount),
      },
    };
  }

  private checkRow(row: TableRow, layout: Layout): void {
    const { line, cells } = row;
    const { unitCell, timeCell, answerColumns, width } = layout;
    const lineErrors: LineError[] = [];
    const add = (code: ResponsesFileErrorCode, message: string) => lineErrors.push({ line, code, message });

    if (cells.length > width && !isBlankFrom(cells, width)) {
      // The cells are probably shifted (a stray separator): checking them one by one would only
      // add noise, so this is the one error of the line.
      add('WRONG_CELL_COUNT', `Có ${lastFilled(cells)} ô, nhiều hơn ${width} cột của dòng tiêu đề`);
      this.addErrors(lineErrors);
      return;
    }

    const unitCode = (cells[unitCell] ?? '').trim();
    if (unitCode === '') add('UNIT_MISSING', `Thiếu mã đơn vị (cột ${UNIT_COLUMN})`);
    else if (!this.isKnownUnit(unitCode)) add('UNIT_UNKNOWN', `Đơn vị "${unitCode}" không có`);

    const time = (cells[timeCell] ?? '').trim();
    const submittedAt = time === '' ? null : parseSubmittedAt(time);
    if (time === '') add('TIMESTAMP_INVALID', `Thiếu thời điểm trả lời (cột ${TIME_COLUMN})`);
    else if (submittedAt === null) {
      add(
        'TIMESTAMP_INVALID',
        `Thời điểm "${time}" không hợp lệ (cần dạng 2025-12-31T08:30 hoặc 2025-12-31 08:30:00, giờ Việt Nam; có thể thêm múi giờ như Z hoặc +07:00)`,
      );
    }

    // Written straight into the packed arrays at the next free row; kept only if the line is good.
    this.grow();
    const q0 = this.count * this.questionCount;
    const p0 = this.count * this.profileCount;
    this.answers.fill(NO_ANSWER, q0, q0 + this.questionCount);
    this.profile.fill(NO_ANSWER, p0, p0 + this.profileCount);
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
        this.profile[p0 + column.index] = value;
      } else {
        this.answers[q0 + column.index] = value;
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

    if (lineErrors.length > 0) {
      this.addErrors(lineErrors);
      return;
    }
    // Once any line is bad nothing will be imported: the good rows need not be kept.
    if (this.errorTotal > 0 || submittedAt === null) return;
    let unit = this.unitIndex.get(unitCode);
    if (unit === undefined) {
      unit = this.unitCodes.length;
      this.unitCodes.push(unitCode);
      this.unitIndex.set(unitCode, unit);
    }
    this.lines[this.count] = line;
    this.units[this.count] = unit;
    this.times[this.count] = submittedAt.getTime();
    this.count++;
  }

  private addErrors(lineErrors: LineError[]): void {
    this.errorTotal += lineErrors.length;
    for (const e of lineErrors) if (this.errors.length < this.maxErrors) this.errors.push(e);
  }

  private grow(): void {
    if (this.count < this.lines.length) return;
    const size = this.lines.length * 2;
    const bigger = <T extends Uint32Array | Float64Array | Int16Array>(a: T, n: number): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.lines = bigger(this.lines, size);
    this.units = bigger(this.units, size);
    this.times = bigger(this.times, size);
    this.answers = bigger(this.answers, size * this.questionCount);
    this.profile = bigger(this.profile, size * this.profileCount);
  }
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
  const table: TableRow[] = [];
  await eachXlsxRow(bytes, (row) => {
    table.push(row);
    return true;
  });
  return table;
}

/**
 * Streams the first worksheet row by row with exceljs's WorkbookReader, so that only the row being
 * read (and the shared strings) is in memory, never the whole workbook. Stops when `onRow` returns
 * false. Rows come as readXlsxTable describes them; empty rows are skipped.
 */
export async function eachXlsxRow(bytes: Uint8Array, onRow: (row: TableRow) => boolean): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    entries: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
      while (cells.length > 0 && cells[cells.length - 1]!.trim() === '') cells.pop();
      if (cells.length === 0) continue;
      if (!onRow({ line: row.number, cells })) return;
    }
    return; // the first worksheet only
  }
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

function packedFail(line: number, code: ResponsesFileErrorCode, message: string): PackedCheck {
  return { ok: false, errors: [{ line, code, message }], total: 1 };
}
