import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import * as repo from '../plans.repo.ts';
import { getPlan } from './get-plan.ts';
import { auditPlan, editable } from './plan-access.ts';

export async function updatePlan(ctx: AppContext, actor: Actor, id: number, patch: { title?: string }) {
  const row = await editable(ctx, actor, id, 'sửa kế hoạch');
  await ctx.db.transaction(async (tx) => {
    if (patch.title !== undefined) await repo.updatePlan(tx, id, { title: patch.title.trim() });
    await auditPlan(ctx, tx, actor, row, 'plan.update', patch);
  });
  return getPlan(ctx, actor, id);
}
