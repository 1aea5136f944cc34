/**
 * Vietnamese working days and lunar calendar: the one place for calendar logic (pure, no I/O).
 */
export { parseCalendarFile } from './calendar-file.ts';
export { CalendarError, type CalendarErrorCode } from './errors.ts';
export {
  defaultHolidays,
  HOLIDAY_NAMES,
  type NamedDay,
  statutoryHolidays,
  type YearHolidays,
} from './holidays.ts';
export {
  hungKingsDay,
  type LunarDate,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
} from './lunar.ts';
export {
  checkNoticeFile,
  holidaysOfYear,
  type Notice,
  type NoticeFile,
  noticeOf,
  noticeYears,
} from './notices.ts';
export {
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  type CalendarOptions,
  calendarFromLists,
  calendarVersion,
  DEFAULT_OFFICE_HOURS,
  DEFAULT_WORK_WEEK,
  type OfficeHours,
  vietnamCalendar,
  type WorkCalendar,
} from './work-calendar.ts';
export {
  addWorkingDays,
  countingStart,
  dueMoment,
  extendForSupplement,
  isWorkingDate,
  remainingWorkingDays,
  workingDaysBetween,
} from './working-days.ts';
