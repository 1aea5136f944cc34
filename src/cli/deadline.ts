import { readFileSync } from 'node:fs';
import {
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  CalendarError,
  calendarVersion,
  countingStart,
  dueMoment,
  parseCalendarFile,
  SAME_DAY_CUTOFF,
  sameDayDue,
  vietnamCalendar,
  type WorkCalendar,
} from '../calendar/index.ts';
import { weekdayNameVi } from '../calendar/weekday.ts';
import { decodeUtf8 } from '../lib/csv.ts';
import { instantProblem, parseInstant } from '../lib/dates.ts';
import { formatDateVi } from '../lib/format.ts';
import { vnDate, vnDateTime } from '../lib/time.ts';
import { type Command, parseOptions, UsageError } from './run.ts';

const VALUE_OPTIONS = ['--received', '--working-days', '--calendar', '--cutoff'];
const RECEIVED = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * `--working-days -1` would be a usage error for node:util parseArgs (a value that looks like a
 * flag); for options that always take a value, glue the next word on (`--working-days=-1`) so that
 * a negative number is reported as bad data, naming the flag, like any other bad value.
 */
export function joinOptionValues(args: string[], names: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (names.includes(arg) && next?.startsWith('-') && next !== '--') {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** "16:00 Thứ Tư, 05/02/2025". */
function moment(instant: Date): string {
  const date = vnDate(instant);
  return `${vnDateTime(instant).slice(11)} ${weekdayNameVi(date)}, ${formatDateVi(date)}`;
}

/** Bad data (not bad usage): a Vietnamese message naming the flag, exit status 1, nothing on stdout. */
function fail(field: string, message: string, code: string): number {
  process.stderr.write(`Lỗi: ${field}: ${message} [${code}]\n`);
  return 1;
}

export const deadlineCommand: Command = {
  summary: 'Tính hạn giải quyết hồ sơ theo ngày làm việc (giờ Việt Nam); in YYYY-MM-DDTHH:MM ở dòng đầu',
  usage:
    'hailong deadline --received YYYY-MM-DDTHH:MM (--working-days N | --same-day [--cutoff HH:MM]) [--calendar FILE.json]',
  async run(args) {
    const { values } = parseOptions(joinOptionValues(args, VALUE_OPTIONS), {
      received: { type: 'string' },
      'working-days': { type: 'string' },
      'same-day': { type: 'boolean' },
      cutoff: { type: 'string' },
      calendar: { type: 'string' },
    });
    const received = values.received;
    const days = values['working-days'];
    const sameDay = values['same-day'] === true;
    if (received === undefined || (days === undefined && !sameDay))
      throw new UsageError(
        `thiếu ${received === undefined ? '--received' : '--working-days hoặc --same-day'}: ${this.usage}`,
      );
    if (days !== undefined && sameDay)
      throw new UsageError(`--working-days và --same-day không dùng cùng nhau: ${this.usage}`);
    if (values.cutoff !== undefined && !sameDay)
      throw new UsageError(`--cutoff chỉ dùng với --same-day: ${this.usage}`);

    // The one strict reader (src/lib/dates.ts): 2025-02-30 or 25:61 is refused, never rolled over.
    const problem = RECEIVED.test(received)
      ? instantProblem(received, { min: 0, max: 9999 }) // the calendar's own range is checked below
      : 'cần dạng YYYY-MM-DDTHH:MM';
    if (problem)
      return fail(
        '--received',
        `"${received}" không phải thời điểm hợp lệ dạng YYYY-MM-DDTHH:MM (${problem})`,
        'DATE_INVALID',
      );
    const receivedAt = parseInstant(received);
    const cutoff = values.cutoff ?? SAME_DAY_CUTOFF;
    if (sameDay && !CLOCK.test(cutoff))
      return fail('--cutoff', `"${cutoff}" không phải giờ dạng HH:MM`, 'CUTOFF_INVALID');
    if (days !== undefined && (!/^\d+$/.test(days) || !Number.isSafeInteger(Number(days))))
      return fail('--working-days', `"${days}" không phải số nguyên không âm`, 'WORKING_DAYS_INVALID');
    const workingDays = Number(days);

    let calendar: WorkCalendar;
    let source: string;
    if (values.calendar !== undefined) {
      const file = values.calendar;
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        return fail(
          '--calendar',
          `không đọc được tệp ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
          'CALENDAR_INVALID',
        );
      }
      const text = decodeUtf8(bytes);
      if (text === null) return fail('--calendar', `tệp ${file} không phải UTF-8`, 'CALENDAR_INVALID');
      try {
        calendar = parseCalendarFile(text);
      } catch (error) {
        if (error instanceof CalendarError)
          return fail('--calendar', `tệp ${file}: ${error.message}`, error.code);
        throw error;
      }
      source = `tệp ${file}`;
    } else {
      calendar = vietnamCalendar();
      source =
        'mặc định (ngày lễ theo Bộ luật Lao động, nghỉ bù theo Điều 111 khoản 3 BLLĐ 2019, thông báo trong data/holidays)';
    }

    if (sameDay) {
      let result: ReturnType<typeof sameDayDue>;
      try {
        result = sameDayDue(receivedAt, calendar, { cutoff });
      } catch (error) {
        if (error instanceof CalendarError && error.code === 'DATE_OUT_OF_RANGE')
          return fail(
            '--received',
            `"${received}" ngoài phạm vi lịch ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}`,
            error.code,
          );
        if (error instanceof CalendarError && error.code === 'CUTOFF_INVALID')
          return fail('--cutoff', error.message.replace(/^cutoff: /, ''), error.code);
        throw error;
      }
      const lines = [
        vnDateTime(result.due),
        `Hạn trả kết quả: ${moment(result.due)}`,
        result.sameDay
          ? `Tiếp nhận trước ${cutoff} của ngày làm việc: trả trong ngày, trước giờ đóng cửa ${calendar.officeHours.close}`
          : `Tiếp nhận từ ${cutoff} hoặc vào ngày nghỉ: trả trong ngày làm việc tiếp theo, trước giờ đóng cửa ${calendar.officeHours.close}`,
        'Căn cứ: Nghị định 23/2015/NĐ-CP, Điều 7 (thủ tục trả trong ngày; sau 15 giờ thì trả trong ngày làm việc tiếp theo)',
        `Lịch: ${source}; phiên bản ${calendarVersion(calendar)}`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    }

    let due: Date;
    let start: Date;
    try {
      start = countingStart(receivedAt, calendar);
      due = dueMoment(receivedAt, workingDays, calendar);
    } catch (error) {
      if (error instanceof CalendarError && error.code === 'DATE_OUT_OF_RANGE') {
        const range = `${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}`;
        return error.field === 'receivedAt'
          ? fail('--received', `"${received}" ngoài phạm vi lịch ${range}`, error.code)
          : fail(
              '--working-days',
              `hạn sau ${days} ngày làm việc vượt ra ngoài phạm vi lịch ${range}`,
              error.code,
            );
      }
      throw error;
    }
    const { open, close } = calendar.officeHours;
    const lines = [
      vnDateTime(due),
      `Hạn giải quyết: ${moment(due)}`,
      `Bắt đầu tính: ${moment(start)}; thời hạn ${workingDays} ngày làm việc; giờ làm việc ${open}–${close}`,
      `Lịch: ${source}; phiên bản ${calendarVersion(calendar)}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
