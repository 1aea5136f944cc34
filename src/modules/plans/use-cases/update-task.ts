import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { checkDue, dueColumns, type TaskInput } from '../plan-values.ts';
import { planState, taskNotFound, validation } from '../plans.errors.ts';
import * as repo from '../plans.repo.ts';
import { getPlan } from './get-plan.ts';
import { auditPlan, criterionTitlesOf, editable, loadPlan } from './plan-access.ts';
import { checkAssignees } from './task-assignees.ts';

export async function updateTask(
  ctx: AppContext,
  actor: Actor,
  planId: number,
  taskId: number,
  patch: Partial<TaskInput> & { position?: number },
) {
  // Naming officers is not an annex edit: it stays open after the plan is issued, until it is closed.
  const onlyAssignees = Object.keys(patch).every((k) => k === 'assignees');
  const row = onlyAssignees
    ? await loadPlan(ctx, actor, planId, 'plans.manage')
    : await editable(ctx, actor, planId, 'sửa nhiệm vụ');
  if (row.p.status === 'closed') throw planState(row.p.status, 'giao nhiệm vụ');
  const task = await repo.findTask(ctx.db, planId, taskId);
  if (!task) throw taskNotFound(planId, taskId);
  if (patch.criterionCode) {
    const titles = await criterionTitlesOf(ctx, row.p.questionnaireId);
    if (!titles.has(patch.criterionCode))
      throw validation('criterionCode', `Phiếu không có tiêu chí "${patch.criterionCode}".`);
  }
  if (patch.due) checkDue(patch.due, 'due');
  const assignees = patch.assignees && (await checkAssignees(ctx.db, row, patch.assignees, 'assignees'));
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
    if (assignees) await repo.setAssignees(tx, taskId, assignees);
    if (patch.position !== undefined) {
      const ids = (await repo.tasksOf(tx, [planId])).map((t) => t.id).filter((id) => id !== taskId);
      ids.splice(Math.max(0, Math.min(ids.length, patch.position - 1)), 0, taskId);
      await repo.renumber(tx, ids);
    }
    await auditPlan(ctx, tx, actor, row, 'plan.task_update', { taskId, ...patch });
  });
  return getPlan(ctx, actor, planId);
}
