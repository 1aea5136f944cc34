import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordStep } from '../dossier-events.ts';
import { isClosed, type Status } from '../dossier-status.ts';
import { dossierState } from '../dossiers.errors.ts';
import * as repo from '../dossiers.repo.ts';
import { change } from './step.ts';

/** Hand the dossier to another agency (a line of the control slip: TT 01/2018 Mẫu 05, TT 03/2025 Mẫu 06). */
export async function handOver(
  ctx: AppContext,
  actor: Actor,
  code: string,
  input: { toAgency: string; givenBy: string; dueAt?: Date },
) {
  return change(ctx, actor, code, null, async (tx, d, now) => {
    if (isClosed(d.d.status as Status)) throw dossierState('Hồ sơ đã kết thúc.');
    const h = await repo.insertHandover(tx, {
      dossierId: d.d.id,
      fromAgency: d.d.heldBy ?? d.unitName,
      toAgency: input.toAgency,
      givenAt: now,
      givenBy: input.givenBy,
      dueAt: input.dueAt ?? null,
    });
    await repo.updateDossier(tx, d.d.id, { heldBy: input.toAgency, updatedAt: now });
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'handover',
      at: now,
      data: { from: h.fromAgency, to: input.toAgency, givenBy: input.givenBy },
    });
    return h;
  });
}
