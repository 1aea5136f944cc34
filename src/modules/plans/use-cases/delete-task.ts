import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { taskNotFound } from '../plans.errors.ts';
import * as repo from '../plans.repo.ts';
import { getPlan } from './get-plan.ts';
import { auditPlan, editable } from './plan-access.ts';

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
    await auditPlan(ctx, tx, actor, row, 'plan.task_delete', { taskId, task: task.task });
  });
  return getPlan(ctx, actor, planId);
}
