/**
 * Same-day procedures (e.g. chứng thực): the result is due the same working day, or the next
 * working day when the request comes in late.
 *
 * Legal basis: Nghị định 23/2015/NĐ-CP, Điều 7 (thời hạn thực hiện yêu cầu chứng thực): "ngay trong
 * ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu
 * sau 15 giờ", except the cases of Điều 21, 33 and 37 (longer limits: many or complex originals,
 * translators' signatures, contracts). So the cut-off is Điều 7, not Điều 21, which is an exception.
 * Thông tư 01/2020/TT-BTP, Điều 2: when the result is given the next working day, the officer writes
 * the hour and the date on an appointment slip. (Read in thuvienphapluat.vn and lawnet.vn.)
 *
 * The rule, exactly:
 * - received on a working date strictly before the cut-off (15:00 by default) → due at the closing
 *   time of that date;
 * - received at or after the cut-off, or on a date that is not a working date → due at the closing
 *   time of the next working date.
 * The cut-off must not be after the closing time, so the due moment is always after the receipt.
 */
import { VN_OFFSET_MS } from '../lib/time.ts';
import { isoDate, MS_PER_DAY, parseIsoDate } from './day-number.ts';
import { CalendarError } from './errors.ts';
import {
  CALENDAR_FIRST_DAY,
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_DAY,
  CALENDAR_LAST_YEAR,
  parseClock,
  type WorkCalendar,
} from './work-calendar.ts';
import { addWorkingDays, isWorkingDate } from './working-days.ts';

/** NĐ 23/2015/NĐ-CP, Điều 7: requests received after 15:00 are done the next working day. */
export const SAME_DAY_CUTOFF = '15:00';

export interface SameDayDue {
  /** The due moment: the closing time of the due date, Vietnam time. */
  due: Date;
  /** The due date "YYYY-MM-DD". */
  dueDate: string;
  /** Whether the receipt was on a working date before the cut-off (due the same day). */
  sameDay: boolean;
}

/** The due moment of a same-day procedure received at `receivedAt` (see the rule above). */
export function sameDayDue(
  receivedAt: Date,
  calendar: WorkCalendar,
  options: { cutoff?: string } = {},
): SameDayDue {
  const cutoff = options.cutoff ?? SAME_DAY_CUTOFF;
  const cutoffMinutes = parseClock(cutoff);
  if (cutoffMinutes === null)
    throw new CalendarError('CUTOFF_INVALID', `cutoff: "${cutoff}" không phải giờ dạng HH:MM`, 'cutoff');
  const closeMinutes = parseClock(calendar.officeHours.close);
  if (closeMinutes === null)
    throw new CalendarError('CALENDAR_INVALID', 'officeHours: giờ đóng cửa dạng HH:MM', 'officeHours');
  if (cutoffMinutes > closeMinutes)
    throw new CalendarError(
      'CUTOFF_INVALID',
      `cutoff: giờ tiếp nhận cuối ${cutoff} sau giờ đóng cửa ${calendar.officeHours.close}`,
      'cutoff',
    );
  const local = receivedAt.getTime() + VN_OFFSET_MS;
  if (!Number.isFinite(local))
    throw new CalendarError('DATE_INVALID', 'receivedAt: thời điểm không hợp lệ', 'receivedAt');
  const day = Math.floor(local / MS_PER_DAY);
  // The next working date must exist too, hence the last day is excluded.
  if (day < CALENDAR_FIRST_DAY || day >= CALENDAR_LAST_DAY)
    throw new CalendarError(
      'DATE_OUT_OF_RANGE',
      `receivedAt ngoài phạm vi lịch ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}`,
      'receivedAt',
    );
  const date = isoDate(day);
  const minutes = (local - day * MS_PER_DAY) / 60_000;
  const sameDay = isWorkingDate(date, calendar) && minutes < cutoffMinutes;
  let dueDate: string;
  try {
    dueDate = sameDay ? date : addWorkingDays(date, 1, calendar);
  } catch (error) {
    if (error instanceof CalendarError && error.code === 'DATE_OUT_OF_RANGE')
      throw new CalendarError('DATE_OUT_OF_RANGE', error.message, 'receivedAt');
    throw error;
  }
  const due = new Date((parseIsoDate(dueDate) as number) * MS_PER_DAY + closeMinutes * 60_000 - VN_OFFSET_MS);
  return { due, dueDate, sameDay };
}
