import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordStep } from '../feedback-events.ts';
import { change, needText, officer, setItem } from './step.ts';

/** A leader sends the draft back to the handler with a reason. */
export async function returnDraft(ctx: AppContext, actor: Actor, code: string, reason: string) {
  const text = needText(reason, 'reason');
  return change(ctx, code, officer(actor, 'feedback.approve'), 'dang_xu_ly', async (tx, d, now) => {
    await setItem(tx, d, now, { status: 'dang_xu_ly' });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'draft_returned',
      from: 'cho_duyet',
      to: 'dang_xu_ly',
      at: now,
      data: { reason: text },
    });
  });
}
