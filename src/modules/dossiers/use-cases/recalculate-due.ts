import type { Actor } from '../../../access/actor.ts';
import { addWorkingDays, type WorkCalendar } from '../../../calendar/index.ts';
import type { AppContext } from '../../../lib/context.ts';
import { vnDate, vnDateTime } from '../../../lib/time.ts';
import { unitCalendar } from '../../calendar/calendar.service.ts';
import { recordStep } from '../dossier-events.ts';
import { isClosed, type Status } from '../dossier-status.ts';
import { dossierNotFound, dossierState } from '../dossiers.errors.ts';
import * as repo from '../dossiers.repo.ts';
import { dueFor, legalTimeOf } from '../due.ts';
import { change } from './step.ts';

/**
 * Recompute the due moment with the unit's current calendar — the only way a calendar change
 * reaches an existing dossier: explicit, audited, with both dates on the timeline.
 */
export async function recalculateDue(ctx: AppContext, actor: Actor, code: string, reason: string) {
  const found = await repo.findByCode(ctx.db, code);
  if (!found) throw dossierNotFound(code);
  const procedure = (await repo.procedureById(ctx.db, found.d.procedureId))!;
  const { calendar, version } = await unitCalendar(ctx, found.d.unitId);
  return change(ctx, actor, code, null, async (tx, d, now) => {
    if (isClosed(d.d.status as Status)) throw dossierState('Hồ sơ đã kết thúc.');
    // The procedure's whole legal time: a same-day procedure keeps its own cut-off (NĐ 23/2015 Điều 7).
    const legal = legalTimeOf(procedure.processingAmount, procedure.processingUnit, procedure.sameDayCutoff);
    const base = dueFor(d.d.receivedAt, legal, calendar);
    // Days already waited for supplements keep counting.
    const dueAt =
      d.d.pausedWorkingDays > 0 ? extendByWorkingDays(base, d.d.pausedWorkingDays, calendar) : base;
    await repo.updateDossier(tx, d.d.id, { dueAt, calendarVersion: version, updatedAt: now });
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'due_recalculated',
      at: now,
      data: {
        reason,
        oldDueAt: d.d.dueAt.toISOString(),
        dueAt: dueAt.toISOString(),
        oldCalendar: d.d.calendarVersion,
        calendar: version,
      },
    });
    return { dueAt, calendarVersion: version };
  });
}

/** The same clock time, `days` working dates later. */
function extendByWorkingDays(due: Date, days: number, calendar: WorkCalendar): Date {
  const date = addWorkingDays(vnDate(due), days, calendar);
  return new Date(Date.parse(`${date}T${vnDateTime(due).slice(11, 16)}:00+07:00`));
}
