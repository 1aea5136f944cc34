import type { Actor } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import { recordStep as recordWorkflowStep, type Step } from '../workflow/record-step.ts';
import type { Status } from './dossier-status.ts';
import * as repo from './dossiers.repo.ts';

/** One step of a dossier: its timeline event and its audit row, in the caller's transaction. */
export async function recordStep(
  tx: Db,
  actor: Actor,
  step: Step<Status> & { dossierId: number },
): Promise<void> {
  await recordWorkflowStep<Status>(
    tx,
    actor,
    'dossier',
    (event) => repo.insertEvent(tx, { dossierId: step.dossierId, ...event }),
    step,
  );
}

/** Record that a slip was issued, with what it says frozen at that moment. */
export async function recordSlip(
  tx: Db,
  actor: Actor,
  slip: { dossierId: number; form: string; at: Date; content: Record<string, unknown> },
): Promise<void> {
  await repo.insertSlip(tx, actor, slip);
}
