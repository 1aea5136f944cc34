import { type Actor, actorId, actorLabel } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import { dossierEvents, dossierSlips } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Status } from './dossier-status.ts';

/** One step of a dossier: its timeline event and its audit row, in the caller's transaction. */
export async function recordStep(
  tx: Db,
  actor: Actor,
  step: {
    dossierId: number;
    code: string;
    unitId: number;
    kind: string;
    from?: Status | null;
    to?: Status | null;
    data?: Record<string, unknown>;
    at: Date;
  },
): Promise<void> {
  await tx.insert(dossierEvents).values({
    dossierId: step.dossierId,
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
      action: `dossier.${step.kind}`,
      entityType: 'dossier',
      entityId: step.code,
      unitId: step.unitId,
      data: { from: step.from ?? null, to: step.to ?? null, ...(step.data ?? {}) },
    },
    step.at,
  );
}

/** Record that a slip was issued, with what it says frozen at that moment. */
export async function recordSlip(
  tx: Db,
  actor: Actor,
  slip: { dossierId: number; form: string; at: Date; content: Record<string, unknown> },
): Promise<void> {
  await tx.insert(dossierSlips).values({
    dossierId: slip.dossierId,
    form: slip.form,
    issuedAt: slip.at,
    issuedBy: actorLabel(actor),
    content: slip.content,
  });
}
