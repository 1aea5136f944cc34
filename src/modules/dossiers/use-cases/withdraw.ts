import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordStep } from '../dossier-events.ts';
import { STATUS, type Status } from '../dossier-status.ts';
import { change, setStatus } from './step.ts';

export async function withdraw(ctx: AppContext, actor: Actor, code: string, reason: string) {
  return change(ctx, actor, code, STATUS.WITHDRAWN, async (tx, d, now) => {
    await setStatus(tx, d, STATUS.WITHDRAWN, now, { pausedSince: null });
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'withdrawn',
      from: d.d.status as Status,
      to: STATUS.WITHDRAWN,
      at: now,
      data: { reason },
    });
  });
}
