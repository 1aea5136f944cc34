/**
 * How a unit heads its documents, valid over time (NĐ 30/2020/NĐ-CP, Phụ lục I): the parent line
 * (empty for a People's Committee), the issuing body, the place of the date line, the abbreviation
 * in symbols and the name of its one-stop desk. Pure: the CSV check, the pick by date and the
 * guessed default when no row covers a date.
 *
 * The file (`hailong units headings import FILE`, data/units/headings-*.csv):
 *   unit_code,valid_from,valid_to,parent_agency,issuing_agency,place,short,desk_name,source
 * `valid_to` is the last day (inclusive, empty = still valid); "|" in an agency breaks the line
 * ("ỦY BAN NHÂN DÂN|PHƯỜNG TÂY NHA TRANG"). A file gives each unit it names its whole history:
 * the unit's earlier rows are replaced.
 */
import { type CsvRecord, CsvSyntaxError, parseCsv } from '../../lib/csv.ts';
import { dateProblem } from '../../lib/dates.ts';
import type { LineError } from '../../lib/errors.ts';
import { startsLikeFormula } from '../../lib/text.ts';
import { agencyOf, type UnitName } from '../plans/agency.ts';

export interface HeadingFields {
  parentAgency: string;
  issuingAgency: string;
  place: string;
  short: string;
  deskName: string;
  /** Where it comes from (a decision, a resolution, a seed letter), or the guess's own label. */
  source: string;
}

export interface HeadingPeriod extends HeadingFields {
  validFrom: string;
  validTo: string | null;
}

/** The heading a document takes on a date; `fallback` when no row covered it and it was guessed. */
export interface Heading extends HeadingFields {
  validFrom: string | null;
  validTo: string | null;
  fallback: boolean;
}

export interface ImportedHeading extends HeadingPeriod {
  line: number;
  unitCode: string;
}

/** What the check needs to know of a unit named in the file. */
export interface HeadingUnit {
  validFrom: string;
  validTo: string | null;
  /** Whether the actor may edit this unit's headings. */
  allowed: boolean;
}

export type HeadingsCheck = { ok: true; rows: ImportedHeading[] } | { ok: false; errors: LineError[] };

/** The label of a guessed heading, shown as such on screen ("mặc định, đoán từ tên đơn vị"). */
export const FALLBACK_SOURCE = 'mặc định, đoán từ tên đơn vị';

/**
 * The day the two-level local government began (NQ 202/2025/QH15; Luật Tổ chức chính quyền địa
 * phương 72/2025/QH15) and NĐ 118/2025/NĐ-CP took effect: from it a commune-level committee receives
 * dossiers at its Trung tâm Phục vụ hành chính công (NĐ 118, khoản 3 Điều 10).
 */
export const TWO_LEVEL_FROM = '2025-07-01';

const COLUMNS = {
  unit_code: true,
  valid_from: true,
  valid_to: false,
  parent_agency: false,
  issuing_agency: true,
  place: true,
  short: true,
  desk_name: false,
  source: true,
} as const;
type Column = keyof typeof COLUMNS;

const SHORT = /^[A-ZĐ0-9][A-ZĐ0-9-]{0,19}$/u;
const COMMUNE_TYPES = new Set(['commune', 'ward', 'town', 'special_zone']);

/** "ỦY BAN NHÂN DÂN|PHƯỜNG X" → two lines; spaces tidied. */
function agencyText(cell: string): string {
  return cell
    .split('|')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('\n');
}

export function checkHeadingsCsv(text: string, units: Map<string, HeadingUnit>): HeadingsCheck {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { ok: false, errors: [{ line: error.line, code: 'CSV_SYNTAX', message: error.message }] };
  }
  const [header, ...body] = records;
  const known = Object.keys(COLUMNS) as Column[];
  if (!header) {
    return {
      ok: false,
      errors: [{ line: 1, code: 'EMPTY_FILE', message: `tệp rỗng, cần dòng tiêu đề ${known.join(',')}` }],
    };
  }
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const headerErrors: LineError[] = [
    ...names
      .filter((n) => !known.includes(n as Column))
      .map((n) => ({
        line: header.line,
        code: 'UNKNOWN_COLUMN',
        message: `cột "${n}" không được hỗ trợ (chỉ nhận ${known.join(', ')})`,
      })),
    ...known
      .filter((c) => COLUMNS[c] && !names.includes(c))
      .map((c) => ({ line: header.line, code: 'MISSING_COLUMN', message: `thiếu cột "${c}"` })),
  ];
  if (new Set(names).size !== names.length)
    headerErrors.push({ line: header.line, code: 'DUPLICATE_COLUMN', message: 'một cột xuất hiện hai lần' });
  if (headerErrors.length > 0) return { ok: false, errors: headerErrors };
  if (body.length === 0)
    return {
      ok: false,
      errors: [{ line: header.line, code: 'EMPTY_FILE', message: 'tệp không có dòng dữ liệu nào' }],
    };

  const errors: LineError[] = [];
  const rows: ImportedHeading[] = [];
  for (const record of body) {
    const cell = (c: Column) => (record.fields[names.indexOf(c)] ?? '').trim();
    const add = (code: string, message: string) => errors.push({ line: record.line, code, message });
    if (record.fields.length !== names.length) {
      add('FIELD_COUNT', `có ${record.fields.length} ô, cần ${names.length} ô như dòng tiêu đề`);
      continue;
    }
    const row: ImportedHeading = {
      line: record.line,
      unitCode: cell('unit_code'),
      validFrom: cell('valid_from'),
      validTo: cell('valid_to') || null,
      parentAgency: agencyText(cell('parent_agency')),
      issuingAgency: agencyText(cell('issuing_agency')),
      place: cell('place').replace(/\s+/g, ' '),
      short: cell('short'),
      deskName: cell('desk_name').replace(/\s+/g, ' '),
      source: cell('source').replace(/\s+/g, ' '),
    };
    const unit = units.get(row.unitCode);
    if (!row.unitCode) add('UNIT_EMPTY', 'thiếu mã đơn vị (cột unit_code)');
    else if (!unit) add('UNIT_UNKNOWN', `không có đơn vị mã "${row.unitCode}" trong hệ thống`);
    else if (!unit.allowed)
      add('UNIT_FORBIDDEN', `đơn vị "${row.unitCode}" nằm ngoài phạm vi quản lý của bạn`);
    const fromProblem = dateProblem(row.validFrom, { min: 1900, max: 2100 });
    const toProblem = row.validTo === null ? null : dateProblem(row.validTo, { min: 1900, max: 2100 });
    if (fromProblem) add('DATE_INVALID', `valid_from: ${fromProblem}`);
    if (toProblem) add('DATE_INVALID', `valid_to: ${toProblem}`);
    if (!fromProblem && !toProblem && row.validTo !== null && row.validTo < row.validFrom)
      add('DATE_ORDER', `valid_to ${row.validTo} trước valid_from ${row.validFrom}`);
    if (unit && !fromProblem && row.validFrom < unit.validFrom)
      add(
        'OUTSIDE_UNIT',
        `tiêu đề bắt đầu ${row.validFrom}, trước khi đơn vị có hiệu lực (${unit.validFrom})`,
      );
    if (unit?.validTo && !toProblem && (row.validTo === null || row.validTo > unit.validTo))
      add(
        'OUTSIDE_UNIT',
        `đơn vị ngừng hoạt động sau ngày ${unit.validTo}: valid_to phải đến hết ngày đó là cùng`,
      );
    const texts: [string, string, number][] = [
      ['issuing_agency', row.issuingAgency, 300],
      ['parent_agency', row.parentAgency, 300],
      ['place', row.place, 100],
      ['desk_name', row.deskName, 300],
      ['source', row.source, 1000],
    ];
    for (const [column, value, max] of texts) {
      if (COLUMNS[column as Column] && value === '') add('FIELD_EMPTY', `thiếu ${column}`);
      else if (value.length > max) add('FIELD_TOO_LONG', `${column} dài quá ${max} ký tự`);
      else if (startsLikeFormula(value)) add('FIELD_FORMULA', `${column} không được bắt đầu bằng =, +, -, @`);
    }
    if (row.short !== '' && !SHORT.test(row.short))
      add('SHORT_INVALID', `chữ viết tắt "${row.short}" chỉ gồm chữ in hoa, số và "-" (tối đa 20 ký tự)`);
    else if (row.short === '') add('FIELD_EMPTY', 'thiếu short (chữ viết tắt tên cơ quan trong ký hiệu)');
    rows.push(row);
  }
  errors.push(...overlaps(rows));
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, rows };
}

/** Two rows of one unit whose periods share a day. */
function overlaps(rows: ImportedHeading[]): LineError[] {
  const errors: LineError[] = [];
  const byUnit = new Map<string, ImportedHeading[]>();
  for (const r of rows) byUnit.set(r.unitCode, [...(byUnit.get(r.unitCode) ?? []), r]);
  for (const list of byUnit.values()) {
    const sorted = [...list].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const row = sorted[i]!;
      if (prev.validTo === null || prev.validTo >= row.validFrom)
        errors.push({
          line: row.line,
          code: 'PERIOD_OVERLAP',
          message: `đơn vị "${row.unitCode}" đã có tiêu đề ở dòng ${prev.line} còn hiệu lực vào ngày ${row.validFrom}`,
        });
    }
  }
  return errors;
}

/** The row valid on `date` (both ends included), if any. */
export function pickHeading<T extends { validFrom: string; validTo: string | null }>(
  rows: T[],
  date: string,
): T | undefined {
  return rows.find((r) => r.validFrom <= date && (r.validTo === null || date <= r.validTo));
}

/**
 * The heading guessed from the unit's name and its parent's when no row covers the date, marked as
 * such. A commune-level committee's desk is its Trung tâm Phục vụ hành chính công from 1/7/2025
 * (NĐ 118/2025/NĐ-CP, khoản 3 Điều 10), its Bộ phận Một cửa before.
 */
export function guessedHeading(
  unit: UnitName & { validFrom?: string; validTo?: string | null },
  parent: UnitName | null,
  date: string,
): Heading {
  const a = agencyOf(unit, parent);
  const committee = a.short === 'UBND';
  const communeLevel =
    committee && (COMMUNE_TYPES.has(unit.type ?? '') || /^(xã|phường|thị trấn|đặc khu)\s/iu.test(a.area));
  const deskName = !committee
    ? ''
    : communeLevel && date >= TWO_LEVEL_FROM
      ? `Trung tâm Phục vụ hành chính công ${a.area}`
      : 'Bộ phận Một cửa';
  return {
    parentAgency: a.parentAgency,
    issuingAgency: a.issuingAgency,
    place: a.place,
    short: a.short,
    deskName,
    source: FALLBACK_SOURCE,
    validFrom: unit.validFrom ?? null,
    validTo: unit.validTo ?? null,
    fallback: true,
  };
}
