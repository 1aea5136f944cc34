import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { loadPlan, planDetail } from './plan-access.ts';

export async function getPlan(ctx: AppContext, actor: Actor, id: number) {
  const row = await loadPlan(ctx, actor, id, 'surveys.read');
  return planDetail(ctx, row);
}
