import {
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  type CalendarStatus,
  calendarStatus,
  compensatoryBasis,
  holidayBasis,
  holidaysOfYear,
  hungKingsDay,
  lunarNewYear,
  type NamedDay,
  noticeOf,
  proposedHolidaysOf,
} from '../calendar/index.ts';
import { weekdayNameVi } from '../calendar/weekday.ts';
import { formatDateVi } from '../lib/format.ts';
import { joinOptionValues } from './deadline.ts';
import { type Command, parseOptions, UsageError } from './run.ts';

export const calendarCommand: Command = {
  summary:
    'Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù của một năm (âm lịch Việt Nam UTC+7, thông báo chính thức)',
  usage: 'hailong calendar --year YYYY [--json]',
  async run(args) {
    const { values } = parseOptions(joinOptionValues(args, ['--year']), {
      year: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.year === undefined)
      throw new UsageError('thiếu --year: hailong calendar --year YYYY [--json]');
    const year = /^\d{4}$/.test(values.year) ? Number(values.year) : Number.NaN;
    if (!(year >= CALENDAR_FIRST_YEAR && year <= CALENDAR_LAST_YEAR)) {
      process.stderr.write(
        `Lỗi: --year: "${values.year}" không phải năm từ ${CALENDAR_FIRST_YEAR} đến ${CALENDAR_LAST_YEAR} [DATE_INVALID]\n`,
      );
      return 1;
    }
    const holidays = holidaysOfYear(year);
    const result = {
      year,
      lunarNewYear: lunarNewYear(year),
      hungKings: hungKingsDay(year),
      daysOff: holidays.daysOff,
      workingDays: holidays.workingDays,
      // Added after the fields above (never renamed): how far the year is verified, and its notices.
      status: calendarStatus(year),
      notices: (noticeOf(year)?.notices ?? []).map((n) => ({
        number: n.number ?? null,
        date: n.date ?? null,
        issuer: n.issuer,
        subject: n.subject,
      })),
    };
    process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : table(result));
    return 0;
  },
};

function row(day: NamedDay): string {
  return `  ${weekdayNameVi(day.date).padEnd(9)} ${formatDateVi(day.date)}  ${day.name}`;
}

/** What the status means, in the words an officer reads. */
export const STATUS_LABELS: Record<CalendarStatus, string> = {
  official:
    'theo thông báo chính thức (đã đối chiếu số văn bản, cơ quan ban hành và các ngày nghỉ với nguồn dẫn)',
  unverified: 'CHƯA XÁC MINH: ngày nghỉ theo nguồn báo chí, chưa đối chiếu được văn bản chính thức',
  computed:
    'TÍNH THEO LUẬT: Hài Lòng chưa có thông báo đã xác minh của năm này (không có nghĩa là năm này không có thông báo); Tết, ngày liền kề 2/9, hoán đổi và làm bù có thể khác',
};

const TITLE_MARKS: Record<CalendarStatus, string> = {
  official: '',
  unverified: ' (chưa xác minh)',
  computed: ' (tính theo luật, chưa có thông báo đã xác minh)',
};

function table(r: {
  year: number;
  lunarNewYear: string;
  hungKings: string;
  daysOff: NamedDay[];
  workingDays: NamedDay[];
  status: CalendarStatus;
}): string {
  const notice = noticeOf(r.year);
  const document = (n: { number?: string; date?: string; issuer: string }) =>
    `${n.number ? `văn bản số ${n.number}` : 'văn bản (chưa xác minh số)'}${n.date ? ` ngày ${formatDateVi(n.date)}` : ''} của ${n.issuer}`;
  const law = `${holidayBasis(r.year)}; nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần: ${compensatoryBasis(r.year)}`;
  const basis = notice ? `${notice.notices.map(document).join('; ')}; ${law}` : law;
  const lines = [
    `Lịch nghỉ năm ${r.year}${TITLE_MARKS[r.status]}`,
    `Tết Nguyên đán (mùng 1 tháng Giêng): ${weekdayNameVi(r.lunarNewYear)}, ${formatDateVi(r.lunarNewYear)}`,
    `Giỗ Tổ Hùng Vương (10/3 âm lịch):    ${weekdayNameVi(r.hungKings)}, ${formatDateVi(r.hungKings)}`,
    '',
    `Ngày nghỉ (${r.daysOff.length}):`,
    ...r.daysOff.map(row),
    '',
    r.workingDays.length > 0 ? `Ngày làm bù (${r.workingDays.length}):` : 'Ngày làm bù: không có',
    ...r.workingDays.map(row),
    '',
    `Trạng thái: ${STATUS_LABELS[r.status]}`,
    `Căn cứ: ${basis}`,
    ...proposedHolidaysOf(r.year).map(
      (p) =>
        `Chưa áp dụng: ${p.name} (${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}): ${p.note}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
