/**
 * The figures other modules lend to the periodic reports, each behind one function so that a change
 * of theirs is a change here only. Feedback (phản ánh, kiến nghị) comes from the feedback module's
 * `figuresFor` (scope-checked by that module); a half-year sums its two quarters.
 */

import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../lib/context.ts';
import { figuresFor } from '../feedback/feedback.queries.ts';
import type { FeedbackFigures } from '../feedback/figures.queries.ts';

/** Feedback figures of a unit's subtree over survey periods (summed), or null when none can be had. */
export async function feedbackFiguresOf(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  periods: string[],
): Promise<FeedbackFigures | null> {
  const parts = await Promise.all(periods.map((p) => figuresFor(ctx, actor, unitCode, p)));
  if (parts.length === 0) return null;
  const sum = (key: 'received' | 'answered' | 'answeredOnTime' | 'satisfied' | 'dissatisfied' | 'reopened') =>
    parts.reduce((s, p) => s + p[key], 0);
  const answered = sum('answered');
  const answeredOnTime = sum('answeredOnTime');
  const satisfied = sum('satisfied');
  const dissatisfied = sum('dissatisfied');
  return {
    received: sum('received'),
    answered,
    answeredOnTime,
    onTimeShare: answered > 0 ? answeredOnTime / answered : null,
    satisfied,
    dissatisfied,
    satisfiedShare: satisfied + dissatisfied > 0 ? satisfied / (satisfied + dissatisfied) : null,
    reopened: sum('reopened'),
  };
}
