/** Presenters of plans: each response built from rows, every field listed. */
import { periodText } from './doc-letter.ts';
import { dueOf, type PlanStatus, reminderMessage, taskStats, type Updates, windowOf } from './plan-values.ts';
import { planStatusName } from './plans.errors.ts';
import type * as repo from './plans.repo.ts';
import {
  dueDeadline,
  dueLabel,
  type PlanWindow,
  type Reminder,
  TASK_STATUS_LABELS,
  type TaskStatus,
} from './task-due.ts';

export function presentSummary(
  row: repo.PlanWithUnit,
  tasks: repo.TaskRow[],
  reminders: Map<number, Reminder>,
) {
  const p = row.p;
  const window = windowOf(p);
  return {
    id: p.id,
    unitCode: row.unitCode,
    unitName: row.unitName,
    title: p.title,
    questionnaire: row.questionnaireCode,
    questionnaireVersion: row.questionnaireVersion,
    period: p.period,
    window: window.label,
    windowText: periodText(window.label),
    status: p.status as PlanStatus,
    statusName: planStatusName(p.status),
    publicationId: p.publicationId,
    documentId: p.documentId,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    demo: p.demo,
    tasks: taskStats(tasks, reminders),
  };
}

export type PlanSummary = ReturnType<typeof presentSummary>;

export function presentTask(
  t: repo.TaskRow,
  updates: Updates,
  reminder: Reminder | undefined,
  window: PlanWindow,
  criterionTitles: Map<string, string>,
) {
  const due = dueOf(t);
  return {
    id: t.id,
    position: t.position,
    criterionCode: t.criterionCode,
    criterionTitle: t.criterionCode ? (criterionTitles.get(t.criterionCode) ?? null) : null,
    task: t.task,
    due,
    dueLabel: dueLabel(due),
    deadline: dueDeadline(due, window),
    responsible: t.responsible,
    product: t.product,
    partners: t.partners,
    progress: t.progress,
    status: t.status as TaskStatus,
    statusName: TASK_STATUS_LABELS[t.status as TaskStatus] ?? t.status,
    updatedAt: t.updatedAt.toISOString(),
    reminder: reminder ? { ...reminder, message: reminderMessage(reminder) } : null,
    updates: updates
      .filter((u) => u.taskId === t.id)
      .map((u) => ({
        id: u.id,
        at: u.at.toISOString(),
        actor: u.actorLabel,
        progress: u.progress,
        status: u.status,
        comment: u.comment,
        link: u.link,
        file: u.fileName
          ? {
              name: u.fileName,
              mime: u.fileMime ?? 'application/octet-stream',
              size: Number(u.fileSize ?? 0),
            }
          : null,
      })),
  };
}

export type PlanTask = ReturnType<typeof presentTask>;
