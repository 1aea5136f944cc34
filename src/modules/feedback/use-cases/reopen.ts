import type { Actor } from '../../../access/actor.ts';
import type { WorkCalendar } from '../../../calendar/index.ts';
import type { AppContext } from '../../../lib/context.ts';
import { policyOf } from '../deadline-policies.ts';
import * as errors from '../feedback.errors.ts';
import * as repo from '../feedback.repo.ts';
import { recordStep } from '../feedback-events.ts';
import { type FeedbackStatus, isRateable, reopenedAnswerDeadline } from '../feedback-status.ts';
import { calendarOf, change, needText, officer, setItem } from './step.ts';

export async function reopenIn(
  tx: AppContext['db'],
  stepActor: Actor,
  d: repo.LoadedItem,
  now: Date,
  calendar: WorkCalendar,
  data: Record<string, unknown>,
) {
  const answerBy = reopenedAnswerDeadline(now, calendar, policyOf(d.f.deadlinePolicy).steps);
  await setItem(tx, d, now, { status: 'dang_xu_ly', reopenedCount: d.f.reopenedCount + 1, answerBy });
  await recordStep(tx, stepActor, {
    itemId: d.f.id,
    code: d.f.code,
    unitId: d.f.unitId,
    kind: 'reopened',
    from: d.f.status as FeedbackStatus,
    to: 'dang_xu_ly',
    at: now,
    data: { ...data, oldAnswerBy: d.f.answerBy.toISOString(), answerBy: answerBy.toISOString() },
  });
}

/** A review reopens an answered item (a leader, on a complaint or an inspection). */
export async function reopen(ctx: AppContext, actor: Actor, code: string, reason: string) {
  const text = needText(reason, 'reason');
  const found = await repo.findByCode(ctx.db, code);
  if (!found) throw errors.feedbackNotFound(code);
  const calendar = await calendarOf(ctx, found.f);
  return change(ctx, code, officer(actor, 'feedback.approve'), 'dang_xu_ly', async (tx, d, now) => {
    if (!isRateable(d.f.status as FeedbackStatus)) {
      throw errors.feedbackState('Chỉ mở lại được phản ánh đã trả lời.');
    }
    await reopenIn(tx, actor, d, now, calendar, { reason: text, by: 'review' });
  });
}
