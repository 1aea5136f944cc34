/**
 * A working calendar as plain data: which dates are off, which weekend dates are worked, the
 * working week and the office hours. Plain data so that it can be stored, compared and versioned;
 * `calendarVersion` names a calendar by the sha256 of its canonical JSON, so a dossier can record
 * exactly which calendar computed its due date.
 *
 * Treat a calendar as immutable: the engine compiles each calendar object once and caches the
 * result by object identity, so keep one object per version (e.g. a map from version to calendar)
 * rather than rebuilding it from JSON for every computation.
 */
import { createHash } from 'node:crypto';
import { dayFromYmd, parseIsoDate } from './day-number.ts';
import { CalendarError } from './errors.ts';
import { holidaysOfYear, type NoticeFile } from './notices.ts';

export interface OfficeHours {
  /** Opening time "HH:MM", Vietnam time. */
  open: string;
  /** Closing time "HH:MM", Vietnam time; a dossier received at or after it counts from the next working date. */
  close: string;
}

export interface WorkCalendar {
  /** ISO weekdays worked when not listed as days off: 1 = Monday … 7 = Sunday. */
  readonly workWeek: readonly number[];
  readonly officeHours: Readonly<OfficeHours>;
  /** Dates "YYYY-MM-DD" that are not worked: holidays, compensatory and swapped days (weekend ones too). */
  readonly daysOff: readonly string[];
  /** Dates "YYYY-MM-DD" outside the working week that are worked (make-up Saturdays…). */
  readonly workingDays: readonly string[];
}

/** The years a calendar covers: Vietnam has used UTC+7 for its lunar calendar since 1968. */
export const CALENDAR_FIRST_YEAR = 1968;
export const CALENDAR_LAST_YEAR = 2100;
export const CALENDAR_FIRST_DAY = dayFromYmd(CALENDAR_FIRST_YEAR, 1, 1) as number;
export const CALENDAR_LAST_DAY = dayFromYmd(CALENDAR_LAST_YEAR, 12, 31) as number;

export const DEFAULT_OFFICE_HOURS: Readonly<OfficeHours> = Object.freeze({ open: '07:30', close: '17:00' });
/** Monday to Friday. Saturday desks exist in some provinces; whether they count is unsure, so: off. */
export const DEFAULT_WORK_WEEK: readonly number[] = Object.freeze([1, 2, 3, 4, 5]);

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "07:30" → minutes after midnight, or null. */
export function parseClock(value: string): number | null {
  const match = CLOCK.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

function checkDates(dates: unknown, field: string): string[] {
  if (!Array.isArray(dates))
    throw new CalendarError('CALENDAR_INVALID', `${field}: phải là một mảng ngày`, field);
  dates.forEach((date, i) => {
    const day = typeof date === 'string' ? parseIsoDate(date) : null;
    if (day === null)
      throw new CalendarError(
        'DATE_INVALID',
        `${field}[${i}]: "${String(date)}" không phải ngày hợp lệ dạng YYYY-MM-DD`,
        `${field}[${i}]`,
      );
    if (day < CALENDAR_FIRST_DAY || day > CALENDAR_LAST_DAY)
      throw new CalendarError(
        'DATE_OUT_OF_RANGE',
        `${field}[${i}]: ${date} ngoài phạm vi lịch ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}`,
        `${field}[${i}]`,
      );
  });
  return [...new Set(dates as string[])].sort();
}

/** Validate a calendar and return it normalised (sorted, without duplicates) and frozen. */
export function normaliseCalendar(calendar: WorkCalendar): WorkCalendar {
  const { workWeek, officeHours } = calendar;
  if (
    !Array.isArray(workWeek) ||
    workWeek.length === 0 ||
    !workWeek.every((d) => Number.isInteger(d) && d >= 1 && d <= 7)
  )
    throw new CalendarError(
      'CALENDAR_INVALID',
      'workWeek: cần các thứ trong tuần từ 1 (thứ Hai) đến 7',
      'workWeek',
    );
  const open = parseClock(officeHours?.open);
  const close = parseClock(officeHours?.close);
  if (open === null || close === null || open >= close)
    throw new CalendarError(
      'CALENDAR_INVALID',
      'officeHours: giờ mở cửa và đóng cửa dạng HH:MM, giờ mở cửa trước giờ đóng cửa',
      'officeHours',
    );
  const daysOff = checkDates(calendar.daysOff, 'daysOff');
  const workingDays = checkDates(calendar.workingDays, 'workingDays');
  const off = new Set(daysOff);
  const both = workingDays.find((d) => off.has(d));
  if (both)
    throw new CalendarError(
      'CALENDAR_INVALID',
      `workingDays: ${both} vừa là ngày nghỉ vừa là ngày làm bù`,
      'workingDays',
    );
  return Object.freeze({
    workWeek: Object.freeze([...new Set(workWeek)].sort((a, b) => a - b)),
    officeHours: Object.freeze({ open: officeHours.open, close: officeHours.close }),
    daysOff: Object.freeze(daysOff),
    workingDays: Object.freeze(workingDays),
  });
}

export interface CalendarOptions {
  officeHours?: OfficeHours;
  workWeek?: readonly number[];
  /** Notices an admin entered, by year; they replace the shipped file of their year. */
  notices?: ReadonlyMap<number, NoticeFile>;
}

/** A calendar from explicit lists (a unit's own calendar, a test, the CLI's --calendar file). */
export function calendarFromLists(
  lists: { daysOff?: readonly string[]; workingDays?: readonly string[] } & CalendarOptions,
): WorkCalendar {
  return normaliseCalendar({
    workWeek: lists.workWeek ?? DEFAULT_WORK_WEEK,
    officeHours: lists.officeHours ?? DEFAULT_OFFICE_HOURS,
    daysOff: lists.daysOff ?? [],
    workingDays: lists.workingDays ?? [],
  });
}

let defaultCalendar: WorkCalendar | undefined;

/**
 * Vietnam's calendar for 1968–2100: each year's official notice when one is shipped, else the
 * statutory holidays with their compensatory days. Office hours and working week per unit.
 */
export function vietnamCalendar(options: CalendarOptions = {}): WorkCalendar {
  const isDefault = !options.officeHours && !options.workWeek && !options.notices?.size;
  if (isDefault && defaultCalendar) return defaultCalendar;
  const daysOff: string[] = [];
  const workingDays: string[] = [];
  for (let year = CALENDAR_FIRST_YEAR; year <= CALENDAR_LAST_YEAR; year++) {
    const holidays = holidaysOfYear(year, options.notices?.get(year));
    for (const d of holidays.daysOff) daysOff.push(d.date);
    for (const d of holidays.workingDays) workingDays.push(d.date);
  }
  const calendar = calendarFromLists({
    officeHours: options.officeHours,
    workWeek: options.workWeek,
    daysOff,
    workingDays,
  });
  if (isDefault) defaultCalendar = calendar;
  return calendar;
}

/** The canonical JSON of a calendar: fixed key order, sorted lists, a format tag. */
export function canonicalCalendarJson(calendar: WorkCalendar): string {
  const c = normaliseCalendar(calendar);
  return JSON.stringify({
    format: 'hailong-work-calendar/1',
    daysOff: c.daysOff,
    officeHours: { close: c.officeHours.close, open: c.officeHours.open },
    workWeek: c.workWeek,
    workingDays: c.workingDays,
  });
}

const versions = new WeakMap<WorkCalendar, string>();

/** A stable id of the calendar's content: "sha256:<hex>"; equal calendars have equal ids. */
export function calendarVersion(calendar: WorkCalendar): string {
  let version = versions.get(calendar);
  if (!version) {
    version = `sha256:${createHash('sha256').update(canonicalCalendarJson(calendar)).digest('hex')}`;
    versions.set(calendar, version);
  }
  return version;
}
