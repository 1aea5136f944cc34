/**
 * Working dates and due moments. A calendar is compiled once into flat arrays over 1968–2100
 * (is-working flag, running count, list of working dates), so every question below is a few array
 * reads: no loops over days, no Intl, no time-zone lookups (Vietnam is fixed UTC+7).
 *
 * The due rule (docs/decisions/0002-calendar.md):
 * - counting starts at the receipt when it is on a working date before closing time (at opening
 *   when received before opening); otherwise at the opening of the next working date;
 * - the due moment is the same clock time on the N-th working date after the start date;
 * - a supplement request pauses the clock: on completion the due moment moves forward by the
 *   number of working dates from the day after the request to the completion date inclusive.
 */
import { VN_OFFSET_MS } from '../lib/time.ts';
import { isoDate, isoWeekday, MS_PER_DAY, parseIsoDate } from './day-number.ts';
import { CalendarError } from './errors.ts';
import {
  CALENDAR_FIRST_DAY,
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_DAY,
  CALENDAR_LAST_YEAR,
  normaliseCalendar,
  parseClock,
  type WorkCalendar,
} from './work-calendar.ts';

interface Compiled {
  /** 1 when the day (index from CALENDAR_FIRST_DAY) is a working date. */
  working: Uint8Array;
  /** before[i] = number of working dates with index < i (length days + 1). */
  before: Int32Array;
  /** The indexes of the working dates, in order. */
  dates: Int32Array;
  openMs: number;
  closeMs: number;
}

const DAYS = CALENDAR_LAST_DAY - CALENDAR_FIRST_DAY + 1;
const compiledCalendars = new WeakMap<WorkCalendar, Compiled>();

function compile(calendar: WorkCalendar): Compiled {
  const cached = compiledCalendars.get(calendar);
  if (cached) return cached;
  const c = normaliseCalendar(calendar);
  const working = new Uint8Array(DAYS);
  const inWeek = new Array<boolean>(8).fill(false);
  for (const d of c.workWeek) inWeek[d] = true;
  for (let i = 0; i < DAYS; i++) working[i] = inWeek[isoWeekday(CALENDAR_FIRST_DAY + i)] ? 1 : 0;
  for (const date of c.daysOff) working[(parseIsoDate(date) as number) - CALENDAR_FIRST_DAY] = 0;
  for (const date of c.workingDays) working[(parseIsoDate(date) as number) - CALENDAR_FIRST_DAY] = 1;
  const before = new Int32Array(DAYS + 1);
  let count = 0;
  for (let i = 0; i < DAYS; i++) {
    before[i] = count;
    count += working[i]!;
  }
  before[DAYS] = count;
  const dates = new Int32Array(count);
  for (let i = 0, k = 0; i < DAYS; i++) if (working[i]) dates[k++] = i;
  const compiled: Compiled = {
    working,
    before,
    dates,
    openMs: (parseClock(c.officeHours.open) as number) * 60_000,
    closeMs: (parseClock(c.officeHours.close) as number) * 60_000,
  };
  compiledCalendars.set(calendar, compiled);
  return compiled;
}

function outOfRange(field: string, what = field): CalendarError {
  return new CalendarError(
    'DATE_OUT_OF_RANGE',
    `${what} ngoài phạm vi lịch ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}`,
    field,
  );
}

/** "YYYY-MM-DD" → index into the compiled arrays. */
function indexOfDate(date: string, field: string): number {
  const day = parseIsoDate(date);
  if (day === null)
    throw new CalendarError('DATE_INVALID', `${field}: "${date}" không phải ngày dạng YYYY-MM-DD`, field);
  if (day < CALENDAR_FIRST_DAY || day > CALENDAR_LAST_DAY) throw outOfRange(field, `${field}: ${date}`);
  return day - CALENDAR_FIRST_DAY;
}

/** Vietnam-time index of an instant and its time of day in ms. */
function localIndex(instant: Date, field: string): [number, number] {
  const local = instant.getTime() + VN_OFFSET_MS;
  if (!Number.isFinite(local))
    throw new CalendarError('DATE_INVALID', `${field}: thời điểm không hợp lệ`, field);
  const day = Math.floor(local / MS_PER_DAY);
  if (day < CALENDAR_FIRST_DAY || day > CALENDAR_LAST_DAY) throw outOfRange(field);
  return [day - CALENDAR_FIRST_DAY, local - day * MS_PER_DAY];
}

function checkCount(n: number, field: string): void {
  if (!Number.isInteger(n) || n < 0)
    throw new CalendarError('WORKING_DAYS_INVALID', `${field}: cần một số nguyên không âm, nhận ${n}`, field);
}

/** Index of the n-th working date strictly after index i (n ≥ 1). */
function nthAfter(c: Compiled, i: number, n: number): number {
  const index = c.dates[c.before[i + 1]! + n - 1];
  if (index === undefined) throw outOfRange('workingDays', 'Ngày làm việc cần tìm');
  return index;
}

function instantAt(index: number, clockMs: number): Date {
  return new Date((CALENDAR_FIRST_DAY + index) * MS_PER_DAY + clockMs - VN_OFFSET_MS);
}

/** Whether a date "YYYY-MM-DD" is a working date of the calendar. */
export function isWorkingDate(date: string, calendar: WorkCalendar): boolean {
  return compile(calendar).working[indexOfDate(date, 'date')] === 1;
}

/** The n-th working date after `date` (n = 0 gives `date` itself, working or not). */
export function addWorkingDays(date: string, n: number, calendar: WorkCalendar): string {
  checkCount(n, 'n');
  const i = indexOfDate(date, 'date');
  return n === 0 ? date : isoDate(CALENDAR_FIRST_DAY + nthAfter(compile(calendar), i, n));
}

/**
 * The number of working dates d with from < d ≤ to; negative (minus the count of to < d ≤ from)
 * when `to` is before `from`. So addWorkingDays(from, workingDaysBetween(from, to)) = to for a
 * working date `to` after `from`.
 */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar): number {
  const c = compile(calendar);
  const a = indexOfDate(from, 'from');
  const b = indexOfDate(to, 'to');
  return c.before[b + 1]! - c.before[a + 1]!;
}

/** When counting starts for a dossier received at `receivedAt` (see the due rule above). */
export function countingStart(receivedAt: Date, calendar: WorkCalendar): Date {
  const c = compile(calendar);
  const [i, clock] = localIndex(receivedAt, 'receivedAt');
  if (c.working[i] && clock < c.closeMs) return instantAt(i, Math.max(clock, c.openMs));
  return instantAt(nthAfter(c, i, 1), c.openMs);
}

/** The due moment of a dossier received at `receivedAt` with a legal time of `workingDays` working days. */
export function dueMoment(receivedAt: Date, workingDays: number, calendar: WorkCalendar): Date {
  checkCount(workingDays, 'workingDays');
  const c = compile(calendar);
  const [i, clock] = localIndex(receivedAt, 'receivedAt');
  let start: number;
  let startClock: number;
  if (c.working[i] === 1 && clock < c.closeMs) {
    start = i;
    startClock = Math.max(clock, c.openMs);
  } else {
    start = nthAfter(c, i, 1);
    startClock = c.openMs;
  }
  // `start` is a working date, so its rank is before[start] and the N-th after it is dates[rank + N].
  const due = workingDays === 0 ? start : c.dates[c.before[start]! + workingDays];
  if (due === undefined) throw outOfRange('workingDays', 'Ngày đến hạn');
  return instantAt(due, startClock);
}

/**
 * The due moment after a supplement: moved forward by the working dates from the day after the
 * request to the completion date inclusive (unchanged when completed on the day of the request).
 */
export function extendForSupplement(
  due: Date,
  requestedAt: Date,
  completedAt: Date,
  calendar: WorkCalendar,
): Date {
  const c = compile(calendar);
  const [requested] = localIndex(requestedAt, 'requestedAt');
  const [completed] = localIndex(completedAt, 'completedAt');
  if (completed < requested)
    throw new CalendarError(
      'DATE_INVALID',
      'completedAt: ngày hoàn thành bổ sung trước ngày yêu cầu bổ sung',
      'completedAt',
    );
  const paused = c.before[completed + 1]! - c.before[requested + 1]!;
  const [dueIndex, dueClock] = localIndex(due, 'due');
  if (paused === 0) return new Date(due.getTime());
  return instantAt(nthAfter(c, dueIndex, paused), dueClock);
}

/**
 * Working dates left until the due date: those after today up to the due date inclusive.
 * 0 when due today, negative when the due date has passed (minus the working dates since).
 */
export function remainingWorkingDays(now: Date, due: Date, calendar: WorkCalendar): number {
  const c = compile(calendar);
  const [today] = localIndex(now, 'now');
  const [dueIndex] = localIndex(due, 'due');
  return c.before[dueIndex + 1]! - c.before[today + 1]!;
}
