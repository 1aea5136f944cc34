import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordSlip, recordStep } from '../dossier-events.ts';
import { notifyApplicant } from '../dossier-notify.ts';
import { isClosed, type Status } from '../dossier-status.ts';
import { apologyDateTooEarly, apologyNeedsReason, dossierState } from '../dossiers.errors.ts';
import * as repo from '../dossiers.repo.ts';
import { change, lateWithoutApology } from './step.ts';

/**
 * Apologise and set a new date (Mẫu 04) when the dossier will be late. Issued after the due moment
 * has passed, it is still recorded, and the lateness without apology counts as a violation.
 */
export async function apologise(
  ctx: AppContext,
  actor: Actor,
  code: string,
  input: { reason: string; newDueAt: Date; signerTitle: string; signerName: string },
) {
  if (input.reason.trim().length < 3) {
    throw apologyNeedsReason();
  }
  return change(ctx, actor, code, null, async (tx, d, now) => {
    if (isClosed(d.d.status as Status)) throw dossierState('Hồ sơ đã kết thúc, không cần xin lỗi hẹn lại.');
    if (input.newDueAt.getTime() <= Math.max(d.d.dueAt.getTime(), now.getTime())) {
      throw apologyDateTooEarly(d.d.dueAt);
    }
    if (now.getTime() > d.d.dueAt.getTime()) await lateWithoutApology(tx, d.d, now);
    await repo.updateDossier(tx, d.d.id, {
      dueAt: input.newDueAt,
      apologies: d.d.apologies + 1,
      updatedAt: now,
    });
    const data = {
      reason: input.reason.trim(),
      oldDueAt: d.d.dueAt.toISOString(),
      newDueAt: input.newDueAt.toISOString(),
      signerTitle: input.signerTitle,
      signerName: input.signerName,
    };
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'apology',
      at: now,
      data,
    });
    await recordSlip(tx, actor, { dossierId: d.d.id, form: '04', at: now, content: data });
    await notifyApplicant(
      tx,
      ctx,
      { ...d.d, unitName: d.unitName },
      'dossier.apology',
      { reason: data.reason, oldDueAt: data.oldDueAt, newDueAt: data.newDueAt },
      now,
      `apology:${d.d.apologies + 1}`,
    );
  });
}
