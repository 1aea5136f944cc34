import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import * as errors from '../feedback.errors.ts';
import { recordStep } from '../feedback-events.ts';
import { type FeedbackStatus, STATUS_NAMES } from '../feedback-status.ts';
import { change, officer, setItem } from './step.ts';

/** Accept the item and start handling it (cho_tiep_nhan or da_chuyen → dang_xu_ly). */
export async function accept(ctx: AppContext, actor: Actor, code: string) {
  return change(ctx, code, officer(actor, 'feedback.handle'), 'dang_xu_ly', async (tx, d, now) => {
    const from = d.f.status as FeedbackStatus;
    if (from !== 'cho_tiep_nhan' && from !== 'da_chuyen') {
      throw errors.feedbackState(`Phản ánh đang ở trạng thái "${STATUS_NAMES[from]}".`);
    }
    const handlerId = d.f.handlerId ?? (actor.kind === 'user' ? actor.userId : null);
    await setItem(tx, d, now, { status: 'dang_xu_ly', handlerId });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'accepted',
      from,
      to: 'dang_xu_ly',
      at: now,
    });
  });
}
