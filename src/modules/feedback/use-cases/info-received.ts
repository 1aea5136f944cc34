import type { Actor } from '../../../access/actor.ts';
import { extendForSupplement } from '../../../calendar/index.ts';
import type { AppContext } from '../../../lib/context.ts';
import * as errors from '../feedback.errors.ts';
import * as repo from '../feedback.repo.ts';
import { recordStep } from '../feedback-events.ts';
import { calendarOf, change, type Guard, needText, officer, setItem } from './step.ts';

/**
 * The information came (from the reporter's tracking page, or noted by an officer): handling goes
 * on and the answer deadline moves by the working days spent waiting, as for a dossier supplement.
 */
export async function infoArrived(
  ctx: AppContext,
  guard: Guard,
  stepActor: Actor,
  code: string,
  info: string,
) {
  const found = await repo.findByCode(ctx.db, code);
  if (!found) throw errors.feedbackNotFound(code);
  const calendar = await calendarOf(ctx, found.f);
  return change(ctx, code, guard, 'dang_xu_ly', async (tx, d, now) => {
    if (d.f.status !== 'cho_bo_sung') throw errors.feedbackState('Phản ánh không chờ bổ sung thông tin.');
    const events = await repo.eventsOf(tx, d.f.id);
    const asked = [...events].reverse().find((e) => e.kind === 'info_requested');
    const answerBy = asked ? extendForSupplement(d.f.answerBy, asked.at, now, calendar) : d.f.answerBy;
    await setItem(tx, d, now, { status: 'dang_xu_ly', answerBy });
    await recordStep(tx, stepActor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'info_received',
      from: 'cho_bo_sung',
      to: 'dang_xu_ly',
      at: now,
      data: { info, oldAnswerBy: d.f.answerBy.toISOString(), answerBy: answerBy.toISOString() },
    });
  });
}

export async function infoReceived(ctx: AppContext, actor: Actor, code: string, note: string) {
  return infoArrived(ctx, officer(actor, 'feedback.handle'), actor, code, needText(note, 'note'));
}
