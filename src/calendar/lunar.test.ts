import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, isoDate } from './day-number.ts';
import { CalendarError } from './errors.ts';
import {
  hungKingsDay,
  lunarCalendar,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
  vietnameseLunar,
} from './lunar.ts';

const FIRST = dayFromYmd(1968, 1, 1)!;
const LAST = dayFromYmd(2100, 12, 31)!;
const chinese = lunarCalendar(8);

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it('puts Tết and Giỗ Tổ on the dates Vietnam keeps', () => {
    expect(lunarNewYear(2024)).toBe('2024-02-10');
    expect(lunarNewYear(2025)).toBe('2025-01-29');
    expect(lunarNewYear(2026)).toBe('2026-02-17');
    expect(hungKingsDay(2024)).toBe('2024-04-18');
    expect(hungKingsDay(2025)).toBe('2025-04-07');
    expect(hungKingsDay(2026)).toBe('2026-04-26');
  });

  it('differs from the Chinese (UTC+8) calendar where the time zone moves a new moon across midnight', () => {
    expect(lunarNewYear(1985)).toBe('1985-01-21');
    expect(isoDate(chinese.toDay({ day: 1, month: 1, year: 1985, leap: false }))).toBe('1985-02-20');
    expect(lunarNewYear(2007)).toBe('2007-02-17');
    expect(isoDate(chinese.toDay({ day: 1, month: 1, year: 2007, leap: false }))).toBe('2007-02-18');
    expect(lunarNewYear(2030)).toBe('2030-02-02');
    expect(isoDate(chinese.toDay({ day: 1, month: 1, year: 2030, leap: false }))).toBe('2030-02-03');
  });

  it('places leap months where Vietnamese almanacs do', () => {
    const leaps: Record<number, number> = {
      1985: 2,
      2001: 4,
      2004: 2,
      2006: 7,
      2009: 5,
      2012: 4,
      2014: 9,
      2017: 6,
      2020: 4,
      2023: 2,
      2025: 6,
      2028: 5,
      2033: 11,
    };
    for (const [year, month] of Object.entries(leaps)) {
      const leap = vietnameseLunar.monthsOfYear(Number(year)).filter((m) => m.leap);
      expect(
        leap.map((m) => m.month),
        year,
      ).toEqual([month]);
    }
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).toBe('2023-03-22');
    // The leap 11th month of 2033 belongs to lunar year 2033 although it runs into solar 2034.
    expect(solarToLunar('2033-12-22')).toEqual({ day: 1, month: 11, year: 2033, leap: true });
  });

  it('gives the last day of the lunar year before Tết and reads instants in Vietnam time', () => {
    expect(solarToLunar('2025-01-28')).toEqual({ day: 29, month: 12, year: 2024, leap: false });
    // 2025-01-28T17:30Z is already 00:30 on 29/1 in Vietnam: lunar new year's day.
    expect(solarToLunar(new Date('2025-01-28T17:30:00Z'))).toEqual({
      day: 1,
      month: 1,
      year: 2025,
      leap: false,
    });
  });

  it('rejects lunar dates that do not exist', () => {
    const shortMonth = vietnameseLunar.monthsOfYear(2025).find((m) => m.days === 29)!;
    expect(() =>
      lunarToSolar({ day: 30, month: shortMonth.month, year: 2025, leap: shortMonth.leap }),
    ).toThrow(CalendarError);
    expect(() => lunarToSolar({ day: 1, month: 3, year: 2025, leap: true })).toThrow(
      /không có tháng 3 nhuận/,
    );
    expect(() => lunarToSolar({ day: 1, month: 13, year: 2025 })).toThrow(CalendarError);
    expect(() => solarToLunar('2025-02-30')).toThrow(CalendarError);
  });

  it('round-trips every day from 1968 to 2100, one day at a time', () => {
    const wrong: string[] = [];
    let previous = vietnameseLunar.fromDay(FIRST - 1);
    for (let day = FIRST; day <= LAST; day++) {
      const lunar = vietnameseLunar.fromDay(day);
      if (vietnameseLunar.toDay(lunar) !== day) wrong.push(`${isoDate(day)} does not round-trip`);
      // Consecutive days: the lunar day goes up by one, or a new month starts after day 29 or 30.
      const next =
        lunar.day === 1
          ? previous.day === 29 || previous.day === 30
          : lunar.day === previous.day + 1 &&
            lunar.month === previous.month &&
            lunar.year === previous.year &&
            lunar.leap === previous.leap;
      if (!next) wrong.push(`${isoDate(day)} does not follow the day before`);
      previous = lunar;
    }
    expect(wrong).toEqual([]);
  });

  it('has 12 or 13 months of 29 or 30 days each year, with at most one leap month', () => {
    for (let year = 1968; year <= 2100; year++) {
      const months = vietnameseLunar.monthsOfYear(year);
      const leaps = months.filter((m) => m.leap).length;
      expect(months.length).toBe(12 + leaps);
      expect(leaps).toBeLessThanOrEqual(1);
      for (const m of months) expect([29, 30]).toContain(m.days);
      expect(months.filter((m) => !m.leap).map((m) => m.month)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
      ]);
    }
  });

  it('has 7 leap months in every 19 years (the Metonic cycle), give or take one', () => {
    for (let start = 1968; start + 18 <= 2100; start++) {
      let leaps = 0;
      for (let year = start; year < start + 19; year++)
        leaps += vietnameseLunar.monthsOfYear(year).some((m) => m.leap) ? 1 : 0;
      expect(leaps).toBeGreaterThanOrEqual(6);
      expect(leaps).toBeLessThanOrEqual(8);
    }
  });

  it('always puts Tết between 21/1 and 20/2, and Giỗ Tổ 67 to 99 days after Tết', () => {
    for (let year = 1968; year <= 2100; year++) {
      const tet = lunarNewYear(year);
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`, tet).toBe(true);
      const gap = dayFromYmd(...ymdOf(hungKingsDay(year)))! - dayFromYmd(...ymdOf(tet))!;
      expect(gap).toBeGreaterThanOrEqual(29 + 29 + 9);
      expect(gap).toBeLessThanOrEqual(30 + 30 + 30 + 9);
    }
  });

  it('round-trips random solar and lunar dates (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (day) => {
        const date = isoDate(day);
        expect(lunarToSolar(solarToLunar(date))).toBe(date);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1968, max: 2099 }), fc.nat(), fc.nat(), (year, mi, di) => {
        const months = vietnameseLunar.monthsOfYear(year);
        const m = months[mi % months.length]!;
        const lunar = { day: (di % m.days) + 1, month: m.month, year, leap: m.leap };
        expect(solarToLunar(lunarToSolar(lunar))).toEqual(lunar);
      }),
    );
  });
});

function ymdOf(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}
