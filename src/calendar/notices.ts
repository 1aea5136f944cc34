/**
 * Official notices about the days off of a year (the Government's yearly decision on Tết, 2/9 and
 * swapped working days), kept as data in data/holidays/YYYY.json.
 *
 * Override rule: when a year has a file, its `daysOff` and `workingDays` ARE the year's lists; the
 * computed defaults of that year (holidays.ts) are not used at all, so the file lists every day off
 * of the year, the statutory ones a notice did not touch included (their `basis` says so).
 * Years without a file use the defaults.
 *
 * Each file says how far it is verified (`status`):
 * - "official": every notice's number and issuer and the days it set were read in an official
 *   or well-known legal or news source, cited in `sources` (its date too when a source gives it: a
 *   notice whose day of issue no source states keeps no `date` and says so in its subject);
 * - "unverified": the days off are reported by such a source but the notice itself (its number or
 *   date, or part of the arrangement) could not be checked; shown as "chưa xác minh", never as official.
 * A year without a file is "computed" (holidays.ts), which says nothing about whether a notice existed.
 *
 * The files are imported statically, so this module does no I/O; a test checks that every file in
 * data/holidays is registered here.
 */
import notice2017 from '../../data/holidays/2017.json' with { type: 'json' };
import notice2018 from '../../data/holidays/2018.json' with { type: 'json' };
import notice2019 from '../../data/holidays/2019.json' with { type: 'json' };
import notice2020 from '../../data/holidays/2020.json' with { type: 'json' };
import notice2021 from '../../data/holidays/2021.json' with { type: 'json' };
import notice2022 from '../../data/holidays/2022.json' with { type: 'json' };
import notice2023 from '../../data/holidays/2023.json' with { type: 'json' };
import notice2024 from '../../data/holidays/2024.json' with { type: 'json' };
import notice2025 from '../../data/holidays/2025.json' with { type: 'json' };
import notice2026 from '../../data/holidays/2026.json' with { type: 'json' };
import { isoWeekday, parseIsoDate } from './day-number.ts';
import { defaultHolidays, type NamedDay, type YearHolidays } from './holidays.ts';

export interface NoticeSource {
  url?: string;
  excerpt?: string;
  citation?: string;
}

export interface Notice {
  /** Document number as printed, e.g. "8726/VPCP-KGVX"; required when the file is "official". */
  number?: string;
  /** Date of issue, YYYY-MM-DD, when a source gives it (the number, not the date, makes it official). */
  date?: string;
  issuer: string;
  subject: string;
  summary: string;
  /** Where the number, the date and the content were read. */
  sources: NoticeSource[];
}

export interface NoticeDay extends NamedDay {
  /** The notice number or the article of law that makes this day what it is. */
  basis?: string;
}

/** How far a year's calendar is backed by a verified notice. */
export type CalendarStatus = 'official' | 'unverified' | 'computed';
export const NOTICE_STATUSES = ['official', 'unverified'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export interface NoticeFile {
  year: number;
  /** Missing in a notice an admin entered before the field existed: read as "unverified". */
  status?: NoticeStatus;
  notices: Notice[];
  daysOff: NoticeDay[];
  workingDays: NoticeDay[];
}

const REGISTERED: unknown[] = [
  notice2017,
  notice2018,
  notice2019,
  notice2020,
  notice2021,
  notice2022,
  notice2023,
  notice2024,
  notice2025,
  notice2026,
];

/** Problems of one notice file, each naming its field; empty when the file is valid. */
export function checkNoticeFile(value: unknown): string[] {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  const isText = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
  if (!isObject(value)) return ['tệp phải là một đối tượng JSON'];
  const year = value.year;
  if (typeof year !== 'number' || !Number.isInteger(year)) problems.push('year: phải là số nguyên');
  const status = value.status;
  if (status !== undefined && !(NOTICE_STATUSES as readonly unknown[]).includes(status))
    problems.push(`status: "${String(status)}" phải là "official" hoặc "unverified"`);
  const official = status === 'official';
  if (!Array.isArray(value.notices) || value.notices.length === 0)
    problems.push('notices: cần ít nhất một văn bản');
  else
    for (const [i, n] of value.notices.entries()) {
      if (!isObject(n)) {
        problems.push(`notices[${i}]: phải là đối tượng`);
        continue;
      }
      for (const key of ['issuer', 'subject', 'summary'])
        if (!isText(n[key])) problems.push(`notices[${i}].${key}: bắt buộc`);
      // An official notice names its number and date; an unverified one may not know them.
      if (official ? !isText(n.number) : n.number !== undefined && !isText(n.number))
        problems.push(`notices[${i}].number: ${official ? 'bắt buộc với tệp "official"' : 'phải là chuỗi'}`);
      if (n.date !== undefined && (typeof n.date !== 'string' || parseIsoDate(n.date) === null))
        problems.push(`notices[${i}].date: cần ngày YYYY-MM-DD`);
      const sources = n.sources;
      if (!Array.isArray(sources) || sources.length === 0)
        problems.push(`notices[${i}].sources: cần ít nhất một nguồn`);
      else {
        sources.forEach((s, j) => {
          if (!isObject(s) || !(isText(s.url) || isText(s.citation)))
            problems.push(`notices[${i}].sources[${j}]: cần url hoặc citation`);
        });
        if (official && !sources.some((s) => isObject(s) && isText(s.url)))
          problems.push(`notices[${i}].sources: tệp "official" cần ít nhất một nguồn có url`);
      }
    }
  const seen = new Map<string, string>();
  for (const list of ['daysOff', 'workingDays'] as const) {
    const days = value[list];
    if (!Array.isArray(days)) {
      problems.push(`${list}: phải là một mảng`);
      continue;
    }
    for (const [i, d] of days.entries()) {
      const field = `${list}[${i}]`;
      if (!isObject(d) || typeof d.date !== 'string' || !isText(d.name)) {
        problems.push(`${field}: cần { date, name }`);
        continue;
      }
      const day = parseIsoDate(d.date);
      if (day === null) {
        problems.push(`${field}.date: "${d.date}" không phải ngày YYYY-MM-DD`);
        continue;
      }
      if (Number(d.date.slice(0, 4)) !== year)
        problems.push(`${field}.date: ${d.date} không thuộc năm ${year}`);
      const other = seen.get(d.date);
      if (other) problems.push(`${field}.date: ${d.date} đã có ở ${other}`);
      seen.set(d.date, field);
      if (list === 'workingDays' && isoWeekday(day) < 6)
        problems.push(`${field}.date: ngày làm bù ${d.date} phải là thứ Bảy hoặc Chủ nhật`);
    }
  }
  return problems;
}

function load(): Map<number, NoticeFile> {
  const byYear = new Map<number, NoticeFile>();
  for (const file of REGISTERED) {
    const problems = checkNoticeFile(file);
    const year = (file as { year?: unknown }).year;
    if (problems.length > 0)
      throw new Error(`data/holidays/${String(year)}.json không hợp lệ: ${problems.join('; ')}`);
    const notice = file as NoticeFile;
    if (byYear.has(notice.year)) throw new Error(`data/holidays: năm ${notice.year} có hai tệp`);
    byYear.set(notice.year, notice);
  }
  return byYear;
}

const NOTICES = load();

/** The official notice file of a year, if one is shipped. */
export function noticeOf(year: number): NoticeFile | undefined {
  return NOTICES.get(year);
}

/**
 * How far the calendar of `year` is verified: the status of its notice (an admin's `override`
 * first, then the shipped file; a notice without a status is "unverified"), else "computed".
 */
export function calendarStatus(year: number, override?: NoticeFile): CalendarStatus {
  const notice = override ?? NOTICES.get(year);
  return notice ? (notice.status ?? 'unverified') : 'computed';
}

/** Years that have a notice file (official or unverified). */
export function noticeYears(): number[] {
  return [...NOTICES.keys()].sort((a, b) => a - b);
}

const byDate = (a: NamedDay, b: NamedDay) => a.date.localeCompare(b.date);

/**
 * The days off and make-up working days in force in `year`: the notice's lists (an admin's
 * `override` first, then the shipped file), else the defaults.
 */
export function holidaysOfYear(year: number, override?: NoticeFile): YearHolidays {
  const notice = override ?? NOTICES.get(year);
  if (!notice) return defaultHolidays(year);
  return {
    daysOff: notice.daysOff.map(({ date, name }) => ({ date, name })).sort(byDate),
    workingDays: notice.workingDays.map(({ date, name }) => ({ date, name })).sort(byDate),
  };
}
