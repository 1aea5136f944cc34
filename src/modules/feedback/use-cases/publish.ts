import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordStep } from '../feedback-events.ts';
import { change, lateBy, officer, setItem } from './step.ts';

/** Publish the approved answer on /phan-anh (≤ 2 working days after it; later is logged as late). */
export async function publish(ctx: AppContext, actor: Actor, code: string) {
  return change(ctx, code, officer(actor, 'feedback.handle'), 'da_cong_khai', async (tx, d, now) => {
    await setItem(tx, d, now, { status: 'da_cong_khai', publishedAt: now });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'published',
      from: 'da_tra_loi',
      to: 'da_cong_khai',
      at: now,
      data: { late: d.f.publishBy ? lateBy(now, d.f.publishBy) : false },
    });
  });
}
