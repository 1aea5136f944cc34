import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { vnDate } from '../../../lib/time.ts';
import { type UnitIndexQuery, unitIndex } from '../index-source.ts';
import { measuresByCriterion } from '../measures.service.ts';
import { planWindowOn } from '../plan-year.ts';
import { presentProposal } from '../plans.present.ts';

/**
 * Every criterion with its figures, its gap and the library's measures (ticked when under target,
 * ordered by gap: proposal-rank.ts), in the plan's window as drafted today (plan-year.ts), naming the
 * offices that exist when the plan runs (its window's start, or today when later).
 */
export async function proposal(ctx: AppContext, actor: Actor, q: UnitIndexQuery) {
  const source = await unitIndex(ctx, actor, q);
  const today = vnDate(ctx.now());
  const start = planWindowOn(source.period, today).start;
  const measures = await measuresByCriterion(ctx, source.version.code, {
    date: [start, today].sort()[1]!,
    unitType: source.unit.type,
  });
  return presentProposal(source, measures, today);
}
