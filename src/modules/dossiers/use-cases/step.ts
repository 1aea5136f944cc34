import type { Actor } from '../../../access/actor.ts';
import { authorize } from '../../../access/permissions.ts';
import type { WorkCalendar } from '../../../calendar/index.ts';
import type { AppContext } from '../../../lib/context.ts';
import { formatDateTimeVi } from '../../../lib/format.ts';
import { calendarByVersion, unitCalendar } from '../../calendar/calendar.service.ts';
import { canMove, type Status } from '../dossier-status.ts';
import { cannotMove, dossierNotFound } from '../dossiers.errors.ts';
import * as repo from '../dossiers.repo.ts';

/** What every action on a dossier shares: the locked load, the checked move, the status write. */

export type Loaded = NonNullable<Awaited<ReturnType<typeof repo.findByCode>>>;

/**
 * Load a dossier for a change: row-locked, in scope, and allowed to move to `to` (when given).
 * Every action below is one transaction: state, timeline, audit, slip and messages together.
 */
export async function change<T>(
  ctx: AppContext,
  actor: Actor,
  code: string,
  to: Status | null,
  fn: (tx: AppContext['db'], d: Loaded, now: Date) => Promise<T>,
): Promise<T> {
  authorize(actor, 'dossiers.handle');
  return ctx.db.transaction(async (tx) => {
    const d = await repo.findByCode(tx, code, true);
    if (!d) throw dossierNotFound(code);
    authorize(actor, 'dossiers.handle', { path: d.unitPath });
    const from = d.d.status as Status;
    if (to !== null && !canMove(from, to)) {
      throw cannotMove(from, to);
    }
    return fn(tx, d, ctx.now());
  });
}

export async function setStatus(
  tx: AppContext['db'],
  d: Loaded,
  to: Status,
  now: Date,
  extra: Partial<repo.DossierRow> = {},
) {
  await repo.updateDossier(tx, d.d.id, { status: to, updatedAt: now, ...extra });
}

export async function calendarOf(ctx: AppContext, d: Loaded): Promise<WorkCalendar> {
  return (
    (await calendarByVersion(ctx.db, d.d.calendarVersion)) ?? (await unitCalendar(ctx, d.d.unitId)).calendar
  );
}

export async function lateWithoutApology(tx: AppContext['db'], d: repo.DossierRow, now: Date) {
  await repo.insertViolation(
    tx,
    {
      unitId: d.unitId,
      officerId: d.handledBy,
      dossierId: d.id,
      kind: 'LATE_WITHOUT_APOLOGY',
      at: d.dueAt,
      note: `Quá hạn ${formatDateTimeVi(d.dueAt)} chưa có phiếu xin lỗi (ghi nhận ${formatDateTimeVi(now)})`,
    },
    true,
  );
}
