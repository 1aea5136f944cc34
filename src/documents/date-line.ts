/**
 * The place and date line of NĐ 30/2020 (ô số 4): "Nha Trang, ngày 03 tháng 7 năm 2018".
 * The decree zero-pads days below 10 and the months 1 and 2 (so "tháng 01", "tháng 02" but
 * "tháng 3"): without the zero, "tháng 1" could be altered to "tháng 11" by hand.
 */
import { AppError } from '../lib/errors.ts';
import { blank, DATE_BLANK } from './blank.ts';

/** A date as the model keeps it: "YYYY-MM-DD", or "YYYY-MM" / "YYYY" with the rest still blank. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

function parseDate(date: string | undefined): DateParts {
  if (date === undefined || date === '') return {};
  const match = PARTIAL_DATE.exec(date);
  if (!match) throw invalidDate(date);
  const [, y, m, d] = match;
  const parts: DateParts = { year: Number(y) };
  if (m !== undefined) parts.month = Number(m);
  if (d !== undefined) parts.day = Number(d);
  if (parts.month !== undefined && (parts.month < 1 || parts.month > 12)) throw invalidDate(date);
  if (parts.day !== undefined) {
    // Day 0 of the next month is the last day of this one.
    const last = new Date(Date.UTC(parts.year!, parts.month!, 0)).getUTCDate();
    if (parts.day < 1 || parts.day > last) throw invalidDate(date);
  }
  return parts;
}

function invalidDate(date: string): AppError {
  return new AppError('VALIDATION_FAILED', `Ngày ban hành không hợp lệ: "${date}" (cần dạng YYYY-MM-DD).`, {
    field: 'date',
  });
}

/** 3 → "03", 19 → "19". */
export function dayNumber(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** 1 → "01", 2 → "02", 3 → "3", 12 → "12". */
export function monthNumber(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/**
 * "ngày 03 tháng 7 năm 2018"; what is not yet known stays blank:
 * "2023-04" → "ngày      tháng 4 năm 2023", undefined → "ngày      tháng      năm      ".
 */
export function vietnameseDate(date?: string): string {
  const { year, month, day } = parseDate(date);
  const d = day === undefined ? blank(DATE_BLANK) : dayNumber(day);
  const m = month === undefined ? blank(DATE_BLANK) : monthNumber(month);
  const y = year === undefined ? blank(DATE_BLANK + 2) : String(year);
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/** "Phương Sài, ngày 03 tháng 7 năm 2018" (set in italics by the builders). */
export function dateLine(place: string, date?: string): string {
  return `${place.trim()}, ${vietnameseDate(date)}`;
}
