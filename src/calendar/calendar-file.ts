/**
 * A calendar given as a file, e.g. `hailong deadline --calendar lich.json`:
 *   { "daysOff": ["2025-01-01", …], "workingDays": ["2025-04-26", …] }
 * It replaces the built-in holidays, notices and compensatory rule entirely: Saturdays and Sundays
 * stay off unless listed in `workingDays`. Unknown keys are refused, so that a misspelt key
 * ("workingday") cannot silently drop make-up days.
 */
import { CalendarError } from './errors.ts';
import { type CalendarOptions, calendarFromLists, type WorkCalendar } from './work-calendar.ts';

const KEYS = new Set(['daysOff', 'workingDays']);

/** Parse and validate the text of a calendar file; throws CalendarError naming the field at fault. */
export function parseCalendarFile(text: string, options: CalendarOptions = {}): WorkCalendar {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CalendarError('CALENDAR_INVALID', `tệp không phải JSON hợp lệ (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new CalendarError(
      'CALENDAR_INVALID',
      'tệp phải là một đối tượng JSON {"daysOff": [...], "workingDays": [...]}',
    );
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter((k) => !KEYS.has(k));
  if (unknown.length > 0)
    throw new CalendarError(
      'CALENDAR_INVALID',
      `${unknown[0]}: khoá không được hỗ trợ (chỉ có daysOff và workingDays)`,
      unknown[0],
    );
  return calendarFromLists({
    ...options,
    daysOff: (record.daysOff ?? []) as string[],
    workingDays: (record.workingDays ?? []) as string[],
  });
}
