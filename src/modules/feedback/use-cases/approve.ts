import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { policyOf } from '../deadline-policies.ts';
import * as errors from '../feedback.errors.ts';
import * as repo from '../feedback.repo.ts';
import { recordStep } from '../feedback-events.ts';
import { notifyReporter, reporterLink } from '../feedback-notify.ts';
import { publishDeadline } from '../feedback-status.ts';
import { calendarOf, change, lateBy, officer, setItem } from './step.ts';

/**
 * A leader approves the answer: it is given (da_tra_loi) now, the publication deadline is set,
 * and the reporter (and the reporters of merged duplicates) are told, with consent.
 */
export async function approve(ctx: AppContext, actor: Actor, code: string, options: { baseUrl: string }) {
  const found = await repo.findByCode(ctx.db, code);
  if (!found) throw errors.feedbackNotFound(code);
  const calendar = await calendarOf(ctx, found.f);
  return change(ctx, code, officer(actor, 'feedback.approve'), 'da_tra_loi', async (tx, d, now) => {
    const publishBy = publishDeadline(now, calendar, policyOf(d.f.deadlinePolicy).steps);
    const previous = (await repo.eventsOf(tx, d.f.id)).filter((e) => e.kind === 'approved').length;
    await setItem(tx, d, now, {
      status: 'da_tra_loi',
      answeredAt: now,
      approvedBy: actor.kind === 'user' ? actor.userId : null,
      publishBy,
      rating: null,
      ratingReason: null,
    });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'approved',
      from: 'cho_duyet',
      to: 'da_tra_loi',
      at: now,
      data: {
        onTime: !lateBy(now, d.f.answerBy),
        answerBy: d.f.answerBy.toISOString(),
        publishBy: publishBy.toISOString(),
        round: previous + 1,
      },
    });
    const key = `answer:${previous + 1}`;
    await notifyReporter(
      tx,
      { ...d.f, unitName: d.unitName },
      'feedback.answered',
      { url: await reporterLink(tx, options.baseUrl, code) },
      now,
      key,
    );
    const merged = await repo.mergedInto(tx, d.f.id);
    // The reporters of merged duplicates get the answer on their own tracking page.
    for (const m of merged) {
      await notifyReporter(
        tx,
        { ...m, unitName: d.unitName },
        'feedback.answered',
        { url: await reporterLink(tx, options.baseUrl, m.code) },
        now,
        `${code}:${key}`,
      );
    }
  });
}
