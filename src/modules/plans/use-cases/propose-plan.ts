import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { type UnitIndexQuery, unitIndex } from '../index-source.ts';
import { measuresByCriterion } from '../measures.service.ts';
import { presentProposal } from '../plans.present.ts';

/** For each criterion, its figures and the tasks the library proposes when it is under target. */
export async function proposal(ctx: AppContext, actor: Actor, q: UnitIndexQuery) {
  const source = await unitIndex(ctx, actor, q);
  const measures = await measuresByCriterion(ctx, source.version.code);
  return presentProposal(source, measures);
}
