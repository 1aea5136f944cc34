import { fromVnDateTime, VN_OFFSET_MS } from '../../../lib/time.ts';

/**
 * Reporting periods: a year "2025", a quarter "2025-Q3", a month "2025-07". A response belongs to
 * a period when its submitted_at, read in Asia/Ho_Chi_Minh (fixed UTC+7), falls inside it; the
 * bounds are therefore UTC instants [start, end) that start at 00:00 Vietnam time.
 */

export type PeriodKind = 'year' | 'quarter' | 'month';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1–4 for a quarter. */
  quarter?: number;
  /** 1–12 for a month. */
  month?: number;
  /** Canonical label: "2025", "2025-Q3", "2025-07". */
  label: string;
}

export interface PeriodError {
  code: 'PERIOD_INVALID';
  message: string;
}

export type PeriodParse = { ok: true; period: Period } | { ok: false; error: PeriodError };

export const MIN_YEAR = 1970;
export const MAX_YEAR = 2999;

const FORMS = 'năm "2025", quý "2025-Q3" hoặc tháng "2025-07"';

/** Accepts "2025", "2025-Q3" (also "2025-q3"), "2025-07"; surrounding spaces are ignored. */
export function parsePeriod(input: string): PeriodParse {
  const text = input.trim();
  const match = /^(\d{4})(?:-(?:[Qq](\d)|(\d{2})))?$/.exec(text);
  if (!match) return invalid(`kỳ "${text}" không hợp lệ: cần dạng ${FORMS}`);
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return invalid(`kỳ "${text}" không hợp lệ: năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}`);
  }
  if (match[2] !== undefined) {
    const quarter = Number(match[2]);
    if (quarter < 1 || quarter > 4) return invalid(`kỳ "${text}" không hợp lệ: quý phải từ Q1 đến Q4`);
    return { ok: true, period: quarterPeriod(year, quarter) };
  }
  if (match[3] !== undefined) {
    const month = Number(match[3]);
    if (month < 1 || month > 12) return invalid(`kỳ "${text}" không hợp lệ: tháng phải từ 01 đến 12`);
    return { ok: true, period: monthPeriod(year, month) };
  }
  return { ok: true, period: yearPeriod(year) };
}

/** For callers that already validated the text (throws on a bad period). */
export function period(label: string): Period {
  const parsed = parsePeriod(label);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.period;
}

export function yearPeriod(year: number): Period {
  return { kind: 'year', year, label: String(year) };
}

export function quarterPeriod(year: number, quarter: number): Period {
  return { kind: 'quarter', year, quarter, label: `${year}-Q${quarter}` };
}

export function monthPeriod(year: number, month: number): Period {
  return { kind: 'month', year, month, label: `${year}-${String(month).padStart(2, '0')}` };
}

/** First month (1–12) of the period and its length in months. */
function months(p: Period): { first: number; count: number } {
  if (p.kind === 'year') return { first: 1, count: 12 };
  if (p.kind === 'quarter') return { first: (p.quarter! - 1) * 3 + 1, count: 3 };
  return { first: p.month!, count: 1 };
}

function vnMonthStart(year: number, month: number): Date {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  return fromVnDateTime(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`);
}

/** UTC instants [start, end): start = 00:00 Vietnam time on the first day, end = start of the next period. */
export function periodBounds(p: Period): { start: Date; end: Date } {
  const { first, count } = months(p);
  return { start: vnMonthStart(p.year, first), end: vnMonthStart(p.year, first + count) };
}

/** 2025 → 2024, 2025-Q1 → 2024-Q4, 2025-01 → 2024-12. */
export function previousPeriod(p: Period): Period {
  if (p.kind === 'year') return yearPeriod(p.year - 1);
  if (p.kind === 'quarter') {
    return p.quarter === 1 ? quarterPeriod(p.year - 1, 4) : quarterPeriod(p.year, p.quarter! - 1);
  }
  return p.month === 1 ? monthPeriod(p.year - 1, 12) : monthPeriod(p.year, p.month! - 1);
}

/** The period of the given kind that contains an instant (read in Vietnam time). */
export function periodOf(instant: Date | number, kind: PeriodKind): Period {
  const local = new Date((typeof instant === 'number' ? instant : instant.getTime()) + VN_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + 1;
  if (kind === 'year') return yearPeriod(year);
  if (kind === 'quarter') return quarterPeriod(year, Math.ceil(month / 3));
  return monthPeriod(year, month);
}

export function periodContains(p: Period, instant: Date | number): boolean {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  const { start, end } = periodBounds(p);
  return t >= start.getTime() && t < end.getTime();
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** For people: "năm 2025", "quý III/2025", "tháng 7/2025". */
export function formatPeriodVi(p: Period): string {
  if (p.kind === 'year') return `năm ${p.year}`;
  if (p.kind === 'quarter') return `quý ${ROMAN[p.quarter! - 1]}/${p.year}`;
  return `tháng ${p.month}/${p.year}`;
}

function invalid(message: string): PeriodParse {
  return { ok: false, error: { code: 'PERIOD_INVALID', message } };
}
