/**
 * Periods of the periodic reports (pure): a month "2025-07", a quarter "2025-Q3", a half-year
 * "2025-H1" / "2025-H2" (báo cáo 6 tháng) or a year "2025". Each gives its months (for the dossier
 * figures, counted month by month), the survey periods that make it up (the index is computed per
 * month, quarter or year: a half-year shows its two quarters), its Vietnam dates and its title.
 */
import { reportPeriodInvalid } from './plans.errors.ts';

export type ReportKind = 'month' | 'quarter' | 'half' | 'year';

export interface ReportPeriod {
  label: string;
  kind: ReportKind;
  year: number;
  /** "YYYY-MM", in order. */
  months: string[];
  /** Labels the index engine reads: "2025-07", "2025-Q3", "2025". */
  surveyPeriods: string[];
  /** First and last Vietnam dates. */
  start: string;
  end: string;
  /** "tháng 7 năm 2025", "quý III năm 2025", "6 tháng đầu năm 2025", "năm 2025". */
  title: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

function span(year: number, first: number, count: number) {
  const months = Array.from({ length: count }, (_, i) => `${year}-${pad(first + i)}`);
  return { months, start: `${year}-${pad(first)}-01`, end: lastDay(year, first + count - 1) };
}

export const REPORT_PERIOD_FORMS =
  'tháng "2025-07", quý "2025-Q3", 6 tháng "2025-H1" hoặc "2025-H2", năm "2025"';

export function parseReportPeriod(input: string): ReportPeriod {
  const label = input.trim().toUpperCase();
  const m = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$/.exec(label);
  const year = m ? Number(m[1]) : Number.NaN;
  if (!m || year < 1970 || year > 2999) {
    throw reportPeriodInvalid(input, REPORT_PERIOD_FORMS);
  }
  if (m[2]) {
    const month = Number(m[2]);
    return {
      label,
      kind: 'month',
      year,
      ...span(year, month, 1),
      surveyPeriods: [label],
      title: `tháng ${month} năm ${year}`,
    };
  }
  if (m[3]) {
    const q = Number(m[3]);
    return {
      label,
      kind: 'quarter',
      year,
      ...span(year, q * 3 - 2, 3),
      surveyPeriods: [label],
      title: `quý ${ROMAN[q - 1]} năm ${year}`,
    };
  }
  if (m[4]) {
    const h = Number(m[4]);
    return {
      label,
      kind: 'half',
      year,
      ...span(year, h === 1 ? 1 : 7, 6),
      surveyPeriods: h === 1 ? [`${year}-Q1`, `${year}-Q2`] : [`${year}-Q3`, `${year}-Q4`],
      title: `6 tháng ${h === 1 ? 'đầu' : 'cuối'} năm ${year}`,
    };
  }
  return { label, kind: 'year', year, ...span(year, 1, 12), surveyPeriods: [label], title: `năm ${year}` };
}
