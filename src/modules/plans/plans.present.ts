/**
 * Presenters of plans, measures, documents and reports: each response of plans.schema.ts built from
 * rows, every field listed, typed by its schema (a field the schema lacks, or lacks here, does not
 * compile).
 */
import { numberLine, type OfficialDocument } from '../../documents/index.ts';
import { vnDate } from '../../lib/time.ts';
import type { UnitResult } from '../surveys/index/index-engine.ts';
import { periodText } from './doc-letter.ts';
import type { DocumentText } from './doc-text.ts';
import type { UnitIndex } from './index-source.ts';
import { dueOf, type PlanStatus, reminderMessage, taskStats, type Updates, windowOf } from './plan-values.ts';
import { dueNotPast, planWindowOn, planYearChoices } from './plan-year.ts';
import { planStatusName } from './plans.errors.ts';
import type * as repo from './plans.repo.ts';
import type * as s from './plans.schema.ts';
import { rankCriteria } from './proposal-rank.ts';
import {
  dueDeadline,
  dueLabel,
  type PlanWindow,
  parseDue,
  type Reminder,
  TASK_STATUS_LABELS,
  type TaskStatus,
} from './task-due.ts';
import { achievement } from './wording.ts';

export function presentSummary(
  row: repo.PlanWithUnit,
  tasks: repo.TaskRow[],
  reminders: Map<number, Reminder>,
): s.PlanSummary {
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

export function presentTask(
  t: repo.TaskRow,
  updates: Updates,
  reminder: Reminder | undefined,
  window: PlanWindow,
  criterionTitles: Map<string, string>,
  assignees: Assignees = [],
): s.PlanTask {
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
    reminder: reminder ? presentTaskReminder(reminder) : null,
    updates: updates.filter((u) => u.taskId === t.id).map(presentTaskUpdate),
    assignees: assignees.filter((a) => a.taskId === t.id).map((a) => ({ id: a.id, name: a.displayName })),
  };
}

type Assignees = Awaited<ReturnType<typeof repo.assigneesOf>>;

/** A task the signed-in user is named on, as "Nhiệm vụ của tôi" lists it. */
export function presentMyTask(row: Awaited<ReturnType<typeof repo.tasksAssignedTo>>[number]): s.MyTask {
  const due = dueOf(row.t);
  return {
    planId: row.p.id,
    planTitle: row.p.title,
    planStatus: row.p.status as PlanStatus,
    planStatusName: planStatusName(row.p.status),
    unitCode: row.unitCode,
    unitName: row.unitName,
    taskId: row.t.id,
    position: row.t.position,
    task: row.t.task,
    dueLabel: dueLabel(due),
    deadline: dueDeadline(due, windowOf(row.p)),
    progress: row.t.progress,
    status: row.t.status as TaskStatus,
    statusName: TASK_STATUS_LABELS[row.t.status as TaskStatus] ?? row.t.status,
    open: row.p.status !== 'closed',
  };
}

export function presentDetail(
  row: repo.PlanWithUnit,
  tasks: repo.TaskRow[],
  updates: Updates,
  reminders: Map<number, Reminder>,
  criterionTitles: Map<string, string>,
  assignees: Assignees = [],
): s.PlanDetail {
  const window = windowOf(row.p);
  return {
    ...presentSummary(row, tasks, reminders),
    taskList: tasks.map((t) =>
      presentTask(t, updates, reminders.get(t.id), window, criterionTitles, assignees),
    ),
  };
}

/** Every plan of a subtree with its progress, and totals (tasks counted over all plans). */
export function presentOverview(
  all: { row: repo.PlanWithUnit; tasks: repo.TaskRow[]; reminders: Map<number, Reminder> }[],
): s.Overview {
  const plans = all.map((p) => presentSummary(p.row, p.tasks, p.reminders));
  const tasks = all.flatMap((p) => p.tasks);
  const byStatus = (status: PlanStatus) => plans.filter((p) => p.status === status).length;
  return {
    plans,
    totals: {
      plans: plans.length,
      units: new Set(plans.map((p) => p.unitCode)).size,
      draft: byStatus('draft'),
      issued: byStatus('issued'),
      closed: byStatus('closed'),
      tasks: taskStats(tasks, new Map(all.flatMap((p) => [...p.reminders.entries()]))),
    },
  };
}

export function presentTaskReminder(r: Reminder): s.TaskReminder {
  return r.kind === 'overdue'
    ? {
        taskId: r.taskId,
        kind: r.kind,
        deadline: r.deadline,
        daysLate: r.daysLate,
        message: reminderMessage(r),
      }
    : {
        taskId: r.taskId,
        kind: r.kind,
        recurrence: r.recurrence,
        periodLabel: r.periodLabel,
        dueBy: r.dueBy,
        message: reminderMessage(r),
      };
}

export function presentTaskUpdate(u: Updates[number]): s.TaskUpdate {
  return {
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
  };
}

/** A reminder in the list of a subtree's issued plans. */
export function presentReminder(row: repo.PlanWithUnit, t: repo.TaskRow, r: Reminder): s.Reminder {
  return {
    planId: row.p.id,
    planTitle: row.p.title,
    unitCode: row.unitCode,
    unitName: row.unitName,
    taskId: t.id,
    position: t.position,
    task: t.task,
    responsible: t.responsible,
    dueLabel: dueLabel(dueOf(t)),
    progress: t.progress,
    kind: r.kind,
    deadline: r.kind === 'overdue' ? r.deadline : null,
    daysLate: r.kind === 'overdue' ? r.daysLate : null,
    periodLabel: r.kind === 'recurring' ? r.periodLabel : null,
    dueBy: r.kind === 'recurring' ? r.dueBy : r.deadline,
    message: reminderMessage(r),
  };
}

/** A plan as the periodic report lists it. */
export function presentReportPlan(p: s.PlanSummary): s.ReportPlan {
  return {
    id: p.id,
    unitCode: p.unitCode,
    unitName: p.unitName,
    title: p.title,
    period: p.period,
    window: p.window,
    status: p.status,
    statusName: p.statusName,
    tasks: p.tasks,
  };
}

export function presentMeasure(m: repo.MeasureRow): s.Measure {
  return {
    id: m.id,
    questionnaire: m.questionnaireCode,
    criterion: m.criterionCode,
    task: m.task,
    responsible: m.responsible,
    product: m.product,
    timing: m.timing,
    partners: m.partners,
    sortOrder: m.sortOrder,
    active: m.active,
  };
}

const DOCUMENT_KIND_NAMES: Record<s.DocumentKind, string> = {
  letter: 'Công văn',
  decision_index: 'Quyết định phê duyệt và công bố Chỉ số hài lòng',
  decision_plan: 'Quyết định ban hành Kế hoạch nâng cao chỉ số hài lòng',
};

export function documentKindName(kind: s.DocumentKind): string {
  return DOCUMENT_KIND_NAMES[kind] ?? kind;
}

/** A document before it is issued: its editable text and the document that text gives. */
export function presentDraft(
  kind: s.DocumentKind,
  unit: { code: string; name: string },
  slots: string[],
  text: DocumentText,
  document: OfficialDocument,
  heading: { source: string; fallback: boolean },
): s.DocumentDraft {
  return {
    kind,
    kindName: documentKindName(kind),
    unitCode: unit.code,
    unitName: unit.name,
    slots,
    text,
    document,
    headingSource: heading.source,
    headingFallback: heading.fallback,
  };
}

export function presentIssued(row: {
  d: repo.IssuedRow;
  unitCode: string;
  unitName: string;
}): s.IssuedDocument {
  const d = row.d;
  return {
    id: d.id,
    kind: d.kind as s.DocumentKind,
    kindName: documentKindName(d.kind as s.DocumentKind),
    unitCode: row.unitCode,
    unitName: row.unitName,
    year: d.year,
    number: d.number,
    symbol: d.symbol,
    numberLine: numberLine(d.number, d.symbol),
    title: d.title,
    issuedAt: d.issuedAt.toISOString(),
    issuedOn: vnDate(d.issuedAt),
    publicationId: d.publicationId,
    planId: d.planId,
    files: { docx: `/api/v1/documents/${d.id}/docx`, pdf: `/api/v1/documents/${d.id}/pdf` },
  };
}

export function presentIssuedWithContent(row: {
  d: repo.IssuedRow;
  unitCode: string;
  unitName: string;
}): s.IssuedDocumentWithContent {
  return { ...presentIssued(row), content: row.d.content as OfficialDocument };
}

/** A measure of the library as a proposed task of a criterion. */
export function proposedTask(
  criterionCode: string,
  m: Pick<s.Measure, 'task' | 'timing' | 'responsible' | 'product' | 'partners'>,
): s.ProposedTask {
  return {
    criterionCode,
    task: m.task,
    due: parseDue(m.timing),
    responsible: m.responsible,
    product: m.product,
    partners: m.partners,
  };
}

/**
 * A unit's index beside the library, drafted on `today`: every criterion with its gap and its measures,
 * ordered and ticked by proposal-rank.ts, each measure's timing kept inside the plan's window and not
 * already past (plan-year.ts).
 */
export function presentProposal(
  source: UnitIndex,
  measures: Record<string, s.Measure[]>,
  today: string,
): s.Proposal {
  const window = planWindowOn(source.period, today);
  const ranked = rankCriteria(source.result.criteria, source.result.overall.target, measures);
  return {
    unitCode: source.unit.code,
    unitName: source.unit.name,
    questionnaire: source.version.code,
    questionnaireVersion: source.version.version,
    period: source.period,
    window: window.label,
    planYears: planYearChoices(source.period, today),
    source: source.source,
    overall: { index: source.result.overall.index, target: source.result.overall.target },
    criteria: ranked.map((c) => {
      const tasks = c.measures.map((m) => {
        const task = proposedTask(c.code, m);
        return { ...task, due: dueNotPast(task.due, window, today) };
      });
      return {
        code: c.code,
        title: c.title,
        index: c.index,
        target: c.target,
        targetFrom: c.targetFrom,
        gap: c.gap,
        achievement: achievement(c.index, c.target),
        chosen: c.chosen,
        measures: tasks,
        proposed: c.chosen ? tasks : [],
      };
    }),
  };
}

export function changeVerdict(delta: number | null, significant: boolean): string {
  if (delta === null) return 'chưa có số liệu để so sánh';
  if (!significant) return 'thay đổi không có ý nghĩa thống kê';
  return delta > 0 ? 'tăng có ý nghĩa thống kê' : 'giảm có ý nghĩa thống kê';
}

type EffectFigure = { index: number | null; change: UnitResult['overall']['change'] };

/** One line of the effect table (the overall index when `code` is null, else a criterion). */
export function effectLine(tasks: repo.TaskRow[], fromPublication: boolean) {
  const inPlan = new Map<string, repo.TaskRow[]>();
  for (const t of tasks)
    if (t.criterionCode) inPlan.set(t.criterionCode, [...(inPlan.get(t.criterionCode) ?? []), t]);
  return (
    code: string | null,
    title: string,
    figure: EffectFigure | undefined,
    previous: number | null | undefined,
  ): s.EffectRow => {
    const change = figure?.change ?? null;
    const own = code ? (inPlan.get(code) ?? []) : tasks;
    return {
      criterion: code,
      title,
      inPlan: code === null ? true : inPlan.has(code),
      tasks: own.length,
      tasksDone: own.filter((t) => t.status === 'hoan_thanh').length,
      // The engine's previous-period figure (what its test compares); else the plan period's own.
      before: change?.previous ?? previous ?? null,
      /** The figure of the published result the plan was drafted from, if any. */
      beforePublished: fromPublication ? (previous ?? null) : null,
      after: figure?.index ?? null,
      delta: change?.delta ?? null,
      p: change?.p ?? null,
      significant: change?.significant ?? false,
      sameVersion: change?.sameVersion ?? true,
      verdict: changeVerdict(change?.delta ?? null, change?.significant ?? false),
    };
  };
}

export function presentEffect(
  row: repo.PlanWithUnit,
  questionnaire: string,
  nextPeriod: string,
  after: UnitResult | undefined,
  rows: s.EffectRow[],
): s.Effect {
  return {
    planId: row.p.id,
    unitCode: row.unitCode,
    unitName: row.unitName,
    questionnaire,
    period: row.p.period,
    nextPeriod,
    before: row.p.publicationId
      ? { source: 'publication', publicationId: row.p.publicationId }
      : { source: 'computed', publicationId: null },
    afterResponses: after?.responses ?? 0,
    afterLowSample: after?.lowSample ?? null,
    rows,
    note: after
      ? `So sánh ${periodText(row.p.period)} với ${periodText(nextPeriod)}: kiểm định z (Welch), mức ý nghĩa 5%.`
      : `Chưa có phiếu khảo sát nào của đơn vị trong ${periodText(nextPeriod)}.`,
  };
}
