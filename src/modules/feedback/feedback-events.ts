import { type Actor, actorId, actorLabel } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import { feedbackEvents } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { FeedbackStatus } from './feedback-status.ts';

/** One step of a feedback item: its timeline event and its audit row, in the caller's transaction. */
export async function recordStep(
  tx: Db,
  actor: Actor,
  step: {
    itemId: number;
    code: string;
    unitId: number;
    kind: string;
    from?: FeedbackStatus | null;
    to?: FeedbackStatus | null;
    data?: Record<string, unknown>;
    at: Date;
  },
): Promise<void> {
  await tx.insert(feedbackEvents).values({
    itemId: step.itemId,
    at: step.at,
    kind: step.kind,
    fromStatus: step.from ?? null,
    toStatus: step.to ?? null,
    actorId: actorId(actor),
    actorLabel: actorLabel(actor),
    data: step.data ?? {},
  });
  await recordAudit(
    tx,
    actor,
    {
      action: `feedback.${step.kind}`,
      entityType: 'feedback',
      entityId: step.code,
      unitId: step.unitId,
      data: { from: step.from ?? null, to: step.to ?? null, ...(step.data ?? {}) },
    },
    step.at,
  );
}
