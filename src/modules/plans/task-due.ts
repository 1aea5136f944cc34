/**
 * When a plan task is due (pure, no I/O). The annex column "Thời gian hoàn thành" of seed 004 holds
 * three kinds of value, kept apart so reminders can be computed:
 * - a date ("31/03/2026");
 * - a recurring rule: "Thường xuyên", "Định kỳ hàng tháng", "Hàng quý", "Trong năm";
 * - free text as officers write it ("Tháng 01", "Quý I", "Trong năm (nếu có)", "Thường xuyên trong năm").
 *
 * A plan is drafted from the index of one period and carried out in the next one (the 2022 index
 * gives the 2023 plan, seed 003): that next period is the plan's *window*. Free text is resolved
 * against the window where it names a month, a quarter, a half-year or the year; otherwise it has
 * no deadline and never raises a reminder.
 */

export const RECURRENCES = ['thuong_xuyen', 'hang_thang', 'hang_quy', 'trong_nam'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

export const RECURRENCE_LABELS: Record<Recurrence, string> = {
  thuong_xuyen: 'Thường xuyên',
  hang_thang: 'Định kỳ hàng tháng',
  hang_quy: 'Hàng quý',
  trong_nam: 'Trong năm',
};

export const TASK_STATUSES = ['chua_bat_dau', 'dang_thuc_hien', 'hoan_thanh', 'tam_dung'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  chua_bat_dau: 'Chưa bắt đầu',
  dang_thuc_hien: 'Đang thực hiện',
  hoan_thanh: 'Hoàn thành',
  tam_dung: 'Tạm dừng',
};

export type Due =
  | { kind: 'date'; date: string }
  | { kind: 'recurring'; recurrence: Recurrence }
  | { kind: 'text'; text: string };

/** The period a plan is carried out in, as Vietnam dates (inclusive). */
export interface PlanWindow {
  start: string;
  end: string;
  /** The period label: "2026", "2026-Q2", "2026-04". */
  label: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Days in a month (1–12). */
function monthLength(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= monthLength(y, mo);
}

function fold(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/**
 * Reads a value as an officer types it: a known rule (any case) becomes recurring, a date
 * ("31/03/2026" or "2026-03-31") a date, anything else stays text as written.
 */
export function parseDue(input: string): Due {
  const text = input.normalize('NFC').trim().replace(/\s+/g, ' ');
  const folded = fold(text);
  for (const r of RECURRENCES)
    if (fold(RECURRENCE_LABELS[r]) === folded) return { kind: 'recurring', recurrence: r };
  if (folded === 'hàng tháng' || folded === 'định kỳ hằng tháng' || folded === 'hằng tháng')
    return { kind: 'recurring', recurrence: 'hang_thang' };
  if (folded === 'hằng quý' || folded === 'định kỳ hàng quý' || folded === 'định kỳ hằng quý')
    return { kind: 'recurring', recurrence: 'hang_quy' };
  const vn = VN_DATE.exec(text);
  if (vn) {
    const iso = `${vn[3]}-${pad(Number(vn[2]))}-${pad(Number(vn[1]))}`;
    if (isValidDate(iso)) return { kind: 'date', date: iso };
  }
  if (isValidDate(text)) return { kind: 'date', date: text };
  return { kind: 'text', text };
}

/** What the annex prints: "31/03/2026", "Thường xuyên", "Tháng 01". */
export function dueLabel(due: Due): string {
  if (due.kind === 'date') {
    const [y, m, d] = due.date.split('-');
    return `${d}/${m}/${y}`;
  }
  if (due.kind === 'recurring') return RECURRENCE_LABELS[due.recurrence];
  return due.text;
}

/** The period after the index period: "2025" → 2026, "2025-Q4" → 2026-Q1, "2025-12" → 2026-01. */
export function planWindow(indexPeriod: string): PlanWindow {
  const year = /^(\d{4})$/.exec(indexPeriod);
  if (year) {
    const y = Number(year[1]) + 1;
    return { start: `${y}-01-01`, end: `${y}-12-31`, label: String(y) };
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(indexPeriod);
  if (quarter) {
    let y = Number(quarter[1]);
    let q = Number(quarter[2]) + 1;
    if (q === 5) {
      q = 1;
      y++;
    }
    const last = q * 3;
    return {
      start: `${y}-${pad(last - 2)}-01`,
      end: `${y}-${pad(last)}-${monthLength(y, last)}`,
      label: `${y}-Q${q}`,
    };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(indexPeriod);
  if (month) {
    let y = Number(month[1]);
    let m = Number(month[2]) + 1;
    if (m === 13) {
      m = 1;
      y++;
    }
    return {
      start: `${y}-${pad(m)}-01`,
      end: `${y}-${pad(m)}-${monthLength(y, m)}`,
      label: `${y}-${pad(m)}`,
    };
  }
  throw new RangeError(`kỳ "${indexPeriod}" không hợp lệ`);
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * The last day a task may be finished, when its value names one: a date; "Trong năm" (the rule or
 * text starting so) → the window's end; "Tháng 01" → 31/01 of the window's year; "Quý I" / "Quý 1"
 * → end of that quarter; "6 tháng đầu năm" → 30/06. Recurring work ("Thường xuyên", monthly,
 * quarterly) and unreadable text have none.
 */
export function dueDeadline(due: Due, window: PlanWindow): string | null {
  if (due.kind === 'date') return due.date;
  if (due.kind === 'recurring') return due.recurrence === 'trong_nam' ? window.end : null;
  const text = fold(due.text);
  const year = Number(window.end.slice(0, 4));
  const month = /^(?:trong |cuối |trước |hết )?tháng (\d{1,2})(?:\/(\d{4}))?\b/.exec(text);
  if (month) {
    const m = Number(month[1]);
    const y = month[2] ? Number(month[2]) : year;
    if (m >= 1 && m <= 12) return `${y}-${pad(m)}-${monthLength(y, m)}`;
  }
  const quarter = /^(?:trong |cuối |trước |hết )?quý (i{1,3}|iv|[1-4])\b/.exec(text);
  if (quarter) {
    const q = ROMAN[quarter[1]!] ?? Number(quarter[1]);
    const last = q * 3;
    return `${year}-${pad(last)}-${monthLength(year, last)}`;
  }
  if (/^6 tháng đầu năm/.test(text)) return `${year}-06-30`;
  if (/^(?:trong|cuối) năm/.test(text)) return window.end;
  return null;
}

export interface TaskForReminder {
  id: number;
  due: Due;
  status: TaskStatus;
  progress: number;
  /** Vietnam date of the latest progress report or comment, if any. */
  lastUpdate: string | null;
}

export type Reminder =
  | { taskId: number; kind: 'overdue'; deadline: string; daysLate: number }
  | {
      taskId: number;
      kind: 'recurring';
      recurrence: Exclude<Recurrence, 'trong_nam'>;
      /** The reporting period that still has no update: "tháng 3/2026", "quý I/2026", "30 ngày qua". */
      periodLabel: string;
      /** The end of that period (Vietnam date). */
      dueBy: string;
    };

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A recurring task asks for an update this long after the last one. */
export const CONTINUOUS_REPORT_DAYS = 30;

/**
 * The reminder a task needs today, if any. A finished or paused task needs none. A task with a
 * deadline (date, "Trong năm", "Tháng 01"…) is overdue from the day after it. Recurring work asks
 * for an update in each month ("Định kỳ hàng tháng") or quarter ("Hàng quý") of the window that
 * has none yet, and "Thường xuyên" work for one every 30 days; outside the window it asks nothing.
 */
export function reminderFor(task: TaskForReminder, today: string, window: PlanWindow): Reminder | null {
  if (task.status === 'hoan_thanh' || task.status === 'tam_dung') return null;
  const deadline = dueDeadline(task.due, window);
  if (deadline !== null) {
    return today > deadline
      ? { taskId: task.id, kind: 'overdue', deadline, daysLate: daysBetween(deadline, today) }
      : null;
  }
  if (task.due.kind !== 'recurring' || today < window.start || today > window.end) return null;
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const last = task.lastUpdate;
  switch (task.due.recurrence) {
    case 'hang_thang': {
      if (last !== null && last.slice(0, 7) === today.slice(0, 7)) return null;
      return {
        taskId: task.id,
        kind: 'recurring',
        recurrence: 'hang_thang',
        periodLabel: `tháng ${m}/${y}`,
        dueBy: `${y}-${pad(m)}-${monthLength(y, m)}`,
      };
    }
    case 'hang_quy': {
      const q = Math.ceil(m / 3);
      const start = `${y}-${pad(q * 3 - 2)}-01`;
      if (last !== null && last >= start && last <= today) return null;
      return {
        taskId: task.id,
        kind: 'recurring',
        recurrence: 'hang_quy',
        periodLabel: `quý ${['I', 'II', 'III', 'IV'][q - 1]}/${y}`,
        dueBy: `${y}-${pad(q * 3)}-${monthLength(y, q * 3)}`,
      };
    }
    case 'thuong_xuyen': {
      if (last !== null && daysBetween(last, today) < CONTINUOUS_REPORT_DAYS) return null;
      return {
        taskId: task.id,
        kind: 'recurring',
        recurrence: 'thuong_xuyen',
        periodLabel: `${CONTINUOUS_REPORT_DAYS} ngày qua`,
        dueBy: today,
      };
    }
    default:
      return null;
  }
}
