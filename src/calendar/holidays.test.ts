import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekday, parseIsoDate } from './day-number.ts';
import {
  ADDED_HOLIDAYS,
  defaultHolidays,
  HOLIDAY_NAMES,
  PROPOSED_HOLIDAYS,
  proposedHolidaysOf,
  statutoryHolidays,
} from './holidays.ts';
import { holidaysOfYear } from './notices.ts';

const weekday = (date: string) => isoWeekday(parseIsoDate(date)!);
const dates = (year: number) => defaultHolidays(year).daysOff.map((d) => d.date);
const named = (year: number, prefix: string) =>
  defaultHolidays(year)
    .daysOff.filter((d) => d.name.startsWith(prefix))
    .map((d) => d.date);

describe('default holidays (Bộ luật Lao động 2019, Điều 112)', () => {
  it('lists the eleven statutory days with their Vietnamese names', () => {
    expect(statutoryHolidays(2025)).toEqual([
      { date: '2025-01-01', name: 'Tết Dương lịch' },
      { date: '2025-01-28', name: 'Tết Nguyên đán' },
      { date: '2025-01-29', name: 'Tết Nguyên đán' },
      { date: '2025-01-30', name: 'Tết Nguyên đán' },
      { date: '2025-01-31', name: 'Tết Nguyên đán' },
      { date: '2025-02-01', name: 'Tết Nguyên đán' },
      { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương' },
      { date: '2025-04-30', name: 'Ngày Chiến thắng 30/4' },
      { date: '2025-05-01', name: 'Ngày Quốc tế Lao động 1/5' },
      { date: '2025-09-02', name: 'Quốc khánh 2/9' },
      { date: '2025-09-03', name: 'Quốc khánh 2/9' },
    ]);
  });

  it('Tết 2025: the Saturday 1/2 (lunar 1/4) gives Monday 3/2 off', () => {
    expect(named(2025, HOLIDAY_NAMES.tet)).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
    ]);
    expect(named(2025, 'Nghỉ bù')).toEqual(['2025-02-03']);
  });

  it('Tết 2026: Monday 16/2 (last day of Ất Tỵ) to Friday 20/2, no compensatory day', () => {
    expect(named(2026, HOLIDAY_NAMES.tet)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    expect(named(2026, `Nghỉ bù ${HOLIDAY_NAMES.tet}`)).toEqual([]);
  });

  it('Giỗ Tổ on a weekend gives the next Monday: 2026 (Sunday 26/4) and 2033 (Saturday 9/4)', () => {
    expect(weekday('2026-04-26')).toBe(7);
    expect(defaultHolidays(2026).daysOff).toContainEqual({
      date: '2026-04-27',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
    });
    expect(weekday('2033-04-09')).toBe(6);
    expect(defaultHolidays(2033).daysOff).toContainEqual({
      date: '2033-04-11',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
    });
  });

  it('30/4 on Sunday 2028: the compensatory day skips Monday 1/5, itself a holiday', () => {
    // 2028 also has 1/1 and lunar 1/4 on a Saturday, and 2/9–3/9 on Saturday–Sunday.
    expect(named(2028, 'Nghỉ bù')).toEqual([
      '2028-01-03',
      '2028-01-31',
      '2028-05-02',
      '2028-09-04',
      '2028-09-05',
    ]);
    expect(defaultHolidays(2028).daysOff).toContainEqual({
      date: '2028-05-02',
      name: 'Nghỉ bù Ngày Chiến thắng 30/4',
    });
  });

  it('30/4 Saturday and 1/5 Sunday (2033) give two compensatory days, in date order', () => {
    expect(
      defaultHolidays(2033).daysOff.filter((d) => d.date >= '2033-04-30' && d.date <= '2033-05-03'),
    ).toEqual([
      { date: '2033-04-30', name: 'Ngày Chiến thắng 30/4' },
      { date: '2033-05-01', name: 'Ngày Quốc tế Lao động 1/5' },
      { date: '2033-05-02', name: 'Nghỉ bù Ngày Chiến thắng 30/4' },
      { date: '2033-05-03', name: 'Nghỉ bù Ngày Quốc tế Lao động 1/5' },
    ]);
  });

  it('New Year on a weekend (Saturday 1/1/2028, Sunday 1/1/2034) moves to Monday', () => {
    expect(dates(2028)).toContain('2028-01-03');
    expect(dates(2034)).toContain('2034-01-02');
  });

  it('Tết across a weekend (2027) and 2/9 on a Sunday (2029) push their compensatory days past the other holidays', () => {
    expect(named(2027, 'Nghỉ bù')).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
    expect(defaultHolidays(2029).daysOff.filter((d) => d.date.startsWith('2029-09'))).toEqual([
      { date: '2029-09-02', name: 'Quốc khánh 2/9' },
      { date: '2029-09-03', name: 'Quốc khánh 2/9' },
      { date: '2029-09-04', name: 'Nghỉ bù Quốc khánh 2/9' },
    ]);
  });

  it('every year 1968–2100: sorted, distinct, one compensatory weekday per weekend holiday', () => {
    for (let year = 1968; year <= 2100; year++) {
      const { daysOff, workingDays } = defaultHolidays(year);
      const all = daysOff.map((d) => d.date);
      expect(all).toEqual([...new Set(all)].sort());
      expect(all.every((d) => d.startsWith(`${year}-`))).toBe(true);
      expect(workingDays).toEqual([]);
      const statutory = statutoryHolidays(year);
      // 2/9 and an adjacent day from 2021 (BLLĐ 2019, Điều 112); 2/9 alone before (BLLĐ 2012, Điều 115).
      expect(statutory).toHaveLength(year >= 2021 ? 11 : 10);
      const onWeekend = statutory.filter((h) => weekday(h.date) >= 6);
      const compensatory = daysOff.filter((d) => d.name.startsWith('Nghỉ bù'));
      expect(compensatory).toHaveLength(onWeekend.length);
      compensatory.forEach((c, i) => {
        expect(weekday(c.date)).toBeLessThanOrEqual(5);
        expect(c.date > onWeekend[i]!.date).toBe(true);
        expect(c.name).toBe(`Nghỉ bù ${onWeekend[i]!.name}`);
      });
    }
  });
});

describe('a holiday added to the Labour Code applies only from its effective date', () => {
  const culture = {
    month: 11,
    day: 24,
    name: 'Ngày Văn hóa Việt Nam',
    basis: 'luật giả định cho phép thử',
    effectiveFrom: '2027-01-01',
  };

  it('24/11 is not a day off in 2026: Nghị quyết 80-NQ/TW is a policy, no law in force adds it', () => {
    expect(ADDED_HOLIDAYS).toEqual([]);
    expect(dates(2026)).not.toContain('2026-11-24');
    expect(holidaysOfYear(2026).daysOff.map((d) => d.date)).not.toContain('2026-11-24');
    expect(proposedHolidaysOf(2026).map((p) => p.name)).toEqual(['Ngày Văn hóa Việt Nam']);
    expect(proposedHolidaysOf(2025)).toEqual([]);
    for (const p of PROPOSED_HOLIDAYS) expect(p.sources.length).toBeGreaterThan(0);
  });

  it('an addition counts from its effective year on, with its compensatory day, never before', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2021, max: 2100 }),
        fc.integer({ min: 2021, max: 2100 }),
        (year, from) => {
          const added = [{ ...culture, effectiveFrom: `${from}-11-24` }];
          const withIt = defaultHolidays(year, added).daysOff;
          const has = withIt.some((d) => d.date === `${year}-11-24` && d.name === culture.name);
          expect(has).toBe(year >= from);
          const before = defaultHolidays(year).daysOff.length;
          const onWeekend = weekday(`${year}-11-24`) >= 6;
          expect(withIt.length - before).toBe(year >= from ? (onWeekend ? 2 : 1) : 0);
        },
      ),
    );
    // A law in force from 1/12 does not reach back to that year's 24/11.
    expect(statutoryHolidays(2027, [{ ...culture, effectiveFrom: '2027-12-01' }])).toHaveLength(11);
    expect(statutoryHolidays(2028, [{ ...culture, effectiveFrom: '2027-12-01' }])).toHaveLength(12);
  });
});
