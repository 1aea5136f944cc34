import { z } from 'zod';
import { VN_OFFSET_MS } from './time.ts';

/**
 * The one strict reader of dates and instants typed by people and programs. `Date.parse` and
 * `new Date(y, m, d)` roll impossible values over (30 February becomes 2 March, 25:61 the next
 * morning) and accept years the calendars and the database cannot handle; here every part is
 * checked, so a bad value is a clear 400 naming the field instead of a silent shift or a 500.
 */

/** Years a business date or instant may fall in (due dates, periods, waves, receptions). */
export const BUSINESS_YEARS = { min: 2000, max: 2100 } as const;

export interface YearRange {
  min: number;
  max: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** "2026-03-02T14:30[:05[.123]]", Vietnam wall-clock time, or with "Z" / "+07:00". */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checkDay(year: number, month: number, day: number, years: YearRange): string | null {
  if (year < years.min || year > years.max) return `năm ${year} nằm ngoài khoảng ${years.min}–${years.max}`;
  if (month < 1 || month > 12) return `tháng ${month} không có (1–12)`;
  if (day < 1 || day > daysInMonth(year, month))
    return `ngày ${day} không có trong tháng ${month}/${year} (tháng có ${daysInMonth(year, month)} ngày)`;
  return null;
}

/** Why `text` is not a real date "YYYY-MM-DD" inside `years`, or null when it is one. */
export function dateProblem(text: string, years: YearRange = BUSINESS_YEARS): string | null {
  const m = DATE.exec(text);
  if (!m) return `"${text.slice(0, 40)}" không có dạng YYYY-MM-DD`;
  return checkDay(Number(m[1]), Number(m[2]), Number(m[3]), years);
}

/**
 * A date as Vietnamese write it: "5/12/2026", "05/12/2026", "05-12-2026" or "05.12.2026" (day first)
 * → "2026-12-05"; an ISO "2026-12-05" is taken as it is. Otherwise why not, in Vietnamese.
 */
export function parseDateVi(
  text: string,
  years: YearRange = BUSINESS_YEARS,
): { date: string } | { problem: string } {
  const value = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : value;
  if (!dmy && !DATE.test(value))
    return { problem: `"${value.slice(0, 40)}" không phải ngày dạng dd/mm/yyyy` };
  const problem = dateProblem(iso, years);
  return problem ? { problem } : { date: iso };
}

/**
 * A moment as Vietnamese write it: "05/12/2026 14:30" or "14:30 05/12/2026" (also "14h30") →
 * "2026-12-05T14:30", Vietnam wall-clock time; otherwise why not, in Vietnamese.
 */
export function parseDateTimeVi(
  text: string,
  years: YearRange = BUSINESS_YEARS,
): { value: string } | { problem: string } {
  const value = text.trim().replace(/\s+/g, ' ');
  const time = /(?:^|\s)(\d{1,2})[:hH](\d{2})(?:\s|$)/.exec(value);
  if (!time) return { problem: `"${value.slice(0, 40)}" thiếu giờ: ghi dạng dd/mm/yyyy hh:mm` };
  const hour = Number(time[1]);
  const minute = Number(time[2]);
  if (hour > 23 || minute > 59) return { problem: `giờ ${time[1]}:${time[2]} không có (00:00–23:59)` };
  const day = parseDateVi(value.replace(time[0], ' ').trim(), years);
  if ('problem' in day) return day;
  return { value: `${day.date}T${String(hour).padStart(2, '0')}:${time[2]}` };
}

/** Why `text` is not a real instant (see INSTANT) inside `years`, or null when it is one. */
export function instantProblem(text: string, years: YearRange = BUSINESS_YEARS): string | null {
  const m = INSTANT.exec(text);
  if (!m) return `"${text.slice(0, 40)}" không có dạng 2026-03-02T14:30 (giờ Việt Nam) hoặc ISO 8601`;
  const day = checkDay(Number(m[1]), Number(m[2]), Number(m[3]), years);
  if (day) return day;
  if (Number(m[4]) > 23) return `giờ ${m[4]} không có (00–23)`;
  if (Number(m[5]) > 59) return `phút ${m[5]} không có (00–59)`;
  if (m[6] !== undefined && Number(m[6]) > 59) return `giây ${m[6]} không có (00–59)`;
  const offset = m[8];
  if (offset && offset !== 'Z') {
    const [h, min] = offset.slice(1).split(':').map(Number) as [number, number];
    if (h > 14 || min > 59) return `múi giờ ${offset} không có`;
  }
  return null;
}

/** The instant of a checked text: with an offset as written, without one in Vietnam time. */
export function parseInstant(text: string): Date {
  const problem = instantProblem(text, { min: 0, max: 9999 });
  if (problem) throw new RangeError(problem);
  if (/(Z|[+-]\d{2}:\d{2})$/.test(text)) return new Date(text);
  const [date, time] = text.split('T') as [string, string];
  return new Date(Date.parse(`${date}T${time.length === 5 ? `${time}:00` : time}Z`) - VN_OFFSET_MS);
}

/** A business date "YYYY-MM-DD" (a real calendar day, year in `years`), for request schemas. */
export function dateSchema(years: YearRange = BUSINESS_YEARS) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = dateProblem(value, years);
      if (problem) ctx.addIssue({ code: 'custom', message: `Ngày không hợp lệ: ${problem}` });
    })
    .meta({ description: `Ngày (YYYY-MM-DD), năm ${years.min}–${years.max}`, example: '2026-03-31' });
}

/** An instant: "2026-03-02T14:30" (Vietnam time) or ISO 8601 with an offset; every part checked. */
export function instantSchema(years: YearRange = BUSINESS_YEARS) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = instantProblem(value, years);
      if (problem) ctx.addIssue({ code: 'custom', message: `Thời điểm không hợp lệ: ${problem}` });
    })
    .meta({
      description: `Thời điểm: 2026-03-02T14:30 (giờ Việt Nam) hoặc ISO 8601 có múi giờ, năm ${years.min}–${years.max}`,
      example: '2026-03-02T14:30',
    });
}

/** An instant that must carry its offset ("Z" or "+07:00"): for machine clients and bulk rules. */
export const offsetInstant = instantSchema().refine((v) => /(Z|[+-]\d{2}:\d{2})$/.test(v), {
  message: 'Thời điểm không hợp lệ: cần múi giờ, ví dụ 2026-03-02T07:00:00Z hoặc +07:00',
});

/** A business month "YYYY-MM" (month 01–12, year in `years`), for request schemas. */
export function monthSchema(years: YearRange = BUSINESS_YEARS) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const m = /^(\d{4})-(\d{2})$/.exec(value);
      const problem = m
        ? checkDay(Number(m[1]), Number(m[2]), 1, years)
        : `"${value.slice(0, 40)}" không có dạng YYYY-MM`;
      if (problem) ctx.addIssue({ code: 'custom', message: `Tháng không hợp lệ: ${problem}` });
    })
    .meta({ description: `Tháng (YYYY-MM), năm ${years.min}–${years.max}`, example: '2026-03' });
}

/** The business-date and instant schemas every request uses. */
export const businessDate = dateSchema();
export const instant = instantSchema();
export const businessMonth = monthSchema();
