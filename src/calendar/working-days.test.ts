import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromVnDateTime, VN_OFFSET_MS, vnDate, vnDateTime } from '../lib/time.ts';
import { dayFromYmd, isoDate, isoWeekday, MS_PER_DAY, parseIsoDate } from './day-number.ts';
import { CalendarError } from './errors.ts';
import { calendarFromLists, vietnamCalendar, type WorkCalendar } from './work-calendar.ts';
import {
  addWorkingDays,
  countingStart,
  dueMoment,
  extendForSupplement,
  isWorkingDate,
  remainingWorkingDays,
  workingDaysBetween,
} from './working-days.ts';

const vn = vietnamCalendar();
const at = fromVnDateTime;
const due = (received: string, n: number, calendar: WorkCalendar = vn) =>
  vnDateTime(dueMoment(at(received), n, calendar));

describe('dueMoment with the Vietnamese calendar', () => {
  it('counts from the receipt on a working date within office hours, at the same clock time', () => {
    // Monday 10/3/2025 09:15 + 3 working days → Thursday 13/3 09:15.
    expect(due('2025-03-10T09:15', 3)).toBe('2025-03-13T09:15');
    expect(due('2025-03-10T16:59', 1)).toBe('2025-03-11T16:59');
  });

  it('counts from opening when received before opening', () => {
    expect(due('2025-03-10T06:45', 2)).toBe('2025-03-12T07:30');
    expect(vnDateTime(countingStart(at('2025-03-10T06:45'), vn))).toBe('2025-03-10T07:30');
  });

  it('counts from the next working opening when received at or after closing', () => {
    expect(due('2025-03-10T17:00', 1)).toBe('2025-03-12T07:30');
    expect(due('2025-03-14T18:30', 1)).toBe('2025-03-18T07:30'); // Friday evening → Monday, +1 → Tuesday
  });

  it('counts from Monday opening when received on a weekend', () => {
    expect(due('2025-03-15T10:00', 1)).toBe('2025-03-18T07:30');
    expect(due('2025-03-16T23:59', 0)).toBe('2025-03-17T07:30');
  });

  it('with 0 working days the due moment is the start of counting', () => {
    expect(due('2025-03-10T09:15', 0)).toBe('2025-03-10T09:15');
  });

  it('Tết 2025: received Friday 24/1 16:00, 3 working days → Wednesday 5/2 16:00', () => {
    expect(due('2025-01-24T16:00', 3)).toBe('2025-02-05T16:00');
    expect(due('2025-01-24T16:00', 1)).toBe('2025-02-03T16:00');
  });

  it('Tết 2026: received Friday 13/2, nothing is worked until Monday 23/2', () => {
    expect(due('2026-02-13T10:00', 1)).toBe('2026-02-23T10:00');
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'])
      expect(isWorkingDate(d, vn)).toBe(false);
  });

  it('New Year 2026: 1/1 off, Friday 2/1 swapped with Saturday 10/1 (a working day)', () => {
    expect(due('2025-12-31T15:00', 1)).toBe('2026-01-05T15:00');
    expect(due('2025-12-31T15:00', 5)).toBe('2026-01-09T15:00');
    expect(due('2025-12-31T15:00', 6)).toBe('2026-01-10T15:00');
    expect(isWorkingDate('2026-01-10', vn)).toBe(true);
    expect(due('2026-01-10T08:00', 0)).toBe('2026-01-10T08:00');
  });

  it('30/4–1/5 2025: Friday 2/5 off, Saturday 26/4 worked', () => {
    expect(due('2025-04-29T09:00', 1)).toBe('2025-05-05T09:00');
    expect(due('2025-04-25T09:00', 1)).toBe('2025-04-26T09:00');
    expect(isWorkingDate('2025-05-02', vn)).toBe(false);
  });

  it('Giỗ Tổ 2026 on a Sunday: Monday 27/4 is its compensatory day', () => {
    expect(due('2026-04-24T09:00', 1)).toBe('2026-04-28T09:00');
    expect(isWorkingDate('2026-04-27', vn)).toBe(false);
  });

  it('a year without a notice uses the computed defaults (2033: 30/4 and 1/5 on a weekend)', () => {
    expect(due('2033-04-29T14:00', 1)).toBe('2033-05-04T14:00');
  });

  it('honours a unit’s own office hours and a Saturday desk', () => {
    const early = vietnamCalendar({ officeHours: { open: '07:00', close: '16:30' } });
    expect(due('2025-03-10T16:45', 1, early)).toBe('2025-03-12T07:00');
    const saturdays = vietnamCalendar({ workWeek: [1, 2, 3, 4, 5, 6] });
    expect(due('2025-03-14T10:00', 1, saturdays)).toBe('2025-03-15T10:00');
  });

  it('a calendar file with a make-up Saturday replaces holidays, notices and compensatory days', () => {
    const file = calendarFromLists({ daysOff: ['2025-03-11'], workingDays: ['2025-03-15'] });
    expect(due('2025-03-10T10:00', 1, file)).toBe('2025-03-12T10:00');
    expect(due('2025-03-14T10:00', 1, file)).toBe('2025-03-15T10:00');
    // Tết 2025 is not in this file: 29/1 is a plain Wednesday here.
    expect(isWorkingDate('2025-01-29', file)).toBe(true);
  });

  it('rejects a bad number of working days or an instant outside 1968–2100', () => {
    expect(() => dueMoment(at('2025-03-10T10:00'), -1, vn)).toThrow(CalendarError);
    expect(() => dueMoment(at('2025-03-10T10:00'), 1.5, vn)).toThrow(/số nguyên không âm/);
    expect(() => dueMoment(new Date(Number.NaN), 1, vn)).toThrow(CalendarError);
    expect(() => dueMoment(at('1960-01-01T10:00'), 1, vn)).toThrow(/ngoài phạm vi/);
    expect(() => dueMoment(at('2100-12-30T10:00'), 10, vn)).toThrow(/ngoài phạm vi/);
  });
});

describe('supplements and remaining days', () => {
  it('moves the due moment by the working dates after the request up to the completion', () => {
    const d = at('2025-03-20T09:15');
    expect(vnDateTime(extendForSupplement(d, at('2025-03-10T10:00'), at('2025-03-10T16:00'), vn))).toBe(
      '2025-03-20T09:15',
    );
    expect(vnDateTime(extendForSupplement(d, at('2025-03-10T10:00'), at('2025-03-12T08:00'), vn))).toBe(
      '2025-03-24T09:15',
    );
    // Requested Friday, completed Monday: only Monday counts.
    expect(vnDateTime(extendForSupplement(d, at('2025-03-14T10:00'), at('2025-03-17T08:00'), vn))).toBe(
      '2025-03-21T09:15',
    );
    expect(() => extendForSupplement(d, at('2025-03-14T10:00'), at('2025-03-13T08:00'), vn)).toThrow(
      CalendarError,
    );
  });

  it('counts remaining working dates: 0 on the due date, negative once it has passed', () => {
    const d = at('2025-03-18T09:00'); // Tuesday
    expect(remainingWorkingDays(at('2025-03-14T10:00'), d, vn)).toBe(2);
    expect(remainingWorkingDays(at('2025-03-18T16:00'), d, vn)).toBe(0);
    expect(remainingWorkingDays(at('2025-03-20T10:00'), d, vn)).toBe(-2);
  });

  it('addWorkingDays and workingDaysBetween are inverse', () => {
    expect(addWorkingDays('2025-01-24', 1, vn)).toBe('2025-02-03');
    expect(addWorkingDays('2025-01-25', 0, vn)).toBe('2025-01-25');
    expect(workingDaysBetween('2025-01-24', '2025-02-03', vn)).toBe(1);
    expect(workingDaysBetween('2025-02-03', '2025-01-24', vn)).toBe(-1);
    expect(() => addWorkingDays('2025-13-01', 1, vn)).toThrow(CalendarError);
  });
});

// --- properties, checked against a deliberately naive day-by-day implementation -----------------

const FROM = dayFromYmd(2024, 1, 1)!;
const TO = dayFromYmd(2027, 12, 31)!;

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const calendarArb = fc
  .record({
    off: fc.uniqueArray(fc.integer({ min: FROM, max: TO }), { maxLength: 80 }),
    on: fc.uniqueArray(fc.integer({ min: FROM, max: TO }), { maxLength: 30 }),
    workWeek: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
    open: fc.integer({ min: 0, max: 23 * 60 + 58 }),
    length: fc.integer({ min: 1, max: 24 * 60 }),
  })
  .map(({ off, on, workWeek, open, length }) =>
    calendarFromLists({
      daysOff: off.map(isoDate),
      workingDays: on.filter((d) => !off.includes(d)).map(isoDate),
      workWeek,
      officeHours: { open: clock(open), close: clock(Math.min(open + length, 23 * 60 + 59)) },
    }),
  );
const someCalendar = fc.oneof(fc.constant(vn), calendarArb);
const instantArb = fc
  .integer({ min: FROM * 1440, max: TO * 1440 })
  .map((m) => new Date(m * 60_000 - VN_OFFSET_MS));

function naiveDue(receivedAt: Date, n: number, calendar: WorkCalendar): Date {
  const off = new Set(calendar.daysOff);
  const on = new Set(calendar.workingDays);
  const working = (day: number) =>
    on.has(isoDate(day)) || (!off.has(isoDate(day)) && calendar.workWeek.includes(isoWeekday(day)));
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  const open = minutes(calendar.officeHours.open) * 60_000;
  const close = minutes(calendar.officeHours.close) * 60_000;
  const local = receivedAt.getTime() + VN_OFFSET_MS;
  let day = Math.floor(local / MS_PER_DAY);
  let time = local - day * MS_PER_DAY;
  if (working(day) && time < close) time = Math.max(time, open);
  else {
    do day++;
    while (!working(day));
    time = open;
  }
  for (let i = 0; i < n; i++) {
    do day++;
    while (!working(day));
  }
  return new Date(day * MS_PER_DAY + time - VN_OFFSET_MS);
}

describe('working-day properties', () => {
  it('dueMoment agrees with a naive day-by-day count', () => {
    fc.assert(
      fc.property(someCalendar, instantArb, fc.integer({ min: 0, max: 40 }), (calendar, received, n) => {
        expect(dueMoment(received, n, calendar).getTime()).toBe(naiveDue(received, n, calendar).getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('the due moment is on a working date, within office hours, N working dates after the start', () => {
    fc.assert(
      fc.property(someCalendar, instantArb, fc.integer({ min: 0, max: 60 }), (calendar, received, n) => {
        const d = dueMoment(received, n, calendar);
        const time = vnDateTime(d).slice(11);
        expect(isWorkingDate(vnDate(d), calendar)).toBe(true);
        expect(time >= calendar.officeHours.open && time < calendar.officeHours.close).toBe(true);
        expect(d.getTime()).toBeGreaterThanOrEqual(received.getTime());
        const start = countingStart(received, calendar);
        expect(workingDaysBetween(vnDate(start), vnDate(d), calendar)).toBe(n);
        expect(remainingWorkingDays(start, d, calendar)).toBe(n);
      }),
    );
  });

  it('is strictly increasing in N and non-decreasing in the receipt time', () => {
    fc.assert(
      fc.property(
        someCalendar,
        instantArb,
        instantArb,
        fc.integer({ min: 0, max: 60 }),
        (calendar, a, b, n) => {
          expect(dueMoment(a, n + 1, calendar).getTime()).toBeGreaterThan(
            dueMoment(a, n, calendar).getTime(),
          );
          const [early, late] = a <= b ? [a, b] : [b, a];
          expect(dueMoment(early, n, calendar).getTime()).toBeLessThanOrEqual(
            dueMoment(late, n, calendar).getTime(),
          );
        },
      ),
    );
  });

  it('a supplement never brings the due moment forward, and two pauses add up to one', () => {
    fc.assert(
      fc.property(
        someCalendar,
        instantArb,
        fc.array(instantArb, { minLength: 3, maxLength: 3 }),
        (calendar, received, pauses) => {
          const [r, m, c] = pauses.sort((x, y) => x.getTime() - y.getTime()) as [Date, Date, Date];
          const d = dueMoment(received, 10, calendar);
          const once = extendForSupplement(d, r, c, calendar);
          expect(once.getTime()).toBeGreaterThanOrEqual(d.getTime());
          const twice = extendForSupplement(extendForSupplement(d, r, m, calendar), m, c, calendar);
          expect(twice.getTime()).toBe(once.getTime());
          const k = workingDaysBetween(vnDate(r), vnDate(c), calendar);
          expect(vnDate(once)).toBe(addWorkingDays(vnDate(d), k, calendar));
          expect(vnDateTime(once).slice(11)).toBe(vnDateTime(d).slice(11));
        },
      ),
    );
  });

  it('addWorkingDays is additive and workingDaysBetween antisymmetric', () => {
    const dateArb = fc.integer({ min: FROM, max: TO }).map(isoDate);
    fc.assert(
      fc.property(someCalendar, dateArb, dateArb, fc.nat(50), fc.nat(50), (calendar, x, y, a, b) => {
        expect(addWorkingDays(addWorkingDays(x, a, calendar), b, calendar)).toBe(
          addWorkingDays(x, a + b, calendar),
        );
        expect(workingDaysBetween(x, y, calendar) + workingDaysBetween(y, x, calendar)).toBe(0);
        const target = addWorkingDays(x, a, calendar);
        expect(workingDaysBetween(x, target, calendar)).toBe(a);
        expect(parseIsoDate(target)! >= parseIsoDate(x)!).toBe(true);
      }),
    );
  });
});
