import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordStep } from '../feedback-events.ts';
import type { FeedbackStatus } from '../feedback-status.ts';
import { change, lateBy, needText, officer, setItem } from './step.ts';

/** Ask the reporter for more information (within 5 working days of reception; later is logged as late). */
export async function requestInfo(ctx: AppContext, actor: Actor, code: string, question: string) {
  const text = needText(question, 'question');
  return change(ctx, code, officer(actor, 'feedback.handle'), 'cho_bo_sung', async (tx, d, now) => {
    await setItem(tx, d, now, { status: 'cho_bo_sung' });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'info_requested',
      from: d.f.status as FeedbackStatus,
      to: 'cho_bo_sung',
      at: now,
      data: { question: text, late: lateBy(now, d.f.transferBy), askBy: d.f.transferBy.toISOString() },
    });
  });
}
