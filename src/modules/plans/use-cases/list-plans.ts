import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import type { PlanStatus } from '../plan-values.ts';
import { presentSummary } from '../plans.present.ts';
import * as repo from '../plans.repo.ts';
import { prefixFor, summaries } from './plan-access.ts';

/** The plans of a unit's subtree (a unit's plan page, when the unit has no units below). */
export async function listPlans(
  ctx: AppContext,
  actor: Actor,
  q: { unitCode?: string; status?: PlanStatus },
) {
  const prefix = await prefixFor(ctx, actor, q.unitCode);
  const rows = await repo.listPlans(ctx.db, { prefix, status: q.status });
  return (await summaries(ctx, rows)).map((s) => presentSummary(s.row, s.tasks, s.reminders));
}
