import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordSlip, recordStep } from '../dossier-events.ts';
import { notifyApplicant } from '../dossier-notify.ts';
import { STATUS, type Status } from '../dossier-status.ts';
import { timelinessOf } from '../public-status.ts';
import { change, lateWithoutApology, setStatus } from './step.ts';

/** The result is ready: before the due moment, the applicant is invited to collect it early. */
export async function resultReady(ctx: AppContext, actor: Actor, code: string) {
  return change(ctx, actor, code, STATUS.DONE, async (tx, d, now) => {
    await setStatus(tx, d, STATUS.DONE, now, { resultReadyAt: now, heldBy: d.unitName });
    // Early as every page says it (public-status.ts): on an earlier date than the appointment, so the
    // invitation and the clock never disagree; ready on the appointment day is on time, not invited.
    const early = timelinessOf(now, d.d.dueAt, () => 0).timeliness === 'early';
    if (!early && now.getTime() > d.d.dueAt.getTime()) {
      const apologised = d.d.apologies > 0;
      if (!apologised) await lateWithoutApology(tx, d.d, now);
    }
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'result_ready',
      from: d.d.status as Status,
      to: STATUS.DONE,
      at: now,
      data: { early },
    });
    if (early) {
      await recordSlip(tx, actor, {
        dossierId: d.d.id,
        form: 'invitation',
        at: now,
        content: { readyAt: now.toISOString(), dueAt: d.d.dueAt.toISOString() },
      });
      await notifyApplicant(
        tx,
        ctx,
        { ...d.d, unitName: d.unitName },
        'dossier.ready_early',
        { dueAt: d.d.dueAt.toISOString() },
        now,
      );
    }
    return { early };
  });
}
