/**
 * The Vietnamese lunisolar calendar (âm lịch), computed with Hồ Ngọc Đức's algorithm:
 * a month starts on the local day of a new moon; month 11 is the one containing the December
 * solstice; a year from one month 11 to the next with 13 months gets a leap month, which is the
 * first month after month 11 that contains no major solar term (trung khí).
 *
 * Vietnam computes it at UTC+7 (since 1968; China uses UTC+8), so the dates differ from a Chinese
 * calendar package in some years: Tết 1985 is 1985-01-21 in Vietnam but 1985-02-20 in China.
 * Nothing here is a hand-typed table: month starts are computed once per year and cached.
 */

import { VN_OFFSET_MS } from '../lib/time.ts';
import { newMoonDay, sunSector } from './astronomy.ts';
import { dayFromYmd, isoDate, JDN_OF_EPOCH, MS_PER_DAY, parseIsoDate, ymd } from './day-number.ts';
import { CalendarError } from './errors.ts';

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** True for the days of a leap month (tháng nhuận), which repeats the number of the month before. */
  leap: boolean;
}

/** Vietnam's time zone for the calendar, in hours east of UTC. */
export const VIETNAM_TIME_ZONE = 7;

/**
 * Years the conversions accept. Correctness is verified by tests for 1968–2100 (the years Vietnam
 * has used UTC+7 and the product cares about); the series stay usable a little beyond.
 */
export const LUNAR_MIN_YEAR = 1900;
export const LUNAR_MAX_YEAR = 2199;

/** One lunar month of a computed year, with its first day as a day number (days since 1970-01-01). */
export interface LunarMonth {
  month: number;
  leap: boolean;
  year: number;
  start: number;
  days: number;
}

/** The epoch of the new-moon index k = 0 (1900-01-01 13:52 UTC) and the mean synodic month. */
const K0_JD = 2415021.076998695;
const SYNODIC_MONTH = 29.530588853;

/** A lunar calendar for one time zone; Vietnam's is `vietnameseLunar`, others exist for comparison. */
export function lunarCalendar(timeZone: number) {
  const month11Cache = new Map<number, number>();
  const spanCache = new Map<number, LunarMonth[]>();

  /** JDN of the first day of the lunar month that contains the December solstice of `year`. */
  function month11(year: number): number {
    let jd = month11Cache.get(year);
    if (jd === undefined) {
      const off = (dayFromYmd(year, 12, 31) as number) + JDN_OF_EPOCH - 2415021;
      const k = Math.floor(off / SYNODIC_MONTH);
      jd = newMoonDay(k, timeZone);
      // The new moon before 31/12 may fall after the solstice (sun already past 270°): step back one.
      if (sunSector(jd, timeZone) >= 9) jd = newMoonDay(k - 1, timeZone);
      month11Cache.set(year, jd);
    }
    return jd;
  }

  /**
   * The months from month 11 of `year - 1` up to (not including) month 11 of `year`: the span in
   * which the Gregorian `year` starts. Twelve months, or thirteen with one leap month.
   */
  function span(year: number): LunarMonth[] {
    const cached = spanCache.get(year);
    if (cached) return cached;
    const a11 = month11(year - 1);
    const b11 = month11(year);
    const k = Math.floor((a11 - K0_JD) / SYNODIC_MONTH + 0.5);
    const count = b11 - a11 > 365 ? 13 : 12;
    const starts: number[] = [];
    for (let i = 0; i < count; i++) starts.push(i === 0 ? a11 : newMoonDay(k + i, timeZone));
    starts.push(b11);
    // In a 13-month span the leap month is the first whose start and end see the sun in the same
    // 30° sector, i.e. a month during which no major term begins.
    let leapIndex = -1;
    if (count === 13) {
      for (let i = 1; i < count; i++) {
        if (sunSector(starts[i]!, timeZone) === sunSector(starts[i + 1]!, timeZone)) {
          leapIndex = i;
          break;
        }
      }
    }
    const months: LunarMonth[] = [];
    for (let i = 0; i < count; i++) {
      const afterLeap = leapIndex >= 0 && i >= leapIndex;
      const month = ((i + (afterLeap ? 10 : 11) - 1) % 12) + 1;
      months.push({
        month,
        leap: i === leapIndex,
        // Months 11 and 12 at the start of the span still belong to the previous lunar year.
        year: month >= 11 && i < 4 ? year - 1 : year,
        start: starts[i]! - JDN_OF_EPOCH,
        days: starts[i + 1]! - starts[i]!,
      });
    }
    spanCache.set(year, months);
    return months;
  }

  function checkYear(year: number, what: string): void {
    if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR)
      throw new CalendarError(
        'DATE_OUT_OF_RANGE',
        `${what} ${year} ngoài phạm vi ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`,
      );
  }

  /** The lunar date of a day number. */
  function fromDay(day: number): LunarDate {
    const [year] = ymd(day);
    checkYear(year, 'Năm dương lịch');
    const months = day + JDN_OF_EPOCH >= month11(year) ? span(year + 1) : span(year);
    let i = months.length - 1;
    while (months[i]!.start > day) i--;
    const m = months[i]!;
    return { day: day - m.start + 1, month: m.month, year: m.year, leap: m.leap };
  }

  /** The day number of a lunar date; throws when that date does not exist (e.g. 30 of a 29-day month). */
  function toDay(date: LunarDate): number {
    const { day, month, year, leap } = date;
    checkYear(year, 'Năm âm lịch');
    if (!Number.isInteger(month) || month < 1 || month > 12)
      throw new CalendarError('LUNAR_DATE_INVALID', `Tháng âm lịch ${month} không hợp lệ`);
    const months = span(month >= 11 ? year + 1 : year);
    const m = months.find((x) => x.month === month && x.leap === Boolean(leap) && x.year === year);
    if (!m)
      throw new CalendarError('LUNAR_DATE_INVALID', `Năm âm lịch ${year} không có tháng ${month} nhuận`);
    if (!Number.isInteger(day) || day < 1 || day > m.days)
      throw new CalendarError(
        'LUNAR_DATE_INVALID',
        `Tháng ${month}${leap ? ' nhuận' : ''} năm âm lịch ${year} có ${m.days} ngày`,
      );
    return m.start + day - 1;
  }

  /** Every month of a lunar year, in order (12 or 13). */
  function monthsOfYear(lunarYear: number): LunarMonth[] {
    checkYear(lunarYear, 'Năm âm lịch');
    return [...span(lunarYear), ...span(lunarYear + 1)].filter((m) => m.year === lunarYear);
  }

  return { fromDay, toDay, monthsOfYear };
}

export const vietnameseLunar = lunarCalendar(VIETNAM_TIME_ZONE);

function toDayNumber(date: string | Date): number {
  if (date instanceof Date) {
    const ms = date.getTime() + VN_OFFSET_MS;
    if (Number.isNaN(ms)) throw new CalendarError('DATE_INVALID', 'Ngày không hợp lệ');
    return Math.floor(ms / MS_PER_DAY);
  }
  const day = parseIsoDate(date);
  if (day === null) throw new CalendarError('DATE_INVALID', `Ngày "${date}" không hợp lệ (cần YYYY-MM-DD)`);
  return day;
}

/** The Vietnamese lunar date of a solar date ("YYYY-MM-DD", or an instant read in Vietnam time). */
export function solarToLunar(date: string | Date): LunarDate {
  return vietnameseLunar.fromDay(toDayNumber(date));
}

/** The solar date "YYYY-MM-DD" of a Vietnamese lunar date; `leap` defaults to false. */
export function lunarToSolar(date: { day: number; month: number; year: number; leap?: boolean }): string {
  return isoDate(vietnameseLunar.toDay({ ...date, leap: date.leap ?? false }));
}

/** Tết Nguyên đán: lunar 1/1 of the lunar year that begins in solar `year`. */
export function lunarNewYear(year: number): string {
  return lunarToSolar({ day: 1, month: 1, year });
}

/** Giỗ Tổ Hùng Vương: lunar 10/3 (never the leap third month) of `year`. */
export function hungKingsDay(year: number): string {
  return lunarToSolar({ day: 10, month: 3, year });
}
