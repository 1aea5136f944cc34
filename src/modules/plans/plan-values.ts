/** Plan rows ↔ values (pure): a task's due moment, reminders, task counts, checked task input. */

import { formatDateVi } from '../../lib/format.ts';
import { vnDate } from '../../lib/time.ts';
import { windowOfYear } from './plan-year.ts';
import { tasksAlreadyPast, validation } from './plans.errors.ts';
import type * as repo from './plans.repo.ts';
import {
  type Due,
  dueDeadline,
  dueLabel,
  isValidDate,
  type PlanWindow,
  type Recurrence,
  type Reminder,
  reminderFor,
  type TaskStatus,
} from './task-due.ts';

export type PlanStatus = 'draft' | 'issued' | 'closed';

export interface TaskInput {
  criterionCode?: string | null;
  task: string;
  due: Due;
  responsible: string;
  product?: string;
  partners?: string;
  /** User ids of the officers named on the task (task-assignees.ts). */
  assignees?: number[];
}

export function dueOf(row: Pick<repo.TaskRow, 'dueKind' | 'dueDate' | 'recurrence' | 'dueText'>): Due {
  if (row.dueKind === 'date' && row.dueDate) return { kind: 'date', date: row.dueDate };
  if (row.dueKind === 'recurring' && row.recurrence)
    return { kind: 'recurring', recurrence: row.recurrence as Recurrence };
  return { kind: 'text', text: row.dueText ?? '' };
}

export function dueColumns(due: Due) {
  return {
    dueKind: due.kind,
    dueDate: due.kind === 'date' ? due.date : null,
    recurrence: due.kind === 'recurring' ? due.recurrence : null,
    dueText: due.kind === 'text' ? due.text.trim() : null,
  };
}

export function checkDue(due: Due, field: string): void {
  if (due.kind === 'date' && !isValidDate(due.date))
    throw validation(field, `Ngày "${due.date}" không hợp lệ (cần dạng YYYY-MM-DD).`);
  if (due.kind === 'text' && due.text.trim() === '')
    throw validation(field, 'Thời gian hoàn thành không được để trống.');
}

/**
 * The period the plan is carried out in: its chosen year (`plan_year`) when set, else fixed by its index
 * period and drafting day (plan-year.ts). Due dates, the annex, the title and reminders all use it.
 */
export function windowOf(plan: Pick<repo.PlanRow, 'period' | 'createdAt' | 'planYear'>): PlanWindow {
  return windowOfYear(plan.period, vnDate(plan.createdAt), plan.planYear);
}

export type Updates = Awaited<ReturnType<typeof repo.updatesOf>>;

export function lastUpdateByTask(updates: Updates): Map<number, string> {
  const out = new Map<number, string>();
  for (const u of updates) {
    const day = vnDate(u.at);
    const seen = out.get(u.taskId);
    if (!seen || day > seen) out.set(u.taskId, day);
  }
  return out;
}

export function remindersOf(plan: repo.PlanRow, tasks: repo.TaskRow[], updates: Updates, today: string) {
  const window = windowOf(plan);
  const last = lastUpdateByTask(updates);
  const out = new Map<number, Reminder>();
  for (const t of tasks) {
    const r = reminderFor(
      {
        id: t.id,
        due: dueOf(t),
        status: t.status as TaskStatus,
        progress: t.progress,
        lastUpdate: last.get(t.id) ?? null,
      },
      today,
      window,
    );
    if (r) out.set(t.id, r);
  }
  return out;
}

export function reminderMessage(r: Reminder): string {
  return r.kind === 'overdue'
    ? `Quá hạn ${r.daysLate} ngày (hạn ${formatDateVi(r.deadline)})`
    : `Chưa cập nhật tiến độ ${r.periodLabel} (hạn báo cáo ${formatDateVi(r.dueBy)})`;
}

export function taskStats(tasks: repo.TaskRow[], reminders: Map<number, Reminder>) {
  const count = (s: TaskStatus) => tasks.filter((t) => t.status === s).length;
  return {
    total: tasks.length,
    done: count('hoan_thanh'),
    inProgress: count('dang_thuc_hien'),
    notStarted: count('chua_bat_dau'),
    paused: count('tam_dung'),
    overdue: [...reminders.values()].filter((r) => r.kind === 'overdue').length,
    /** Mean of the tasks' progress, unrounded; null without tasks. */
    averageProgress: tasks.length === 0 ? null : tasks.reduce((s, t) => s + t.progress, 0) / tasks.length,
  };
}

export function checkTasks(tasks: TaskInput[], criteria: Set<string>, field = 'tasks'): void {
  tasks.forEach((t, i) => {
    if (t.criterionCode && !criteria.has(t.criterionCode)) {
      throw validation(
        `${field}[${i}].criterionCode`,
        `Phiếu không có tiêu chí "${t.criterionCode}" (có: ${[...criteria].join(', ')}).`,
      );
    }
    checkDue(t.due, `${field}[${i}].due`);
  });
}

export function taskValues(planId: number, position: number, t: TaskInput, now: Date): repo.NewTaskRow {
  return {
    planId,
    position,
    criterionCode: t.criterionCode ?? null,
    task: t.task.trim(),
    ...dueColumns(t.due),
    responsible: t.responsible.trim(),
    product: (t.product ?? '').trim(),
    partners: (t.partners ?? '').trim(),
    updatedAt: now,
  };
}

/** Refuses, all rows at once, the tasks of a new plan whose deadline in its window is before `today`. */
export function checkNotPast(tasks: TaskInput[], window: PlanWindow, today: string, field = 'tasks'): void {
  const past = tasks.flatMap((t, i) => {
    const deadline = dueDeadline(t.due, window);
    return deadline !== null && deadline < today
      ? [{ field: `${field}[${i}].due`, due: dueLabel(t.due), deadline: formatDateVi(deadline) }]
      : [];
  });
  if (past.length > 0) throw tasksAlreadyPast(window.label, past);
}
