import {
  addWorkingHours,
  dueMoment,
  SAME_DAY_CUTOFF,
  sameDayDue,
  type WorkCalendar,
} from '../../calendar/index.ts';

/**
 * A procedure's legal time: working days (most), working hours, or the same working day (chứng thực,
 * NĐ 23/2015/NĐ-CP Điều 7: the next working day when received at or after the cut-off, 15:00).
 */
export interface LegalTime {
  amount: number;
  unit: 'working_days' | 'working_hours' | 'same_day';
  /** same_day only: the cut-off "HH:MM" (default 15:00). */
  cutoff?: string;
}

/** A procedure row's stored limit as a LegalTime; an unknown unit is a data error, never read as days. */
export function legalTimeOf(amount: number, unit: string, cutoff?: string | null): LegalTime {
  if (unit === 'same_day') return { amount: 0, unit, cutoff: cutoff ?? SAME_DAY_CUTOFF };
  if (unit !== 'working_days' && unit !== 'working_hours') {
    throw new Error(`unknown legal time unit "${unit}" (working_days, working_hours or same_day)`);
  }
  return { amount, unit };
}

/**
 * The due moment of a dossier: the calendar's due rule for working days, its working-hours rule
 * (counted inside office hours of working dates) for working hours, and for a same-day procedure
 * the closing time of the reception's working date, or of the next one when received at or after
 * the cut-off or on a day off (`sameDayDue`) — all in src/calendar.
 */
export function dueFor(receivedAt: Date, legal: LegalTime, calendar: WorkCalendar): Date {
  if (legal.unit === 'same_day') return sameDayDue(receivedAt, calendar, { cutoff: legal.cutoff }).due;
  if (legal.unit === 'working_days') return dueMoment(receivedAt, legal.amount, calendar);
  return addWorkingHours(receivedAt, legal.amount, calendar);
}
