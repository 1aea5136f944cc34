import { type Actor, systemActor } from '../../../access/actor.ts';
import { authorize } from '../../../access/permissions.ts';
import type { AppContext } from '../../../lib/context.ts';
import * as queries from '../feedback.queries.ts';
import * as repo from '../feedback.repo.ts';
import { recordStep } from '../feedback-events.ts';
import { currentDeadline, type FeedbackStatus } from '../feedback-status.ts';

/**
 * Record each missed deadline once, as an 'overdue' event (timeline + audit): the classification
 * (5 working days), the answer (15) and the publication (2 after the answer). Idempotent. The
 * server's background worker runs it every few minutes; the pages that show lateness (warnings,
 * the leader's page) run it first, so what they show as overdue is already on the timeline.
 */
export async function scanOverdue(ctx: AppContext): Promise<number> {
  const rows = await repo.overdueWithoutEvent(ctx.db, ctx.now());
  if (rows.length === 0) return 0;
  const actor = systemActor('overdue-scan');
  const at = ctx.now();
  await ctx.db.transaction(async (tx) => {
    for (const r of rows) {
      const deadline = currentDeadline({
        status: r.status as FeedbackStatus,
        transferBy: new Date(r.due),
        answerBy: new Date(r.due),
        publishBy: new Date(r.due),
      });
      await recordStep(tx, actor, {
        itemId: Number(r.id),
        code: r.code,
        unitId: r.unit_id,
        kind: 'overdue',
        at,
        data: { deadline: deadline?.kind ?? null, dueAt: new Date(r.due).toISOString(), status: r.status },
      });
    }
  });
  return rows.length;
}

/** Open items near or past their current deadline, after recording the overdue ones. */
export async function warningList(ctx: AppContext, actor: Actor, unitCode?: string, withinDays = 2) {
  authorize(actor, 'feedback.read');
  await scanOverdue(ctx);
  return queries.warningList(ctx, actor, unitCode, withinDays);
}

/** The leader's page, after recording the overdue items. */
export async function dashboard(
  ctx: AppContext,
  actor: Actor,
  unitCode: string | undefined,
  periodLabel: string,
  min?: number,
) {
  authorize(actor, 'feedback.read');
  await scanOverdue(ctx);
  return queries.dashboard(ctx, actor, unitCode, periodLabel, min);
}
