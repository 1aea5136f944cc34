import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromVnDateTime, vnDate, vnDateTime } from '../lib/time.ts';
import { CalendarError } from './errors.ts';
import { calendarFromLists, vietnamCalendar } from './work-calendar.ts';
import { addWorkingDays, isWorkingDate } from './working-days.ts';
import { addWorkingHours } from './working-hours.ts';

const vn = vietnamCalendar();
const due = (received: string, hours: number, calendar = vn) =>
  vnDateTime(addWorkingHours(fromVnDateTime(received), hours, calendar));

describe('working hours: counted inside office hours (07:30–17:00) of working dates', () => {
  it('inside office hours: the hours run on the same day while they fit', () => {
    expect(due('2025-03-10T09:15', 4)).toBe('2025-03-10T13:15'); // Monday
    expect(due('2025-03-10T09:00', 8)).toBe('2025-03-10T17:00'); // ends exactly at closing time
  });

  it('hours left at closing time carry over to the next working morning', () => {
    expect(due('2025-03-10T15:00', 4)).toBe('2025-03-11T09:30'); // 2 h Monday + 2 h Tuesday
    expect(due('2025-03-14T16:00', 3)).toBe('2025-03-17T09:30'); // Friday → Monday
    expect(due('2025-03-10T08:00', 20)).toBe('2025-03-12T09:00'); // 9 h + 9.5 h + 1.5 h
  });

  it('received before opening, after closing or on a day off: counts from the next opening', () => {
    expect(due('2025-03-10T06:00', 2)).toBe('2025-03-10T09:30'); // before opening: from 07:30
    expect(due('2025-03-10T17:00', 2)).toBe('2025-03-11T09:30'); // at closing: next morning
    expect(due('2025-03-10T22:45', 2)).toBe('2025-03-11T09:30');
    expect(due('2025-03-15T10:00', 2)).toBe('2025-03-17T09:30'); // Saturday → Monday
    expect(due('2025-03-10T06:00', 0)).toBe('2025-03-10T07:30'); // 0 h: the counting start
  });

  it('skips holidays and counts a make-up Saturday', () => {
    expect(due('2024-02-07T16:00', 3)).toBe('2024-02-15T09:30'); // Tết 2024 (8–14/2)
    expect(due('2024-05-03T16:00', 3)).toBe('2024-05-04T09:30'); // Saturday 4/5/2024 is worked
  });

  it('uses the calendar’s own office hours', () => {
    const early = calendarFromLists({ officeHours: { open: '07:00', close: '11:00' } });
    expect(due('2025-03-10T10:00', 3, early)).toBe('2025-03-11T09:00');
    expect(due('2025-03-10T05:00', 4, early)).toBe('2025-03-10T11:00');
  });

  it('refuses a number of hours that is not a non-negative integer', () => {
    for (const hours of [-1, 1.5, Number.NaN]) {
      const error = (() => {
        try {
          addWorkingHours(fromVnDateTime('2025-03-10T10:00'), hours, vn);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(CalendarError);
      expect(error).toMatchObject({ code: 'WORKING_HOURS_INVALID', field: 'hours' });
    }
  });

  const instants = fc
    .integer({ min: Date.UTC(2017, 0, 1), max: Date.UTC(2027, 11, 1) })
    .map((ms) => new Date(ms));
  const hours = fc.integer({ min: 0, max: 200 });
  const clock = (at: Date) => vnDateTime(at).slice(11);

  it('property: due inside office hours of a working date, never before the receipt', () => {
    fc.assert(
      fc.property(instants, hours, (received, h) => {
        const at = addWorkingHours(received, h, vn);
        expect(isWorkingDate(vnDate(at), vn)).toBe(true);
        expect(clock(at) >= '07:30' && clock(at) <= '17:00').toBe(true);
        expect(at.getTime()).toBeGreaterThanOrEqual(received.getTime());
      }),
      { numRuns: 1000 },
    );
  });

  it('property: h1 hours then h2 more hours is h1 + h2 hours', () => {
    // h2 ≥ 1: 0 further hours from a due moment at closing time restart the next morning.
    fc.assert(
      fc.property(instants, hours, fc.integer({ min: 1, max: 200 }), (received, h1, h2) => {
        const stepwise = addWorkingHours(addWorkingHours(received, h1, vn), h2, vn);
        expect(stepwise.getTime()).toBe(addWorkingHours(received, h1 + h2, vn).getTime());
      }),
      { numRuns: 1000 },
    );
  });

  it('property: more hours never give an earlier due moment', () => {
    fc.assert(
      fc.property(instants, hours, hours, (received, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(addWorkingHours(received, lo, vn).getTime()).toBeLessThanOrEqual(
          addWorkingHours(received, hi, vn).getTime(),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('property: received outside office hours counts from the next opening', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 200 }), (received, h) => {
        const date = vnDate(received);
        const inside = isWorkingDate(date, vn) && clock(received) >= '07:30' && clock(received) < '17:00';
        fc.pre(!inside);
        const opening =
          isWorkingDate(date, vn) && clock(received) < '07:30'
            ? fromVnDateTime(`${date}T07:30`)
            : fromVnDateTime(`${addWorkingDays(date, 1, vn)}T07:30`);
        expect(addWorkingHours(received, h, vn).getTime()).toBe(addWorkingHours(opening, h, vn).getTime());
        expect(addWorkingHours(received, 0, vn).getTime()).toBe(opening.getTime());
      }),
      { numRuns: 1000 },
    );
  });
});
