import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordStep } from '../feedback-events.ts';
import type { FeedbackStatus } from '../feedback-status.ts';
import { change, lateBy, needText, officer, setItem } from './step.ts';

/** Refuse to handle, with a reason (≤ 2 working days; later is allowed and logged as late). */
export async function reject(ctx: AppContext, actor: Actor, code: string, reason: string) {
  const text = needText(reason, 'reason');
  return change(ctx, code, officer(actor, 'feedback.handle'), 'tu_choi', async (tx, d, now) => {
    await setItem(tx, d, now, { status: 'tu_choi' });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'rejected',
      from: d.f.status as FeedbackStatus,
      to: 'tu_choi',
      at: now,
      data: { reason: text, late: lateBy(now, d.f.rejectBy), rejectBy: d.f.rejectBy.toISOString() },
    });
  });
}
