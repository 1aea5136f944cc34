import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { presentOverview } from '../plans.present.ts';
import * as repo from '../plans.repo.ts';
import { prefixFor, summaries } from './plan-access.ts';

/** Every plan of a province (or any subtree) with its progress, and totals. */
export async function plansOverview(ctx: AppContext, actor: Actor, unitCode?: string) {
  const prefix = await prefixFor(ctx, actor, unitCode);
  const all = await summaries(ctx, await repo.listPlans(ctx.db, { prefix }));
  return presentOverview(all);
}
