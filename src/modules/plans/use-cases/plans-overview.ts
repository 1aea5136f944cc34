import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { type PlanStatus, taskStats } from '../plan-values.ts';
import { presentSummary } from '../plans.present.ts';
import * as repo from '../plans.repo.ts';
import { prefixFor, summaries } from './plan-access.ts';

/** Every plan of a province (or any subtree) with its progress, and totals. */
export async function plansOverview(ctx: AppContext, actor: Actor, unitCode?: string) {
  const prefix = await prefixFor(ctx, actor, unitCode);
  const all = await summaries(ctx, await repo.listPlans(ctx.db, { prefix }));
  const plans = all.map((s) => presentSummary(s.row, s.tasks, s.reminders));
  const tasks = all.flatMap((s) => s.tasks);
  const byStatus = (status: PlanStatus) => plans.filter((p) => p.status === status).length;
  return {
    plans,
    totals: {
      plans: plans.length,
      units: new Set(plans.map((p) => p.unitCode)).size,
      draft: byStatus('draft'),
      issued: byStatus('issued'),
      closed: byStatus('closed'),
      tasks: taskStats(tasks, new Map(all.flatMap((s) => [...s.reminders.entries()]))),
    },
  };
}
