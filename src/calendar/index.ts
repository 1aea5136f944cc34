/**
 * Vietnamese working days and lunar calendar: the one place for calendar logic (pure, no I/O).
 */
export { parseCalendarFile } from './calendar-file.ts';
export { CalendarError, type CalendarErrorCode } from './errors.ts';
export {
  ADDED_HOLIDAYS,
  type AddedHoliday,
  compensatoryBasis,
  defaultHolidays,
  HOLIDAY_NAMES,
  holidayBasis,
  LABOUR_CODE_2019_FIRST_YEAR,
  type NamedDay,
  PROPOSED_HOLIDAYS,
  type ProposedHoliday,
  proposedHolidaysOf,
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
  type CalendarStatus,
  calendarStatus,
  checkNoticeFile,
  holidaysOfYear,
  NOTICE_STATUSES,
  type Notice,
  type NoticeDay,
  type NoticeFile,
  type NoticeStatus,
  noticeOf,
  noticeYears,
} from './notices.ts';
export { SAME_DAY_CUTOFF, type SameDayDue, sameDayDue } from './same-day.ts';
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
export { addWorkingHours } from './working-hours.ts';
