import { type Actor, actorId } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { validation } from '../plans.errors.ts';
import { presentMyTask } from '../plans.present.ts';
import * as repo from '../plans.repo.ts';
import type { AssignableUser, MyTask } from '../plans.schema.ts';
import { loadPlan, prefixFor } from './plan-access.ts';

/**
 * The officers named on a task (beside the office in "Trách nhiệm thực hiện"): active users of the
 * plan's unit or below, chosen by the plan's editors. A named officer sees the task under "Nhiệm vụ
 * của tôi" and may report its progress without 'plans.manage' — on that task only.
 */

/** Who may be named on the plan's tasks (for the editors' picker). */
export async function assignableUsers(
  ctx: AppContext,
  actor: Actor,
  planId: number,
): Promise<AssignableUser[]> {
  const row = await loadPlan(ctx, actor, planId, 'plans.manage');
  return (await repo.assignableUsers(ctx.db, row.unitPath)).map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    unitCode: u.unitCode,
    unitName: u.unitName,
  }));
}

/** The given user ids, without repeats, each checked to be an active user of the plan's unit or below. */
export async function checkAssignees(
  db: AppContext['db'],
  plan: Pick<repo.PlanWithUnit, 'unitPath' | 'unitName'>,
  ids: number[],
  field: string,
): Promise<number[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const allowed = new Set((await repo.assignableUsers(db, plan.unitPath)).map((u) => u.id));
  const index = ids.findIndex((id) => !allowed.has(id));
  if (index >= 0) {
    throw validation(
      `${field}[${index}]`,
      `Người dùng #${ids[index]} không phải cán bộ đang hoạt động của ${plan.unitName} hoặc đơn vị trực thuộc.`,
    );
  }
  return unique;
}

/** The tasks the signed-in user is named on, inside a unit's subtree when one is given. */
export async function myTasks(ctx: AppContext, actor: Actor, unitCode?: string): Promise<MyTask[]> {
  const prefix = await prefixFor(ctx, actor, unitCode);
  const userId = actorId(actor);
  if (userId === null) return [];
  return (await repo.tasksAssignedTo(ctx.db, userId, prefix)).map(presentMyTask);
}

/**
 * The plan of a progress report: any plan the actor may manage, or — for an officer named on the task —
 * that task's plan (the task resolved through it), whatever the officer's role.
 */
export async function progressPlan(
  ctx: AppContext,
  actor: Actor,
  planId: number,
  taskId: number,
): Promise<repo.PlanWithUnit> {
  const userId = actorId(actor);
  if (userId !== null && (await repo.isAssignee(ctx.db, planId, taskId, userId))) {
    const row = await repo.findPlan(ctx.db, planId);
    if (row) return row;
  }
  return loadPlan(ctx, actor, planId, 'plans.manage');
}
