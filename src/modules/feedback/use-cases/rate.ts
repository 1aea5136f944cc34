import type { AppContext } from '../../../lib/context.ts';
import * as errors from '../feedback.errors.ts';
import * as repo from '../feedback.repo.ts';
import { recordStep } from '../feedback-events.ts';
import { type FeedbackStatus, isRateable } from '../feedback-status.ts';
import { reopenIn } from './reopen.ts';
import { byToken, CITIZEN, calendarOf, change, setItem, tokenMatches } from './step.ts';

/**
 * The reporter rates the answer once per answer. "Not satisfied" needs a reason and reopens the
 * item (dang_xu_ly, a new 15-working-day answer deadline, reopened_count + 1).
 */
export async function rate(
  ctx: AppContext,
  code: string,
  token: string | undefined,
  input: { rating: 'satisfied' | 'dissatisfied'; reason?: string },
) {
  const found = await repo.findByCode(ctx.db, code);
  if (!found || !tokenMatches(ctx.secret, found.f, token)) throw errors.tokenInvalid();
  const reason = input.reason?.trim() ?? '';
  if (input.rating === 'dissatisfied' && [...reason].length < 5) {
    throw errors.invalid('reason', 'Hãy cho biết vì sao chưa hài lòng (ít nhất 5 ký tự)');
  }
  const calendar = await calendarOf(ctx, found.f);
  return change(ctx, code, byToken(ctx.secret, token), null, async (tx, d, now) => {
    const status = d.f.status as FeedbackStatus;
    if (!isRateable(status)) {
      throw errors.feedbackState('Phản ánh chưa có câu trả lời để đánh giá.', { status });
    }
    if (d.f.rating) throw errors.alreadyRated();
    await setItem(tx, d, now, { rating: input.rating, ratingReason: reason || null });
    await recordStep(tx, CITIZEN, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'rated',
      at: now,
      data: { rating: input.rating, ...(reason ? { reason } : {}) },
    });
    if (input.rating === 'dissatisfied') {
      await reopenIn(tx, CITIZEN, { ...d, f: { ...d.f, rating: input.rating } }, now, calendar, {
        reason,
        by: 'rating',
      });
    }
    return { rating: input.rating, reopened: input.rating === 'dissatisfied' };
  });
}
