import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromVnDateTime, vnDate, vnDateTime } from '../lib/time.ts';
import { CalendarError } from './errors.ts';
import { sameDayDue } from './same-day.ts';
import { calendarFromLists, vietnamCalendar } from './work-calendar.ts';
import { isWorkingDate, workingDaysBetween } from './working-days.ts';

const vn = vietnamCalendar();
const due = (received: string, cutoff?: string) =>
  vnDateTime(sameDayDue(fromVnDateTime(received), vn, cutoff ? { cutoff } : {}).due);

describe('same-day procedures (NĐ 23/2015/NĐ-CP, Điều 7)', () => {
  it('before 15:00 on a working day: due at 17:00 the same day', () => {
    expect(due('2025-03-10T14:00')).toBe('2025-03-10T17:00'); // Monday
    expect(due('2025-03-10T06:30')).toBe('2025-03-10T17:00'); // before opening
    expect(due('2025-03-10T14:59')).toBe('2025-03-10T17:00');
  });

  it('at or after 15:00: due at 17:00 the next working day', () => {
    expect(due('2025-03-10T15:00')).toBe('2025-03-11T17:00');
    expect(due('2025-03-10T15:30')).toBe('2025-03-11T17:00'); // Monday → Tuesday
    expect(due('2025-03-14T16:00')).toBe('2025-03-17T17:00'); // Friday → Monday
    expect(due('2025-03-10T23:59')).toBe('2025-03-11T17:00');
  });

  it('on a day off: due the next working day, past holidays, counting a make-up Saturday', () => {
    expect(due('2025-03-15T09:00')).toBe('2025-03-17T17:00'); // Saturday → Monday
    expect(due('2024-02-07T16:00')).toBe('2024-02-15T17:00'); // Tết 2024 (8–14/2, 5015/TB-LĐTBXH)
    expect(due('2024-05-03T15:30')).toBe('2024-05-04T17:00'); // Saturday 4/5/2024 is worked (2450/VPCP-KGVX)
  });

  it('--cutoff moves the hour; a cut-off after closing time or not HH:MM is refused', () => {
    expect(due('2025-03-10T15:30', '16:00')).toBe('2025-03-10T17:00');
    expect(due('2025-03-10T11:00', '11:00')).toBe('2025-03-11T17:00');
    for (const cutoff of ['17:01', '25:00', '3pm']) {
      const error = (() => {
        try {
          sameDayDue(fromVnDateTime('2025-03-10T10:00'), vn, { cutoff });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(CalendarError);
      expect(error).toMatchObject({ code: 'CUTOFF_INVALID', field: 'cutoff' });
    }
  });

  it('closes at the calendar’s own closing time', () => {
    const early = calendarFromLists({ officeHours: { open: '07:00', close: '16:30' } });
    expect(vnDateTime(sameDayDue(fromVnDateTime('2025-03-10T14:00'), early).due)).toBe('2025-03-10T16:30');
  });

  it('property: due at closing time on a working date, the same date only before the cut-off, else the next working date', () => {
    const instants = fc
      .integer({ min: Date.UTC(2017, 0, 1), max: Date.UTC(2027, 11, 1) })
      .map((ms) => new Date(ms));
    const cutoffs = fc
      .tuple(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(instants, cutoffs, (received, cutoff) => {
        const { due: at, dueDate, sameDay } = sameDayDue(received, vn, { cutoff });
        const receivedDate = vnDate(received);
        const clock = vnDateTime(received).slice(11);
        expect(vnDateTime(at)).toBe(`${dueDate}T17:00`);
        expect(isWorkingDate(dueDate, vn)).toBe(true);
        expect(at.getTime()).toBeGreaterThan(received.getTime());
        expect(sameDay).toBe(isWorkingDate(receivedDate, vn) && clock < cutoff);
        // Same date, or the first working date after it: no working date is skipped.
        expect(workingDaysBetween(receivedDate, dueDate, vn)).toBe(sameDay ? 0 : 1);
        if (sameDay) expect(dueDate).toBe(receivedDate);
      }),
      { numRuns: 2000 },
    );
  });
});
