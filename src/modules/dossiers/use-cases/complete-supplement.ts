import type { Actor } from '../../../access/actor.ts';
import { extendForSupplement, remainingWorkingDays } from '../../../calendar/index.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordStep } from '../dossier-events.ts';
import { STATUS } from '../dossier-status.ts';
import { dossierNotFound, dossierState } from '../dossiers.errors.ts';
import * as repo from '../dossiers.repo.ts';
import { calendarOf, change, setStatus } from './step.ts';

/** The citizen completed the supplement: the clock resumes and the due moment moves by the days waited. */
export async function completeSupplement(ctx: AppContext, actor: Actor, code: string) {
  const found = await repo.findByCode(ctx.db, code);
  if (!found) throw dossierNotFound(code);
  const calendar = await calendarOf(ctx, found);
  return change(ctx, actor, code, STATUS.PROCESSING, async (tx, d, now) => {
    if (d.d.status !== STATUS.SUPPLEMENT || !d.d.pausedSince) {
      throw dossierState('Hồ sơ không ở trạng thái chờ bổ sung.');
    }
    const dueAt = extendForSupplement(d.d.dueAt, d.d.pausedSince, now, calendar);
    const paused = remainingWorkingDays(d.d.dueAt, dueAt, calendar);
    await setStatus(tx, d, STATUS.PROCESSING, now, {
      dueAt,
      pausedSince: null,
      pausedWorkingDays: d.d.pausedWorkingDays + paused,
    });
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'supplement_completed',
      from: STATUS.SUPPLEMENT,
      to: STATUS.PROCESSING,
      at: now,
      data: { oldDueAt: d.d.dueAt.toISOString(), dueAt: dueAt.toISOString(), pausedWorkingDays: paused },
    });
    return { dueAt };
  });
}
