import { addWorkingHours, dueMoment, type WorkCalendar } from '../../calendar/index.ts';

/** A procedure's legal time: working days (most) or working hours (a few same-day procedures). */
export interface LegalTime {
  amount: number;
  unit: 'working_days' | 'working_hours';
}

/**
 * The due moment of a dossier: the calendar's due rule for working days, its working-hours rule
 * (counted inside office hours of working dates) for working hours — both in src/calendar.
 */
export function dueFor(receivedAt: Date, legal: LegalTime, calendar: WorkCalendar): Date {
  if (legal.unit === 'working_days') return dueMoment(receivedAt, legal.amount, calendar);
  return addWorkingHours(receivedAt, legal.amount, calendar);
}
