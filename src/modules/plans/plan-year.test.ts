import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueNotPast, planWindowOn, planYearChoices, windowOfYear } from './plan-year.ts';
import { dueDeadline, parseDue, planWindow } from './task-due.ts';

const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('the year a plan is carried out in', () => {
  it('is the year after the index when drafted in time, the next year when drafted in October–December', () => {
    expect(planWindowOn('2025', '2026-02-10').label).toBe('2026');
    expect(planWindowOn('2025', '2026-09-30').label).toBe('2026');
    // Drafted on 5/12/2026: for 2027, from the 2026 result and from an older one alike.
    expect(planWindowOn('2026', '2026-12-05')).toEqual({
      start: '2027-01-01',
      end: '2027-12-31',
      label: '2027',
    });
    expect(planWindowOn('2024', '2026-12-05').label).toBe('2027');
    expect(planWindowOn('2024', '2026-06-01').label).toBe('2026');
    // Drafted early (the index of the running year): still the year after it.
    expect(planWindowOn('2026', '2026-03-01').label).toBe('2027');
  });

  it('for a quarter or a month: the period after the index, or the drafting day’s when later', () => {
    expect(planWindowOn('2026-Q1', '2026-04-20').label).toBe('2026-Q2');
    expect(planWindowOn('2025-Q3', '2026-12-05').label).toBe('2026-Q4');
    expect(planWindowOn('2025-Q3', '2026-02-05').label).toBe('2026-Q1');
    expect(planWindowOn('2026-10', '2026-12-05').label).toBe('2026-12');
    expect(planWindowOn('2025-11', '2026-01-15').label).toBe('2026-01');
    expect(planWindowOn('2026-11', '2026-11-15').label).toBe('2026-12');
  });

  it('never starts before the period after the index, nor ends before the drafting day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2018, max: 2034 }),
        fc.constantFrom('', '-Q2', '-Q4', '-01', '-12'),
        day,
        (y, tail, today) => {
          const period = `${y}${tail}`;
          const window = planWindowOn(period, today);
          expect(window.start >= planWindow(period).start).toBe(true);
          expect(window.end >= today).toBe(true);
        },
      ),
    );
  });
});

describe('task timings that are not already past on the drafting day', () => {
  const year2026 = planWindow('2025');

  it('moves a past month or quarter to the drafting month or quarter, keeps the rest', () => {
    expect(dueNotPast(parseDue('Tháng 01'), year2026, '2026-05-20')).toEqual({
      kind: 'text',
      text: 'Tháng 05',
    });
    expect(dueNotPast(parseDue('Quý I'), year2026, '2026-05-20')).toEqual({ kind: 'text', text: 'Quý II' });
    expect(dueNotPast(parseDue('6 tháng đầu năm'), year2026, '2026-08-01')).toEqual({
      kind: 'text',
      text: 'Quý III',
    });
    expect(dueNotPast(parseDue('Quý I'), year2026, '2026-03-31')).toEqual(parseDue('Quý I'));
    expect(dueNotPast(parseDue('Tháng 01'), planWindow('2026'), '2026-12-05')).toEqual(parseDue('Tháng 01'));
    for (const rule of ['Thường xuyên', 'Trong năm', 'Định kỳ hàng tháng', 'Trong năm (nếu có)'])
      expect(dueNotPast(parseDue(rule), year2026, '2026-11-20')).toEqual(parseDue(rule));
  });

  it('leaves no deadline before the drafting day, inside any window that has not ended', () => {
    const timing = fc.constantFrom(
      'Tháng 01',
      'Tháng 6',
      'Quý I',
      'Quý 3',
      'Quý IV',
      '6 tháng đầu năm',
      'Trong năm',
      'Thường xuyên',
      '31/03/2026',
    );
    fc.assert(
      fc.property(timing, fc.integer({ min: 2025, max: 2030 }), day, (text, y, today) => {
        const window = planWindowOn(String(y), today);
        const deadline = dueDeadline(dueNotPast(parseDue(text), window, today), window);
        expect(deadline === null || deadline >= today).toBe(true);
      }),
    );
  });
});

describe('the year the drafter chooses', () => {
  it('is the computed year or the next, never one before the drafting year, and it sets the window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2018, max: 2034 }), day, (index, today) => {
        const choices = planYearChoices(String(index), today);
        expect(choices).toEqual([Number(planWindowOn(String(index), today).label), choices[0]! + 1]);
        expect(choices[0]!).toBeGreaterThanOrEqual(Number(today.slice(0, 4)));
        for (const year of choices) expect(windowOfYear(String(index), today, year).label).toBe(String(year));
        expect(windowOfYear(String(index), today, null)).toEqual(planWindowOn(String(index), today));
      }),
    );
  });

  it('is not offered for a quarterly or monthly index, whose window stays computed', () => {
    expect(planYearChoices('2026-Q3', '2026-12-05')).toEqual([]);
    expect(windowOfYear('2026-Q3', '2026-12-05', 2028)).toEqual(planWindowOn('2026-Q3', '2026-12-05'));
  });
});
