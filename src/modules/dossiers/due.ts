import { addWorkingHours, dueMoment, type WorkCalendar } from '../../calendar/index.ts';

/** A procedure's legal time: working days (most) or working hours (a few same-day procedures). */
export interface LegalTime {
  amount: number;
  unit: 'working_days' | 'working_hours';
}

/** A procedure row's stored limit as a LegalTime; an unknown unit is a data error, never read as days. */
export function legalTimeOf(amount: number, unit: string): LegalTime {
  if (unit !== 'working_days' && unit !== 'working_hours') {
    throw new Error(`unknown legal time unit "${unit}" (working_days or working_hours)`);
  }
  return { amount, unit };
}

/**
 * The due moment of a dossier: the calendar's due rule for working days, its working-hours rule
 * (counted inside office hours of working dates) for working hours — both in src/calendar.
 */
export function dueFor(receivedAt: Date, legal: LegalTime, calendar: WorkCalendar): Date {
  if (legal.unit === 'working_days') return dueMoment(receivedAt, legal.amount, calendar);
  return addWorkingHours(receivedAt, legal.amount, calendar);
}
