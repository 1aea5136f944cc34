/**
 * Which year (or quarter, month) a plan is carried out in, and task deadlines that are not already
 * past when the plan is drafted (pure, no I/O).
 *
 * A plan follows its measurement: the 2025 index gives the 2026 plan (seed 003), and the drafting day
 * moves it later when that year is already gone or about to end. For a yearly index the plan's year is
 * the latest of:
 * - the year after the measured year;
 * - the drafting year, or the year after it when drafted in its last quarter (October to December):
 *   a plan drafted on 5/12/2026 is for 2027, whether it comes from the 2026 or the 2024 result.
 * For a quarterly or monthly index the plan runs in the period after the measured one, or in the period
 * of the drafting day when that one is later. The year is computed from the plan's drafting day (its
 * `created_at`). For a yearly index the drafter may choose that year or the next one (never a past
 * year); the choice is kept in `plan_year` and wins over the computed year (`windowOfYear`).
 */
import { type Due, dueDeadline, type PlanWindow, planWindow } from './task-due.ts';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** The plan window of an index period drafted on a Vietnam date (YYYY-MM-DD). */
export function planWindowOn(indexPeriod: string, draftedOn: string): PlanWindow {
  const next = planWindow(indexPeriod);
  const year = Number(draftedOn.slice(0, 4));
  const month = Number(draftedOn.slice(5, 7));
  if (/^\d{4}$/.test(indexPeriod)) {
    const planYear = Math.max(Number(next.label), month >= 10 ? year + 1 : year);
    return planWindow(String(planYear - 1));
  }
  // The period containing the drafting day is the one after the period before it.
  const current = /-Q[1-4]$/.test(indexPeriod)
    ? planWindow(month <= 3 ? `${year - 1}-Q4` : `${year}-Q${Math.ceil(month / 3) - 1}`)
    : planWindow(month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`);
  return current.start > next.start ? current : next;
}

/** The years a plan of a yearly index drafted on `draftedOn` may run in: the computed one and the next. */
export function planYearChoices(indexPeriod: string, draftedOn: string): number[] {
  if (!/^\d{4}$/.test(indexPeriod)) return [];
  const year = Number(planWindowOn(indexPeriod, draftedOn).label);
  return [year, year + 1];
}

/** The plan's window: its chosen year when it has one (yearly index), else computed from its drafting day. */
export function windowOfYear(indexPeriod: string, draftedOn: string, planYear: number | null): PlanWindow {
  if (planYear !== null && /^\d{4}$/.test(indexPeriod)) return planWindow(String(planYear - 1));
  return planWindowOn(indexPeriod, draftedOn);
}

/**
 * A task's "Thời gian hoàn thành" moved so that it is not already past on the drafting day: a month
 * ("Tháng 01") becomes the drafting month, a quarter ("Quý I", "6 tháng đầu năm") the drafting
 * quarter, a date the end of the drafting month. Anything not yet past, recurring or unreadable is
 * kept as written. Used when the library's measures are proposed for a plan drafted mid-year.
 */
export function dueNotPast(due: Due, window: PlanWindow, today: string): Due {
  const deadline = dueDeadline(due, window);
  if (deadline === null || deadline >= today) return due;
  const month = Number(today.slice(5, 7));
  if (due.kind === 'text' && /^(?:trong |cuối |trước |hết )?(?:quý|6 tháng)/iu.test(due.text.trim()))
    return { kind: 'text', text: `Quý ${ROMAN[Math.ceil(month / 3) - 1]}` };
  return { kind: 'text', text: `Tháng ${pad(month)}` };
}
