import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { planState } from '../plans.errors.ts';
import * as repo from '../plans.repo.ts';
import { getPlan } from './get-plan.ts';
import { auditPlan, loadPlan } from './plan-access.ts';

export async function closePlan(ctx: AppContext, actor: Actor, id: number) {
  const row = await loadPlan(ctx, actor, id, 'plans.manage');
  if (row.p.status !== 'issued')
    throw planState(row.p.status, 'kết thúc (chỉ kết thúc được kế hoạch đã ban hành)');
  await ctx.db.transaction(async (tx) => {
    await repo.updatePlan(tx, id, { status: 'closed' });
    await auditPlan(ctx, tx, actor, row, 'plan.close', {});
  });
  return getPlan(ctx, actor, id);
}
