import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { servedType } from '../evidence-type.ts';
import { evidenceNotFound, taskNotFound } from '../plans.errors.ts';
import * as repo from '../plans.repo.ts';
import { loadPlan } from './plan-access.ts';

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
