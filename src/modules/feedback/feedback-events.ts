import type { Actor } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import { recordStep as recordWorkflowStep, type Step } from '../workflow/record-step.ts';
import * as repo from './feedback.repo.ts';
import type { FeedbackStatus } from './feedback-status.ts';

/** One step of a feedback item: its timeline event and its audit row, in the caller's transaction. */
export async function recordStep(
  tx: Db,
  actor: Actor,
  step: Step<FeedbackStatus> & { itemId: number },
): Promise<void> {
  await recordWorkflowStep<FeedbackStatus>(
    tx,
    actor,
    'feedback',
    (event) => repo.insertEvent(tx, { itemId: step.itemId, ...event }),
    step,
  );
}
