import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { checkTasks, type TaskInput, taskValues } from '../plan-values.ts';
import * as repo from '../plans.repo.ts';
import { getPlan } from './get-plan.ts';
import { auditPlan, criterionTitlesOf, editable } from './plan-access.ts';
import { checkAssignees } from './task-assignees.ts';

export async function addTask(
  ctx: AppContext,
  actor: Actor,
  planId: number,
  input: TaskInput & { position?: number },
) {
  const row = await editable(ctx, actor, planId, 'thêm nhiệm vụ');
  const titles = await criterionTitlesOf(ctx, row.p.questionnaireId);
  checkTasks([input], new Set(titles.keys()), 'task');
  const assignees = await checkAssignees(ctx.db, row, input.assignees ?? [], 'assignees');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const existing = await repo.tasksOf(tx, [planId]);
    const [created] = await repo.insertTasks(tx, [taskValues(planId, existing.length + 1, input, now)]);
    await repo.setAssignees(tx, created!.id, assignees);
    if (input.position !== undefined) {
      const ids = existing.map((t) => t.id);
      ids.splice(Math.max(0, Math.min(ids.length, input.position - 1)), 0, created!.id);
      await repo.renumber(tx, ids);
    }
    await auditPlan(ctx, tx, actor, row, 'plan.task_add', { taskId: created!.id, task: input.task });
  });
  return getPlan(ctx, actor, planId);
}
