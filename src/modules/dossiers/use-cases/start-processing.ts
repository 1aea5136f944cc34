import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordStep } from '../dossier-events.ts';
import { STATUS, type Status } from '../dossier-status.ts';
import { change, setStatus } from './step.ts';

export async function startProcessing(ctx: AppContext, actor: Actor, code: string) {
  return change(ctx, actor, code, STATUS.PROCESSING, async (tx, d, now) => {
    await setStatus(tx, d, STATUS.PROCESSING, now);
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'processing',
      from: d.d.status as Status,
      to: STATUS.PROCESSING,
      at: now,
    });
  });
}
