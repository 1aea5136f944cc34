/**
 * Procedures whose legal time is counted in working hours (a few same-day or few-hour procedures).
 *
 * The rule, exactly:
 * - counting starts where working days start (`countingStart`): at the receipt on a working date
 *   during office hours, at the opening time when received earlier that working date, and at the
 *   opening time of the next working date when received at or after closing time or on a day off;
 * - hours are then counted only inside office hours [open, close] of working dates, day after
 *   working date, so the due moment is always inside office hours of a working date (closing time
 *   included: hours that end exactly at closing time are due at closing time, not the next morning).
 */
import { VN_OFFSET_MS, vnDate } from '../lib/time.ts';
import { MS_PER_DAY, parseIsoDate } from './day-number.ts';
import { CalendarError } from './errors.ts';
import { parseClock, type WorkCalendar } from './work-calendar.ts';
import { addWorkingDays, countingStart } from './working-days.ts';

const MINUTE = 60_000;

/** The instant of `minutes` after midnight, Vietnam time, on `date` "YYYY-MM-DD". */
function atClock(date: string, minutes: number): Date {
  return new Date((parseIsoDate(date) as number) * MS_PER_DAY + minutes * MINUTE - VN_OFFSET_MS);
}

/** The due moment of a dossier received at `receivedAt` with a legal time of `hours` working hours. */
export function addWorkingHours(receivedAt: Date, hours: number, calendar: WorkCalendar): Date {
  if (!Number.isInteger(hours) || hours < 0)
    throw new CalendarError(
      'WORKING_HOURS_INVALID',
      `hours: cần một số nguyên không âm, nhận ${hours}`,
      'hours',
    );
  const open = parseClock(calendar.officeHours.open) as number;
  const close = parseClock(calendar.officeHours.close) as number;
  let cursor = countingStart(receivedAt, calendar);
  let left = hours * 60;
  for (;;) {
    const day = vnDate(cursor);
    const available = (atClock(day, close).getTime() - cursor.getTime()) / MINUTE;
    if (left <= available) return new Date(cursor.getTime() + left * MINUTE);
    left -= available;
    cursor = atClock(addWorkingDays(day, 1, calendar), open);
  }
}
