import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordStep } from '../dossier-events.ts';
import { notifyApplicant } from '../dossier-notify.ts';
import { STATUS } from '../dossier-status.ts';
import { change, setStatus } from './step.ts';

export async function returnResult(ctx: AppContext, actor: Actor, code: string) {
  return change(ctx, actor, code, STATUS.RETURNED, async (tx, d, now) => {
    await setStatus(tx, d, STATUS.RETURNED, now, { returnedAt: now });
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'returned',
      from: STATUS.DONE,
      to: STATUS.RETURNED,
      at: now,
    });
    await notifyApplicant(
      tx,
      ctx,
      { ...d.d, unitName: d.unitName },
      'dossier.returned',
      { returnedAt: now.toISOString() },
      now,
    );
  });
}
