/**
 * The public holidays a year gets by law when no official notice says otherwise, with compensatory
 * days for those that fall on a weekly rest day:
 * - from 2021, Bộ luật Lao động 2019: holidays in Điều 112 khoản 1 (Quốc khánh: 2/9 and one
 *   adjacent day); a weekly rest day that falls on a holiday is made up on the next working day,
 *   Điều 111 khoản 3 (not Điều 112, which lists the holidays);
 * - before 2021, Bộ luật Lao động 2012: holidays in Điều 115 khoản 1 (Quốc khánh: one day, 2/9),
 *   compensatory day in Điều 115 khoản 3. Applied back to 1968 as an approximation: the earlier
 *   codes (a Tết of four days before 2013) are not modelled.
 * Checked against the published texts (Điều 112 khoản 1 quoted in full; Điều 111 khoản 3 as cited by
 * Bộ LĐTBXH Thông báo 5015/TB-LĐTBXH of 22/11/2023).
 *
 * A holiday added to Điều 112 later applies from the day its law takes effect (ADDED_HOLIDAYS), never
 * to earlier years. Ngày Văn hóa Việt Nam (24/11) is not one yet: Nghị quyết 80-NQ/TW of the Politburo
 * (7/1/2026) chose the day "với chủ trương là ngày nghỉ", and the Government's Nghị quyết 30/NQ-CP
 * (reported 26/2/2026) tasks amending Điều 112 khoản 1; no amending law or resolution of the National
 * Assembly with an effective date was found (searched 12/2026), so it stays in PROPOSED_HOLIDAYS.
 */
import { dayFromYmd, isoDate, isoWeekday, parseIsoDate } from './day-number.ts';
import { hungKingsDay, lunarNewYear } from './lunar.ts';

/** A dated day with its Vietnamese name, e.g. { date: "2025-01-29", name: "Tết Nguyên đán" }. */
export interface NamedDay {
  date: string;
  name: string;
}

export interface YearHolidays {
  /** Every day off of the year, sorted: holidays (also those on a weekend) and compensatory days. */
  daysOff: NamedDay[];
  /** Make-up working days (usually a Saturday worked in exchange for a bridged day). */
  workingDays: NamedDay[];
}

export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  victory: 'Ngày Chiến thắng 30/4',
  labour: 'Ngày Quốc tế Lao động 1/5',
  national: 'Quốc khánh 2/9',
} as const;

const COMPENSATORY_PREFIX = 'Nghỉ bù';

/** Bộ luật Lao động 2019 took effect on 1/1/2021. */
export const LABOUR_CODE_2019_FIRST_YEAR = 2021;

/** The article of law behind a statutory holiday of `year`, e.g. "Bộ luật Lao động 2019, Điều 112". */
export function holidayBasis(year: number): string {
  return year >= LABOUR_CODE_2019_FIRST_YEAR
    ? 'Bộ luật Lao động 2019, Điều 112'
    : 'Bộ luật Lao động 2012, Điều 115';
}

/** The article of law behind a compensatory day (a holiday on a weekly rest day) of `year`. */
export function compensatoryBasis(year: number): string {
  return year >= LABOUR_CODE_2019_FIRST_YEAR
    ? 'Bộ luật Lao động 2019, Điều 111 khoản 3'
    : 'Bộ luật Lao động 2012, Điều 115 khoản 3';
}

/** A yearly holiday added to the Labour Code after 2019, in force from `effectiveFrom` (YYYY-MM-DD). */
export interface AddedHoliday {
  month: number;
  day: number;
  name: string;
  /** The law and article that add it, e.g. "Luật số …/QH16, Điều 1 (sửa Điều 112 khoản 1)". */
  basis: string;
  effectiveFrom: string;
}

/** Holidays added by a law in force. Empty: none found as of 12/2026 (see PROPOSED_HOLIDAYS). */
export const ADDED_HOLIDAYS: readonly AddedHoliday[] = [];

/** A day announced as a future holiday but not (yet) a paid day off by law: shown, never applied. */
export interface ProposedHoliday {
  month: number;
  day: number;
  name: string;
  /** Since when it is talked about; the CLI and the calendar page mention it from that year. */
  firstYear: number;
  note: string;
  sources: { url: string; excerpt: string }[];
}

export const PROPOSED_HOLIDAYS: readonly ProposedHoliday[] = [
  {
    month: 11,
    day: 24,
    name: 'Ngày Văn hóa Việt Nam',
    firstYear: 2026,
    note: 'Nghị quyết 80-NQ/TW ngày 07/01/2026 của Bộ Chính trị chọn 24/11 là Ngày Văn hóa Việt Nam "với chủ trương là ngày nghỉ, người lao động được hưởng nguyên lương"; Nghị quyết 30/NQ-CP giao sửa khoản 1 Điều 112 Bộ luật Lao động. Chưa tìm thấy luật sửa đổi có hiệu lực: chưa là ngày nghỉ, Hài Lòng không tính là ngày nghỉ.',
    sources: [
      {
        url: 'https://vneconomy.vn/nguoi-lao-dong-dong-tinh-khi-chon-2411-la-ngay-van-hoa-viet-nam-duoc-nghi-le.htm',
        excerpt:
          'Ngày 7/1, thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 80-NQ/TW … thống nhất chọn ngày 24/11 hằng năm là "Ngày Văn hóa Việt Nam", với chủ trương là ngày nghỉ, người lao động được hưởng nguyên lương.',
      },
      {
        url: 'https://dantri.com.vn/noi-vu/sua-bo-luat-lao-dong-de-them-mot-ngay-nghi-ngay-van-hoa-viet-nam-20260225151756397.htm',
        excerpt:
          '(26/02/2026) Chương trình hành động thể hiện trong Nghị quyết 30/NQ-CP … quy định Ngày Văn hóa Việt Nam người lao động được nghỉ làm hưởng nguyên lương, sửa đổi, bổ sung khoản 1 Điều 112 Bộ luật Lao động 2019 … báo cáo Chính phủ xem xét trước khi trình Quốc hội quyết định.',
      },
      {
        url: 'https://thanhnien.vn/nguoi-lao-dong-co-the-nghi-le-tet-toi-26-ngay-trong-nam-2026-185260113172347178.htm',
        excerpt:
          '(13/01/2026) Khi Ngày Văn hóa Việt Nam 24.11 chính thức được Quốc hội thể chế hóa chủ trương, thời gian nghỉ lễ, tết năm 2026 sẽ tăng lên 26 ngày.',
      },
    ],
  },
];

/** The proposed (not applied) holidays to mention for `year`. */
export function proposedHolidaysOf(year: number): ProposedHoliday[] {
  return PROPOSED_HOLIDAYS.filter((p) => year >= p.firstYear);
}

/**
 * The statutory holidays of `year`, before compensatory days; `added` (the law's additions, by
 * default ADDED_HOLIDAYS) count only on and after their effective date.
 */
export function statutoryHolidays(year: number, added: readonly AddedHoliday[] = ADDED_HOLIDAYS): NamedDay[] {
  const day = (m: number, d: number) => dayFromYmd(year, m, d) as number;
  const tet = parseIsoDate(lunarNewYear(year)) as number;
  const days: [number, string][] = [
    [day(1, 1), HOLIDAY_NAMES.newYear],
    // Tết: the last day of the old lunar year and lunar 1/1 to 1/4.
    ...[-1, 0, 1, 2, 3].map((offset): [number, string] => [tet + offset, HOLIDAY_NAMES.tet]),
    [parseIsoDate(hungKingsDay(year)) as number, HOLIDAY_NAMES.hungKings],
    [day(4, 30), HOLIDAY_NAMES.victory],
    [day(5, 1), HOLIDAY_NAMES.labour],
    [day(9, 2), HOLIDAY_NAMES.national],
  ];
  // From 2021 (BLLĐ 2019, Điều 112 khoản 1 điểm đ) 2/9 plus one adjacent day; the Prime Minister
  // picks it each year, the default takes 3/9. Before, one day (BLLĐ 2012, Điều 115 khoản 1).
  if (year >= LABOUR_CODE_2019_FIRST_YEAR) days.push([day(9, 3), HOLIDAY_NAMES.national]);
  for (const a of added) {
    const date = day(a.month, a.day);
    if (isoDate(date) >= a.effectiveFrom) days.push([date, a.name]);
  }
  return days.sort((a, b) => a[0] - b[0]).map(([d, name]) => ({ date: isoDate(d), name }));
}

function isWeekend(day: number): boolean {
  return isoWeekday(day) >= 6;
}

/**
 * Defaults of a year: the statutory holidays, and for each one on a Saturday or Sunday a
 * compensatory day on the next Monday–Friday that is neither a holiday nor already a compensatory
 * day, taken in date order (so two weekend holidays give two consecutive compensatory days).
 */
export function defaultHolidays(year: number, added: readonly AddedHoliday[] = ADDED_HOLIDAYS): YearHolidays {
  const holidays = statutoryHolidays(year, added);
  const taken = new Set(holidays.map((h) => parseIsoDate(h.date) as number));
  const compensatory: NamedDay[] = [];
  for (const holiday of holidays) {
    const day = parseIsoDate(holiday.date) as number;
    if (!isWeekend(day)) continue;
    let candidate = day + 1;
    while (isWeekend(candidate) || taken.has(candidate)) candidate++;
    taken.add(candidate);
    compensatory.push({ date: isoDate(candidate), name: `${COMPENSATORY_PREFIX} ${holiday.name}` });
  }
  const daysOff = [...holidays, ...compensatory].sort((a, b) => a.date.localeCompare(b.date));
  return { daysOff, workingDays: [] };
}
