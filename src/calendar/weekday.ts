/** Vietnamese weekday names for people reading a calendar. */
import { isoWeekday, parseIsoDate } from './day-number.ts';

/** Index 1 = Monday … 7 = Sunday (ISO). */
export const WEEKDAY_NAMES_VI = [
  '',
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
  'Chủ nhật',
];

/** "2026-02-17" → "Thứ Ba". */
export function weekdayNameVi(date: string): string {
  const day = parseIsoDate(date);
  if (day === null) throw new RangeError(`Ngày "${date}" không hợp lệ`);
  return WEEKDAY_NAMES_VI[isoWeekday(day)]!;
}
