import type { Actor } from '../../../access/actor.ts';
import { authorize } from '../../../access/permissions.ts';
import type { AppContext } from '../../../lib/context.ts';
import * as errors from '../feedback.errors.ts';
import * as repo from '../feedback.repo.ts';
import { recordStep } from '../feedback-events.ts';
import { type FeedbackStatus, isClosed } from '../feedback-status.ts';
import { change, officer, setItem } from './step.ts';

/**
 * Merge a duplicate into the item it repeats: the duplicate is closed (tu_choi, "trùng nội dung")
 * and points to the other, which counts it; its reporter is told when the other is answered.
 */
export async function merge(ctx: AppContext, actor: Actor, code: string, intoCode: string) {
  if (code === intoCode) throw errors.invalid('into', 'Không gộp một phản ánh vào chính nó');
  return change(ctx, code, officer(actor, 'feedback.handle'), 'tu_choi', async (tx, d, now) => {
    if (isClosed(d.f.status as FeedbackStatus) || d.f.mergedIntoId !== null) {
      throw errors.feedbackState('Phản ánh đã kết thúc, không gộp được.');
    }
    const into = await repo.findByCode(tx, intoCode, true);
    if (!into) throw errors.feedbackNotFound(intoCode);
    authorize(actor, 'feedback.handle', { path: into.unitPath });
    if (into.f.mergedIntoId !== null || into.f.status === 'tu_choi') {
      throw errors.feedbackState(`Phản ánh "${intoCode}" đã đóng hoặc đã được gộp.`);
    }
    await setItem(tx, d, now, { status: 'tu_choi', mergedIntoId: into.f.id });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'merged',
      from: d.f.status as FeedbackStatus,
      to: 'tu_choi',
      at: now,
      data: { into: intoCode, reason: `Trùng nội dung với phản ánh ${intoCode}` },
    });
    await recordStep(tx, actor, {
      itemId: into.f.id,
      code: intoCode,
      unitId: into.f.unitId,
      kind: 'duplicate_linked',
      at: now,
      data: { duplicate: code },
    });
  });
}
