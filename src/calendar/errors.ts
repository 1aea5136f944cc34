/**
 * Errors of the calendar: a stable English code for programs, a Vietnamese message for people,
 * and the field at fault when there is one (a CLI flag, a key of a calendar file…).
 */
export type CalendarErrorCode =
  /** Not a real date or time, or not in the expected format. */
  | 'DATE_INVALID'
  /** A real date, but outside the years the calendar covers. */
  | 'DATE_OUT_OF_RANGE'
  /** A number of working days that is not a non-negative integer. */
  | 'WORKING_DAYS_INVALID'
  /** A number of working hours that is not a non-negative integer. */
  | 'WORKING_HOURS_INVALID'
  /** A calendar (object or file) that does not have the expected shape. */
  | 'CALENDAR_INVALID'
  /** A lunar date that does not exist (e.g. day 30 of a 29-day month, a leap month that is not). */
  | 'LUNAR_DATE_INVALID'
  /** A same-day cut-off hour that is not HH:MM or falls after the closing time. */
  | 'CUTOFF_INVALID';

export class CalendarError extends Error {
  readonly code: CalendarErrorCode;
  readonly field: string | undefined;
  constructor(code: CalendarErrorCode, message: string, field?: string) {
    super(message);
    this.code = code;
    this.field = field;
    this.name = 'CalendarError';
  }
}
