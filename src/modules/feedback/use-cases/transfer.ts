import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { vnDate } from '../../../lib/time.ts';
import { findByCode as findUnitByCode } from '../../units/units.repo.ts';
import * as errors from '../feedback.errors.ts';
import { recordStep } from '../feedback-events.ts';
import type { FeedbackStatus } from '../feedback-status.ts';
import { isOpenOn } from '../feedback-units.ts';
import { activeCategory } from './intake.ts';
import { change, lateBy, needText, officer, setItem } from './step.ts';

/**
 * Transfer to the competent unit with a reason (NĐ 20/2008: within 5 working days; a later
 * transfer is allowed and logged as late). The item moves to the receiving unit, which accepts
 * it; the deadlines stay those of the first reception.
 */
export async function transfer(
  ctx: AppContext,
  actor: Actor,
  code: string,
  input: { unitCode: string; reason: string; categoryCode?: string },
) {
  const reason = needText(input.reason, 'reason');
  const unit = await findUnitByCode(ctx.db, input.unitCode);
  const target = unit && isOpenOn(unit, vnDate(ctx.now())) ? unit : undefined;
  if (!target) throw errors.unitNotFound(input.unitCode);
  const category = input.categoryCode ? await activeCategory(ctx, input.categoryCode) : null;
  return change(ctx, code, officer(actor, 'feedback.handle'), 'da_chuyen', async (tx, d, now) => {
    if (target.id === d.f.unitId) throw errors.invalid('unitCode', 'Phải là đơn vị khác đơn vị đang giữ');
    await setItem(tx, d, now, {
      status: 'da_chuyen',
      unitId: target.id,
      handlerId: null,
      ...(category ? { categoryId: category.c.id } : {}),
    });
    const data = {
      fromUnit: d.unitCode,
      toUnit: target.code,
      reason,
      late: lateBy(now, d.f.transferBy),
      transferBy: d.f.transferBy.toISOString(),
      ...(category ? { fromCategory: d.categoryCode, toCategory: category.c.code } : {}),
    };
    // Audited under the unit that transferred it; the receiving unit sees it on the item's timeline.
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'transferred',
      from: d.f.status as FeedbackStatus,
      to: 'da_chuyen',
      at: now,
      data,
    });
    return { unitCode: target.code };
  });
}
