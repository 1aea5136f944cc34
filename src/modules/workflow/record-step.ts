import { type Actor, actorId, actorLabel } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.service.ts';

/**
 * The one workflow step shared by the desk (dossiers) and feedback: both move an item through a
 * status machine, and every move writes a timeline event and an audit row in the caller's
 * transaction. It lives under modules/ (not lib/) because it writes through the audit module;
 * each module keeps its own states, rules and events table (it passes the event writer).
 */
export interface StepEvent<S> {
  at: Date;
  kind: string;
  fromStatus: S | null;
  toStatus: S | null;
  actorId: number | null;
  actorLabel: string;
  data: Record<string, unknown>;
}

export interface Step<S> {
  code: string;
  unitId: number;
  kind: string;
  from?: S | null;
  to?: S | null;
  data?: Record<string, unknown>;
  at: Date;
}

/** Write the timeline event (through `writeEvent`) and the audit row `<entity>.<kind>`. */
export async function recordStep<S>(
  tx: Db,
  actor: Actor,
  entity: string,
  writeEvent: (event: StepEvent<S>) => Promise<unknown>,
  step: Step<S>,
): Promise<void> {
  await writeEvent({
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
      action: `${entity}.${step.kind}`,
      entityType: entity,
      entityId: step.code,
      unitId: step.unitId,
      data: { from: step.from ?? null, to: step.to ?? null, ...(step.data ?? {}) },
    },
    step.at,
  );
}
