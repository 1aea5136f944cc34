/**
 * The public holidays a year gets by law when no official notice says otherwise, with compensatory
 * days for those that fall on a weekly rest day:
 * - from 2021, Bộ luật Lao động 2019: holidays in Điều 112 khoản 1 (Quốc khánh: 2/9 and one
 *   adjacent day); a weekly rest day that falls on a holiday is made up on the next working day,
 *   Điều 111 khoản 3 (not Điều 112, which lists the holidays);
 * - before 2021, Bộ luật Lao động 2012: holidays in Điều 115 khoản 1 (Quốc khánh: one day, 2/9),
 *   compensatory day in Điều 115 khoản 3. Applied back to 1968 as an approximation: the earlier
 *   codes (a Tết of four days before 2013) are not modelled.
 * Checked against the published texts (Điều 112 khoản 1 quoted in full; Điều 111 khoản 3 as cited by
 * Bộ LĐTBXH Thông báo 5015/TB-LĐTBXH of 22/11/2023). Ngày Văn hóa Việt Nam (24/11) is not a paid
 * holiday: as of the sources found (VnExpress 17/1/2026, Nghị quyết 30/NQ-CP reported 26/2/2026) it is
 * a proposal to amend Điều 112, not a law in force, so it is not added.
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

/** Bộ luật Lao động 2019 took effect on 1/1/2021. */
export const LABOUR_CODE_2019_FIRST_YEAR = 2021;

/** The article of law behind a statutory holiday of `year`, e.g. "Bộ luật Lao động 2019, Điều 112". */
export function holidayBasis(year: number): string {
  return year >= LABOUR_CODE_2019_FIRST_YEAR
    ? 'Bộ luật Lao động 2019, Điều 112'
    : 'Bộ luật Lao động 2012, Điều 115';
}

/** The article of law behind a compensatory day (a holiday on a weekly rest day) of `year`. */
export function compensatoryBasis(year: number): string {
  return year >= LABOUR_CODE_2019_FIRST_YEAR
    ? 'Bộ luật Lao động 2019, Điều 111 khoản 3'
    : 'Bộ luật Lao động 2012, Điều 115 khoản 3';
}

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
    [day(9, 2), HOLIDAY_NAMES.national],
  ];
  // From 2021 (BLLĐ 2019, Điều 112 khoản 1 điểm đ) 2/9 plus one adjacent day; the Prime Minister
  // picks it each year, the default takes 3/9. Before, one day (BLLĐ 2012, Điều 115 khoản 1).
  if (year >= LABOUR_CODE_2019_FIRST_YEAR) days.push([day(9, 3), HOLIDAY_NAMES.national]);
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
