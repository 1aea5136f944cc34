import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordStep } from '../dossier-events.ts';
import { handoverNotPending } from '../dossiers.errors.ts';
import * as repo from '../dossiers.repo.ts';
import { change } from './step.ts';

export async function receiveHandover(
  ctx: AppContext,
  actor: Actor,
  code: string,
  id: number,
  input: { receivedBy: string; result?: string },
) {
  return change(ctx, actor, code, null, async (tx, d, now) => {
    const h = await repo.receiveHandover(tx, d.d.id, id, {
      receivedAt: now,
      receivedBy: input.receivedBy,
      result: input.result ?? null,
    });
    if (!h) throw handoverNotPending();
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'handover_received',
      at: now,
      data: { agency: h.toAgency, receivedBy: input.receivedBy },
    });
    return h;
  });
}
