import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, isoDate, isoWeekday, parseIsoDate } from './day-number.ts';
import { weekdayNameVi } from './weekday.ts';

describe('day numbers', () => {
  it('parses only real dates', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('1968-01-01')).toBe(-731);
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
    for (const bad of ['2025-02-29', '2025-13-01', '2025-00-10', '2025-1-1', '2025-01-01T00:00', ''])
      expect(parseIsoDate(bad), bad).toBeNull();
    expect(dayFromYmd(2025, 4, 31)).toBeNull();
  });

  it('knows the weekday, before and after 1970', () => {
    expect(isoWeekday(parseIsoDate('1970-01-01')!)).toBe(4);
    expect(isoWeekday(parseIsoDate('1968-01-01')!)).toBe(1);
    expect(weekdayNameVi('2026-02-17')).toBe('Thứ Ba');
    expect(weekdayNameVi('2026-04-26')).toBe('Chủ nhật');
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 60_000 }), (day) => {
        expect(parseIsoDate(isoDate(day))).toBe(day);
        expect(isoWeekday(day)).toBe(((new Date(day * 86_400_000).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});
