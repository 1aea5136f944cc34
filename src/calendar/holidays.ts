/**
 * The public holidays a year gets by law when no official notice says otherwise
 * (Bộ luật Lao động 2019, Điều 112), with compensatory days for those that fall on a weekend.
 */
import { dayFromYmd, isoDate, isoWeekday, parseIsoDate } from './day-number.ts';
import { hungKingsDay, lunarNewYear } from './lunar.ts';

/** A dated day with its Vietnamese name, e.g. { date: "2025-01-29", name: "Tết Nguyên đán" }. */
export interface NamedDay {
  date: string;
  name: string;
}

export interface YearHolidays {
  /** Every day off of the year, sorted: holidays (also those on a weekend) and compensatory days. */
  daysOff: NamedDay[];
  /** Make-up working days (usually a Saturday worked in exchange for a bridged day). */
  workingDays: NamedDay[];
}

export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  victory: 'Ngày Chiến thắng 30/4',
  labour: 'Ngày Quốc tế Lao động 1/5',
  national: 'Quốc khánh 2/9',
} as const;

const COMPENSATORY_PREFIX = 'Nghỉ bù';

/** The statutory holidays of `year`, before compensatory days. */
export function statutoryHolidays(year: number): NamedDay[] {
  const day = (m: number, d: number) => dayFromYmd(year, m, d) as number;
  const tet = parseIsoDate(lunarNewYear(year)) as number;
  const days: [number, string][] = [
    [day(1, 1), HOLIDAY_NAMES.newYear],
    // Tết: the last day of the old lunar year and lunar 1/1 to 1/4.
    ...[-1, 0, 1, 2, 3].map((offset): [number, string] => [tet + offset, HOLIDAY_NAMES.tet]),
    [parseIsoDate(hungKingsDay(year)) as number, HOLIDAY_NAMES.hungKings],
    [day(4, 30), HOLIDAY_NAMES.victory],
    [day(5, 1), HOLIDAY_NAMES.labour],
    // 2/9 plus one adjacent day; the law lets the Prime Minister pick it, the default takes 3/9.
    [day(9, 2), HOLIDAY_NAMES.national],
    [day(9, 3), HOLIDAY_NAMES.national],
  ];
  return days.sort((a, b) => a[0] - b[0]).map(([d, name]) => ({ date: isoDate(d), name }));
}

function isWeekend(day: number): boolean {
  return isoWeekday(day) >= 6;
}

/**
 * Defaults of a year: the statutory holidays, and for each one on a Saturday or Sunday a
 * compensatory day on the next Monday–Friday that is neither a holiday nor already a compensatory
 * day, taken in date order (so two weekend holidays give two consecutive compensatory days).
 */
export function defaultHolidays(year: number): YearHolidays {
  const holidays = statutoryHolidays(year);
  const taken = new Set(holidays.map((h) => parseIsoDate(h.date) as number));
  const compensatory: NamedDay[] = [];
  for (const holiday of holidays) {
    const day = parseIsoDate(holiday.date) as number;
    if (!isWeekend(day)) continue;
    let candidate = day + 1;
    while (isWeekend(candidate) || taken.has(candidate)) candidate++;
    taken.add(candidate);
    compensatory.push({ date: isoDate(candidate), name: `${COMPENSATORY_PREFIX} ${holiday.name}` });
  }
  const daysOff = [...holidays, ...compensatory].sort((a, b) => a.date.localeCompare(b.date));
  return { daysOff, workingDays: [] };
}
