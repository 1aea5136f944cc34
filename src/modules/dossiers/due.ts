import {
  addWorkingDays,
  countingStart,
  dueMoment,
  isWorkingDate,
  type WorkCalendar,
} from '../../calendar/index.ts';
import { VN_OFFSET_MS, vnDate } from '../../lib/time.ts';

/** A procedure's legal time: working days (most) or working hours (a few same-day procedures). */
export interface LegalTime {
  amount: number;
  unit: 'working_days' | 'working_hours';
}

const MINUTE = 60_000;

function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

function atClock(date: string, minutes: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE - VN_OFFSET_MS);
}

/**
 * The due moment of a dossier. Working days follow the calendar's due rule (src/calendar); working
 * hours are counted inside office hours from the counting start, day after working day.
 */
export function dueFor(receivedAt: Date, legal: LegalTime, calendar: WorkCalendar): Date {
  if (legal.unit === 'working_days') return dueMoment(receivedAt, legal.amount, calendar);
  const open = clockMinutes(calendar.officeHours.open);
  const close = clockMinutes(calendar.officeHours.close);
  let cursor = countingStart(receivedAt, calendar);
  let left = legal.amount * 60;
  for (;;) {
    const day = vnDate(cursor);
    const endOfDay = atClock(day, close);
    const available = Math.max(0, (endOfDay.getTime() - cursor.getTime()) / MINUTE);
    if (left <= available) return new Date(cursor.getTime() + left * MINUTE);
    left -= available;
    let next = addWorkingDays(day, 1, calendar);
    while (!isWorkingDate(next, calendar)) next = addWorkingDays(next, 1, calendar);
    cursor = atClock(next, open);
  }
}
