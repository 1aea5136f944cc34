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
import type { Actor } from '../../../access/actor.ts';
import { authorize, scopePrefix } from '../../../access/permissions.ts';
import type { AppContext } from '../../../lib/context.ts';
import { vnDate } from '../../../lib/time.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { getQuestionnaireById } from '../../surveys/questionnaires/questionnaires.service.ts';
import { requireUnit } from '../../units/units.service.ts';
import { remindersOf } from '../plan-values.ts';
import { planNotFound, planState } from '../plans.errors.ts';
import { presentDetail } from '../plans.present.ts';
import * as repo from '../plans.repo.ts';
import type { PlanDetail } from '../plans.schema.ts';

export async function criterionTitlesOf(
  ctx: AppContext,
  questionnaireId: number,
): Promise<Map<string, string>> {
  const version = await getQuestionnaireById(ctx, questionnaireId);
  return new Map(version.definition.criteria.map((c) => [c.code, c.title]));
}

export async function loadPlan(
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

export async function planDetail(ctx: AppContext, row: repo.PlanWithUnit): Promise<PlanDetail> {
  const tasks = await repo.tasksOf(ctx.db, [row.p.id]);
  const updates = await repo.updatesOf(
    ctx.db,
    tasks.map((t) => t.id),
  );
  const reminders = remindersOf(row.p, tasks, updates, vnDate(ctx.now()));
  const titles = await criterionTitlesOf(ctx, row.p.questionnaireId);
  const assignees = await repo.assigneesOf(
    ctx.db,
    tasks.map((t) => t.id),
  );
  return presentDetail(row, tasks, updates, reminders, titles, assignees);
}

export async function editable(ctx: AppContext, actor: Actor, planId: number, action: string) {
  const row = await loadPlan(ctx, actor, planId, 'plans.manage');
  if (row.p.status !== 'draft') throw planState(row.p.status, action);
  return row;
}

export async function auditPlan(
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

export async function prefixFor(ctx: AppContext, actor: Actor, unitCode?: string): Promise<string> {
  authorize(actor, 'surveys.read');
  return unitCode ? (await requireUnit(ctx, actor, unitCode, 'surveys.read')).path : scopePrefix(actor);
}

export async function summaries(ctx: AppContext, rows: repo.PlanWithUnit[]) {
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
