/**
 * Calendar dates as integers: the number of days since 1970-01-01 (a "day number").
 * Integers make date arithmetic exact and fast; strings "YYYY-MM-DD" are only for the edges.
 */

export const MS_PER_DAY = 86_400_000;

/** Julian day number of 1970-01-01 in the integer convention of Hồ Ngọc Đức's algorithm. */
export const JDN_OF_EPOCH = 2_440_588;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-01-29" → its day number, or null when it is not a real calendar date. */
export function parseIsoDate(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return dayFromYmd(y, m, d);
}

/** The day number of a proleptic Gregorian date, or null when the month or day does not exist. */
export function dayFromYmd(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 31/02 over into March: reject instead of guessing.
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  return ms / MS_PER_DAY;
}

/** Day number → "YYYY-MM-DD". */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number → [year, month 1–12, day 1–31]. */
export function ymd(day: number): [number, number, number] {
  const date = new Date(day * MS_PER_DAY);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}
