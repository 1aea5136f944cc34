import {
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  holidaysOfYear,
  hungKingsDay,
  lunarNewYear,
  type NamedDay,
  noticeOf,
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
    };
    process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : table(result));
    return 0;
  },
};

function row(day: NamedDay): string {
  return `  ${weekdayNameVi(day.date).padEnd(9)} ${formatDateVi(day.date)}  ${day.name}`;
}

function table(r: {
  year: number;
  lunarNewYear: string;
  hungKings: string;
  daysOff: NamedDay[];
  workingDays: NamedDay[];
}): string {
  const notice = noticeOf(r.year);
  const basis = notice
    ? notice.notices
        .map((n) => `văn bản số ${n.number} ngày ${formatDateVi(n.date)} của ${n.issuer}`)
        .join('; ')
    : 'Bộ luật Lao động 2019, Điều 112 (chưa có thông báo chính thức của năm này; ngày nghỉ bù tính theo quy tắc mặc định)';
  const lines = [
    `Lịch nghỉ năm ${r.year}`,
    `Tết Nguyên đán (mùng 1 tháng Giêng): ${weekdayNameVi(r.lunarNewYear)}, ${formatDateVi(r.lunarNewYear)}`,
    `Giỗ Tổ Hùng Vương (10/3 âm lịch):    ${weekdayNameVi(r.hungKings)}, ${formatDateVi(r.hungKings)}`,
    '',
    `Ngày nghỉ (${r.daysOff.length}):`,
    ...r.daysOff.map(row),
    '',
    r.workingDays.length > 0 ? `Ngày làm bù (${r.workingDays.length}):` : 'Ngày làm bù: không có',
    ...r.workingDays.map(row),
    '',
    `Căn cứ: ${basis}`,
  ];
  return `${lines.join('\n')}\n`;
}
