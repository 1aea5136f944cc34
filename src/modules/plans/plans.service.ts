/**
 * Improvement plans: drafted for one unit from its index (each criterion under target proposes the
 * library's measures as tasks), edited while a draft, issued by a decision (documents.service.ts),
 * then carried out: progress per task with evidence and comments, reminders, a page per unit, an
 * overview of every plan in a province, and the effect seen in the next period's index.
 *
 * Plan states: draft → issued → closed. Tasks (the annex rows) are edited only in a draft (an
 * issued decision's annex does not change); progress may be reported from the draft on and stops
 * when the plan is closed. Reminders concern issued plans only. Every change writes an audit row in its
 * transaction. Reads need 'surveys.read', changes 'plans.manage', both inside the unit's subtree.
 */

import { type Actor, actorId, actorLabel } from '../../access/actor.ts';
import { authorize, scopePrefix } from '../../access/permissions.ts';
import type { AppContext } from '../../lib/context.ts';
import { formatDateVi } from '../../lib/format.ts';
import { vnDate } from '../../lib/time.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type IndexTable, indexTable } from '../surveys/index/index.service.ts';
import type { UnitResult } from '../surveys/index/index-engine.ts';
import { getQuestionnaire, getQuestionnaireById } from '../surveys/questionnaires/questionnaires.service.ts';
import { requireUnit } from '../units/units.service.ts';
import { nextPeriodText, periodText } from './doc-letter.ts';
import { checkEvidence, EVIDENCE_TYPES, servedType, typeName } from './evidence-type.ts';
import { type UnitIndexQuery, unitIndex } from './index-source.ts';
import { measuresByCriterion } from './measures.service.ts';
import {
  evidenceNotFound,
  evidenceTooLarge,
  evidenceTypeMismatch,
  planNotFound,
  planState,
  planStatusName,
  taskNotFound,
  validation,
} from './plans.errors.ts';
import * as repo from './plans.repo.ts';
import {
  type Due,
  dueDeadline,
  dueLabel,
  isValidDate,
  type PlanWindow,
  parseDue,
  planWindow,
  type Recurrence,
  type Reminder,
  reminderFor,
  TASK_STATUS_LABELS,
  type TaskStatus,
} from './task-due.ts';
import { achievement } from './wording.ts';

export type PlanStatus = 'draft' | 'issued' | 'closed';

export interface TaskInput {
  criterionCode?: string | null;
  task: string;
  due: Due;
  responsible: string;
  product?: string;
  partners?: string;
}

/** Evidence files: up to 10 MB, pictures, PDF and office documents, typed by their bytes (evidence-type.ts). */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export { EVIDENCE_TYPES };

// ── rows ↔ values ────────────────────────────────────────────────────────────

export function dueOf(row: Pick<repo.TaskRow, 'dueKind' | 'dueDate' | 'recurrence' | 'dueText'>): Due {
  if (row.dueKind === 'date' && row.dueDate) return { kind: 'date', date: row.dueDate };
  if (row.dueKind === 'recurring' && row.recurrence)
    return { kind: 'recurring', recurrence: row.recurrence as Recurrence };
  return { kind: 'text', text: row.dueText ?? '' };
}

function dueColumns(due: Due) {
  return {
    dueKind: due.kind,
    dueDate: due.kind === 'date' ? due.date : null,
    recurrence: due.kind === 'recurring' ? due.recurrence : null,
    dueText: due.kind === 'text' ? due.text.trim() : null,
  };
}

function checkDue(due: Due, field: string): void {
  if (due.kind === 'date' && !isValidDate(due.date))
    throw validation(field, `Ngày "${due.date}" không hợp lệ (cần dạng YYYY-MM-DD).`);
  if (due.kind === 'text' && due.text.trim() === '')
    throw validation(field, 'Thời gian hoàn thành không được để trống.');
}

function windowOf(plan: repo.PlanRow): PlanWindow {
  return planWindow(plan.period);
}

type Updates = Awaited<ReturnType<typeof repo.updatesOf>>;

function lastUpdateByTask(updates: Updates): Map<number, string> {
  const out = new Map<number, string>();
  for (const u of updates) {
    const day = vnDate(u.at);
    const seen = out.get(u.taskId);
    if (!seen || day > seen) out.set(u.taskId, day);
  }
  return out;
}

function remindersOf(plan: repo.PlanRow, tasks: repo.TaskRow[], updates: Updates, today: string) {
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

function taskStats(tasks: repo.TaskRow[], reminders: Map<number, Reminder>) {
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

function presentSummary(row: repo.PlanWithUnit, tasks: repo.TaskRow[], reminders: Map<number, Reminder>) {
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

function presentTask(
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

async function criterionTitlesOf(ctx: AppContext, questionnaireId: number): Promise<Map<string, string>> {
  const version = await getQuestionnaireById(ctx, questionnaireId);
  return new Map(version.definition.criteria.map((c) => [c.code, c.title]));
}

async function loadPlan(
  ctx: AppContext,
  actor: Actor,
  id: number,
  permission: 'surveys.read' | 'plans.manage',
): Promise<repo.PlanWithUnit> {
  authorize(actor, permission);
  const row = await repo.findPlan(ctx.db, id);
  if (!row) throw planNotFound(id);
  authorize(actor, permission, { path: row.unitPath });
  return row;
}

export async function getPlan(ctx: AppContext, actor: Actor, id: number) {
  const row = await loadPlan(ctx, actor, id, 'surveys.read');
  return detail(ctx, row);
}

async function detail(ctx: AppContext, row: repo.PlanWithUnit) {
  const tasks = await repo.tasksOf(ctx.db, [row.p.id]);
  const updates = await repo.updatesOf(
    ctx.db,
    tasks.map((t) => t.id),
  );
  const reminders = remindersOf(row.p, tasks, updates, vnDate(ctx.now()));
  const titles = await criterionTitlesOf(ctx, row.p.questionnaireId);
  const window = windowOf(row.p);
  return {
    ...presentSummary(row, tasks, reminders),
    taskList: tasks.map((t) => presentTask(t, updates, reminders.get(t.id), window, titles)),
  };
}
export type PlanDetail = Awaited<ReturnType<typeof detail>>;

// ── drafting ─────────────────────────────────────────────────────────────────

/** For each criterion, its figures and the tasks the library proposes when it is under target. */
export async function proposal(ctx: AppContext, actor: Actor, q: UnitIndexQuery) {
  const source = await unitIndex(ctx, actor, q);
  const measures = await measuresByCriterion(ctx, source.version.code);
  const window = planWindow(source.period);
  return {
    unitCode: source.unit.code,
    unitName: source.unit.name,
    questionnaire: source.version.code,
    questionnaireVersion: source.version.version,
    period: source.period,
    window: window.label,
    source: source.source,
    overall: { index: source.result.overall.index, target: source.result.overall.target },
    criteria: source.result.criteria.map((c) => {
      const state = achievement(c.index, c.target);
      return {
        code: c.code,
        title: c.title,
        index: c.index,
        target: c.target,
        achievement: state,
        proposed:
          state === 'chua_dat'
            ? (measures[c.code] ?? []).map((m): TaskInput & { product: string; partners: string } => ({
                criterionCode: c.code,
                task: m.task,
                due: parseDue(m.timing),
                responsible: m.responsible,
                product: m.product,
                partners: m.partners,
              }))
            : [],
      };
    }),
  };
}

export interface NewPlan extends UnitIndexQuery {
  title?: string;
  /** The rows as the officer edited them; omitted → the proposal's tasks. */
  tasks?: TaskInput[];
}

function checkTasks(tasks: TaskInput[], criteria: Set<string>, field = 'tasks'): void {
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

function taskValues(planId: number, position: number, t: TaskInput, now: Date): repo.NewTaskRow {
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

export async function createPlan(
  ctx: AppContext,
  actor: Actor,
  body: NewPlan,
  options: { demo?: boolean } = {},
) {
  const unit = await requireUnit(ctx, actor, body.unitCode, 'plans.manage');
  const draft = await proposal(ctx, actor, body);
  const tasks = body.tasks ?? draft.criteria.flatMap((c) => c.proposed);
  const version = await getQuestionnaire(ctx, `${draft.questionnaire}@${draft.questionnaireVersion}`);
  checkTasks(tasks, new Set(version.definition.criteria.map((c) => c.code)));
  const now = ctx.now();
  const title =
    body.title?.trim() ||
    `Kế hoạch thực hiện giải pháp nâng cao chỉ số hài lòng của ${unit.name} ${nextPeriodText(draft.period)}`;
  const id = await ctx.db.transaction(async (tx) => {
    const plan = await repo.insertPlan(tx, {
      unitId: unit.id,
      publicationId: draft.source.kind === 'publication' ? draft.source.id : null,
      questionnaireId: version.id,
      period: draft.period,
      title,
      status: 'draft',
      createdBy: actorId(actor),
      createdAt: now,
      updatedAt: now,
      demo: options.demo ?? false,
    });
    await repo.insertTasks(
      tx,
      tasks.map((t, i) => taskValues(plan.id, i + 1, t, now)),
    );
    await recordAudit(
      tx,
      actor,
      {
        action: 'plan.create',
        entityType: 'plan',
        entityId: String(plan.id),
        unitId: unit.id,
        data: {
          period: draft.period,
          questionnaire: draft.questionnaire,
          tasks: tasks.length,
          source: draft.source.kind,
        },
      },
      now,
    );
    return plan.id;
  });
  return getPlan(ctx, actor, id);
}

// ── editing a draft ──────────────────────────────────────────────────────────

async function editable(ctx: AppContext, actor: Actor, planId: number, action: string) {
  const row = await loadPlan(ctx, actor, planId, 'plans.manage');
  if (row.p.status !== 'draft') throw planState(row.p.status, action);
  return row;
}

async function audit(
  ctx: AppContext,
  tx: Parameters<typeof recordAudit>[0],
  actor: Actor,
  row: repo.PlanWithUnit,
  action: string,
  data: unknown,
) {
  await repo.updatePlan(tx, row.p.id, { updatedAt: ctx.now() });
  await recordAudit(
    tx,
    actor,
    { action, entityType: 'plan', entityId: String(row.p.id), unitId: row.p.unitId, data },
    ctx.now(),
  );
}

export async function updatePlan(ctx: AppContext, actor: Actor, id: number, patch: { title?: string }) {
  const row = await editable(ctx, actor, id, 'sửa kế hoạch');
  await ctx.db.transaction(async (tx) => {
    if (patch.title !== undefined) await repo.updatePlan(tx, id, { title: patch.title.trim() });
    await audit(ctx, tx, actor, row, 'plan.update', patch);
  });
  return getPlan(ctx, actor, id);
}

export async function addTask(
  ctx: AppContext,
  actor: Actor,
  planId: number,
  input: TaskInput & { position?: number },
) {
  const row = await editable(ctx, actor, planId, 'thêm nhiệm vụ');
  const titles = await criterionTitlesOf(ctx, row.p.questionnaireId);
  checkTasks([input], new Set(titles.keys()), 'task');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const existing = await repo.tasksOf(tx, [planId]);
    const [created] = await repo.insertTasks(tx, [taskValues(planId, existing.length + 1, input, now)]);
    if (input.position !== undefined) {
      const ids = existing.map((t) => t.id);
      ids.splice(Math.max(0, Math.min(ids.length, input.position - 1)), 0, created!.id);
      await repo.renumber(tx, ids);
    }
    await audit(ctx, tx, actor, row, 'plan.task_add', { taskId: created!.id, task: input.task });
  });
  return getPlan(ctx, actor, planId);
}

export async function updateTask(
  ctx: AppContext,
  actor: Actor,
  planId: number,
  taskId: number,
  patch: Partial<TaskInput> & { position?: number },
) {
  const row = await editable(ctx, actor, planId, 'sửa nhiệm vụ');
  const task = await repo.findTask(ctx.db, planId, taskId);
  if (!task) throw taskNotFound(planId, taskId);
  if (patch.criterionCode) {
    const titles = await criterionTitlesOf(ctx, row.p.questionnaireId);
    if (!titles.has(patch.criterionCode))
      throw validation('criterionCode', `Phiếu không có tiêu chí "${patch.criterionCode}".`);
  }
  if (patch.due) checkDue(patch.due, 'due');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await repo.updateTask(tx, planId, taskId, {
      ...(patch.criterionCode !== undefined ? { criterionCode: patch.criterionCode } : {}),
      ...(patch.task !== undefined ? { task: patch.task.trim() } : {}),
      ...(patch.due !== undefined ? dueColumns(patch.due) : {}),
      ...(patch.responsible !== undefined ? { responsible: patch.responsible.trim() } : {}),
      ...(patch.product !== undefined ? { product: patch.product.trim() } : {}),
      ...(patch.partners !== undefined ? { partners: patch.partners.trim() } : {}),
      updatedAt: now,
    });
    if (patch.position !== undefined) {
      const ids = (await repo.tasksOf(tx, [planId])).map((t) => t.id).filter((id) => id !== taskId);
      ids.splice(Math.max(0, Math.min(ids.length, patch.position - 1)), 0, taskId);
      await repo.renumber(tx, ids);
    }
    await audit(ctx, tx, actor, row, 'plan.task_update', { taskId, ...patch });
  });
  return getPlan(ctx, actor, planId);
}

export async function deleteTask(ctx: AppContext, actor: Actor, planId: number, taskId: number) {
  const row = await editable(ctx, actor, planId, 'xoá nhiệm vụ');
  const task = await repo.findTask(ctx.db, planId, taskId);
  if (!task) throw taskNotFound(planId, taskId);
  await ctx.db.transaction(async (tx) => {
    await repo.deleteTask(tx, planId, taskId);
    await repo.renumber(
      tx,
      (await repo.tasksOf(tx, [planId])).map((t) => t.id),
    );
    await audit(ctx, tx, actor, row, 'plan.task_delete', { taskId, task: task.task });
  });
  return getPlan(ctx, actor, planId);
}

export async function closePlan(ctx: AppContext, actor: Actor, id: number) {
  const row = await loadPlan(ctx, actor, id, 'plans.manage');
  if (row.p.status !== 'issued')
    throw planState(row.p.status, 'kết thúc (chỉ kết thúc được kế hoạch đã ban hành)');
  await ctx.db.transaction(async (tx) => {
    await repo.updatePlan(tx, id, { status: 'closed' });
    await audit(ctx, tx, actor, row, 'plan.close', {});
  });
  return getPlan(ctx, actor, id);
}

// ── execution ────────────────────────────────────────────────────────────────

export interface ProgressInput {
  progress?: number;
  status?: TaskStatus;
  comment?: string;
  link?: string;
  file?: { name: string; mime: string; base64: string };
}

async function decodeEvidence(
  file: NonNullable<ProgressInput['file']>,
): Promise<{ bytes: Uint8Array; mime: string }> {
  if (!(EVIDENCE_TYPES as readonly string[]).includes(file.mime)) {
    throw validation(
      'file.mime',
      `Loại tệp "${file.mime}" không được nhận (ảnh, PDF, Word, Excel, văn bản).`,
    );
  }
  const clean = file.base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) {
    throw validation('file.base64', 'Nội dung tệp không phải base64 hợp lệ.');
  }
  const bytes = Buffer.from(clean, 'base64');
  if (bytes.length > EVIDENCE_MAX_BYTES) {
    throw evidenceTooLarge(file.name, bytes.length);
  }
  if (bytes.length === 0) throw validation('file.base64', 'Tệp minh chứng rỗng.');
  // The declared type is the client's word; the bytes decide (and the bytes' type is what is served).
  const checked = await checkEvidence(bytes, file.mime);
  if (!checked.ok) {
    const found = checked.sniffed ? typeName(checked.sniffed) : 'không nhận ra loại tệp';
    throw evidenceTypeMismatch(
      checked.reason === 'mismatch'
        ? `Tệp "${file.name}" khai báo là ${typeName(file.mime)} nhưng nội dung là ${found}. Hãy chọn đúng tệp.`
        : `Nội dung tệp "${file.name}" (${found}) không phải loại được nhận (ảnh, PDF, Word, Excel, văn bản).`,
      file.mime,
      checked.sniffed,
    );
  }
  return { bytes: new Uint8Array(bytes), mime: checked.mime };
}

/**
 * A progress report on a task: % done, status, a comment, and evidence (a link or a file ≤ 10 MB).
 * 100 % means done and done means 100 %; a first report above 0 % starts the task.
 */
export async function reportProgress(
  ctx: AppContext,
  actor: Actor,
  planId: number,
  taskId: number,
  input: ProgressInput,
) {
  const row = await loadPlan(ctx, actor, planId, 'plans.manage');
  if (row.p.status === 'closed') throw planState(row.p.status, 'cập nhật tiến độ');
  const task = await repo.findTask(ctx.db, planId, taskId);
  if (!task) throw taskNotFound(planId, taskId);
  const comment = input.comment?.trim() ?? '';
  if (input.progress === undefined && !input.status && !comment && !input.link && !input.file) {
    throw validation(
      '(body)',
      'Cần ít nhất một trong: tiến độ, trạng thái, ý kiến, đường dẫn hoặc tệp minh chứng.',
    );
  }
  let progress = input.progress ?? task.progress;
  let status = (input.status ?? task.status) as TaskStatus;
  if (input.status === 'hoan_thanh' && input.progress !== undefined && input.progress < 100) {
    throw validation('progress', 'Nhiệm vụ hoàn thành phải có tiến độ 100%.');
  }
  if (input.status === 'hoan_thanh') progress = 100;
  else if (input.progress === 100 && !input.status) status = 'hoan_thanh';
  else if (input.progress !== undefined && input.progress > 0 && !input.status && status === 'chua_bat_dau')
    status = 'dang_thuc_hien';
  else if (input.status && progress === 100) {
    throw validation('progress', 'Mở lại nhiệm vụ đã hoàn thành: hãy nhập tiến độ dưới 100%.');
  }
  const evidence = input.file ? await decodeEvidence(input.file) : null;
  const bytes = evidence?.bytes ?? null;
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await repo.updateTask(tx, planId, taskId, { progress, status, updatedAt: now });
    const updateId = await repo.insertUpdate(tx, {
      taskId,
      at: now,
      actorId: actorId(actor),
      actorLabel: actorLabel(actor),
      progress: input.progress ?? (progress !== task.progress ? progress : null),
      status: status !== task.status ? status : (input.status ?? null),
      comment,
      link: input.link ?? null,
      fileName: input.file?.name ?? null,
      fileMime: evidence?.mime ?? null,
      fileBytes: bytes,
    });
    await audit(ctx, tx, actor, row, 'plan.progress', {
      taskId,
      updateId,
      progress,
      status,
      evidence: input.file
        ? { name: input.file.name, bytes: bytes!.length }
        : input.link
          ? { link: input.link }
          : null,
    });
  });
  const plan = await detail(ctx, row);
  return plan.taskList.find((t) => t.id === taskId)!;
}

export async function evidenceFile(
  ctx: AppContext,
  actor: Actor,
  planId: number,
  taskId: number,
  updateId: number,
) {
  await loadPlan(ctx, actor, planId, 'surveys.read');
  if (!(await repo.findTask(ctx.db, planId, taskId))) throw taskNotFound(planId, taskId);
  const file = await repo.evidence(ctx.db, planId, taskId, updateId);
  if (!file?.bytes || !file.name) throw evidenceNotFound(updateId);
  return { name: file.name, mime: await servedType(file.bytes, file.mime), bytes: file.bytes };
}

// ── lists, overview, reminders ───────────────────────────────────────────────

async function prefixFor(ctx: AppContext, actor: Actor, unitCode?: string): Promise<string> {
  authorize(actor, 'surveys.read');
  return unitCode ? (await requireUnit(ctx, actor, unitCode, 'surveys.read')).path : scopePrefix(actor);
}

async function summaries(ctx: AppContext, rows: repo.PlanWithUnit[]) {
  const tasks = await repo.tasksOf(
    ctx.db,
    rows.map((r) => r.p.id),
  );
  const updates = await repo.updatesOf(
    ctx.db,
    tasks.map((t) => t.id),
  );
  const today = vnDate(ctx.now());
  return rows.map((row) => {
    const own = tasks.filter((t) => t.planId === row.p.id);
    const ownUpdates = updates.filter((u) => own.some((t) => t.id === u.taskId));
    return { row, tasks: own, updates: ownUpdates, reminders: remindersOf(row.p, own, ownUpdates, today) };
  });
}

/** The plans of a unit's subtree (a unit's plan page, when the unit has no units below). */
export async function listPlans(
  ctx: AppContext,
  actor: Actor,
  q: { unitCode?: string; status?: PlanStatus },
) {
  const prefix = await prefixFor(ctx, actor, q.unitCode);
  const rows = await repo.listPlans(ctx.db, { prefix, status: q.status });
  return (await summaries(ctx, rows)).map((s) => presentSummary(s.row, s.tasks, s.reminders));
}

/** Every plan of a province (or any subtree) with its progress, and totals. */
export async function plansOverview(ctx: AppContext, actor: Actor, unitCode?: string) {
  const prefix = await prefixFor(ctx, actor, unitCode);
  const all = await summaries(ctx, await repo.listPlans(ctx.db, { prefix }));
  const plans = all.map((s) => presentSummary(s.row, s.tasks, s.reminders));
  const tasks = all.flatMap((s) => s.tasks);
  const byStatus = (status: PlanStatus) => plans.filter((p) => p.status === status).length;
  return {
    plans,
    totals: {
      plans: plans.length,
      units: new Set(plans.map((p) => p.unitCode)).size,
      draft: byStatus('draft'),
      issued: byStatus('issued'),
      closed: byStatus('closed'),
      tasks: taskStats(tasks, new Map(all.flatMap((s) => [...s.reminders.entries()]))),
    },
  };
}

/**
 * Reminders of the issued plans of a subtree: overdue tasks and recurring tasks without an update
 * in their period. The server queues them by email to the unit's leaders and specialists that have
 * a work email (reminders-outbox.ts); this list is what the plan pages show.
 */
export async function planReminders(ctx: AppContext, actor: Actor, unitCode?: string) {
  const prefix = await prefixFor(ctx, actor, unitCode);
  const all = await summaries(ctx, await repo.listPlans(ctx.db, { prefix, status: 'issued' }));
  const today = vnDate(ctx.now());
  const reminders = all.flatMap((s) =>
    s.tasks
      .filter((t) => s.reminders.has(t.id))
      .map((t) => {
        const r = s.reminders.get(t.id)!;
        return {
          planId: s.row.p.id,
          planTitle: s.row.p.title,
          unitCode: s.row.unitCode,
          unitName: s.row.unitName,
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
      }),
  );
  reminders.sort((a, b) =>
    a.kind === b.kind ? (a.dueBy < b.dueBy ? -1 : 1) : a.kind === 'overdue' ? -1 : 1,
  );
  return {
    today,
    queued: 0,
    delivery:
      'Nhắc việc được gửi qua email (hộp thư đi) tới lãnh đạo và chuyên viên của đơn vị có khai báo email công vụ, mỗi hạn một lần.',
    reminders,
  };
}

// ── effect ───────────────────────────────────────────────────────────────────

function changeVerdict(delta: number | null, significant: boolean): string {
  if (delta === null) return 'chưa có số liệu để so sánh';
  if (!significant) return 'thay đổi không có ý nghĩa thống kê';
  return delta > 0 ? 'tăng có ý nghĩa thống kê' : 'giảm có ý nghĩa thống kê';
}

/**
 * The next period's index beside the plan's criteria: before (the plan's period: the published
 * snapshot it was drafted from, or the index computed now) → after (the next period, computed),
 * with the change and its two-sided p-value from the index engine (Welch z-test at 5 %).
 */
export async function planEffect(ctx: AppContext, actor: Actor, id: number) {
  const row = await loadPlan(ctx, actor, id, 'surveys.read');
  const tasks = await repo.tasksOf(ctx.db, [id]);
  const version = await getQuestionnaireById(ctx, row.p.questionnaireId);
  const window = windowOf(row.p);
  const query = { period: window.label, unit: row.unitCode };
  let next: IndexTable = await indexTable(ctx, actor, {
    ...query,
    questionnaire: `${version.code}@${version.version}`,
  });
  let after: UnitResult | undefined = next.units.find((u) => u.unit === row.unitCode && u.responses > 0);
  if (!after) {
    const latest = await getQuestionnaire(ctx, version.code);
    if (latest.version !== version.version) {
      next = await indexTable(ctx, actor, { ...query, questionnaire: `${latest.code}@${latest.version}` });
      after = next.units.find((u) => u.unit === row.unitCode && u.responses > 0);
    }
  }
  const snapshot = row.p.publicationId
    ? ((await repo.publicationSnapshot(ctx.db, row.p.publicationId)) as IndexTable | undefined)
    : undefined;
  const beforeTable =
    snapshot ??
    (await indexTable(ctx, actor, {
      questionnaire: `${version.code}@${version.version}`,
      period: row.p.period,
      unit: row.unitCode,
    }));
  const beforeRow = beforeTable.units.find((u) => u.unit === row.unitCode);

  const inPlan = new Map<string, repo.TaskRow[]>();
  for (const t of tasks)
    if (t.criterionCode) inPlan.set(t.criterionCode, [...(inPlan.get(t.criterionCode) ?? []), t]);

  const line = (
    code: string | null,
    title: string,
    figure: { index: number | null; change: UnitResult['overall']['change'] } | undefined,
    previous: number | null | undefined,
  ) => {
    const change = figure?.change ?? null;
    const published = snapshot ? (previous ?? null) : null;
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
      beforePublished: published,
      after: figure?.index ?? null,
      delta: change?.delta ?? null,
      p: change?.p ?? null,
      significant: change?.significant ?? false,
      sameVersion: change?.sameVersion ?? true,
      verdict: changeVerdict(change?.delta ?? null, change?.significant ?? false),
    };
  };
  const rows = [
    line(
      null,
      'Chỉ số hài lòng chung',
      after ? { index: after.overall.index, change: after.overall.change } : undefined,
      beforeRow?.overall.index,
    ),
    ...version.definition.criteria.map((c) => {
      const now = after?.criteria.find((k) => k.code === c.code);
      return line(
        c.code,
        c.title,
        now ? { index: now.index, change: now.change } : undefined,
        beforeRow?.criteria.find((k) => k.code === c.code)?.index,
      );
    }),
  ];
  return {
    planId: id,
    unitCode: row.unitCode,
    unitName: row.unitName,
    questionnaire: version.code,
    period: row.p.period,
    nextPeriod: window.label,
    before: row.p.publicationId
      ? { source: 'publication' as const, publicationId: row.p.publicationId }
      : { source: 'computed' as const, publicationId: null },
    afterResponses: after?.responses ?? 0,
    afterLowSample: after?.lowSample ?? null,
    rows,
    note: after
      ? `So sánh ${periodText(row.p.period)} với ${periodText(window.label)}: kiểm định z (Welch), mức ý nghĩa 5%.`
      : `Chưa có phiếu khảo sát nào của đơn vị trong ${periodText(window.label)}.`,
  };
}
