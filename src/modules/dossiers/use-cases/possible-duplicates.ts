import type { Actor } from '../../../access/actor.ts';
import { type WorkCalendar, workingDaysBetween } from '../../../calendar/index.ts';
import type { Db } from '../../../db/client.ts';
import type { AppContext } from '../../../lib/context.ts';
import { vnDate } from '../../../lib/time.ts';
import { unitCalendar } from '../../calendar/calendar.service.ts';
import { findProcedureForUnit } from '../../procedures/procedures.repo.ts';
import { requireUnit } from '../../units/units.service.ts';
import { STATUS_NAMES, type Status } from '../dossier-status.ts';
import { procedureNotAccepted } from '../dossiers.errors.ts';
import * as repo from '../dossiers.repo.ts';
import { type Applicant, DUPLICATE_WINDOW_WORKING_DAYS, sameApplicant, withinWindow } from '../duplicates.ts';

/** 5 working days never span more than a month, even over Tết: the query's generous lower bound. */
const LOOK_BACK_MS = 31 * 86_400_000;

export interface PossibleDuplicate {
  code: string;
  receivedAt: Date;
  status: number;
  statusName: string;
}

/** The unit's dossiers of the procedure, same applicant, received within the window before `now`. */
export async function duplicatesOf(
  db: Db,
  target: { unitId: number; procedureId: number; calendar: WorkCalendar },
  applicant: Applicant,
  now: Date,
): Promise<PossibleDuplicate[]> {
  const rows = await repo.receivedSinceFor(
    db,
    target.unitId,
    target.procedureId,
    new Date(now.getTime() - LOOK_BACK_MS),
  );
  const today = vnDate(now);
  return rows
    .filter((r) => r.receivedAt.getTime() <= now.getTime())
    .filter((r) => withinWindow(workingDaysBetween(vnDate(r.receivedAt), today, target.calendar)))
    .filter((r) => sameApplicant(applicant, { name: r.applicantName, phone: r.applicantPhone }))
    .map((r) => ({
      code: r.code,
      receivedAt: r.receivedAt,
      status: r.status,
      statusName: STATUS_NAMES[r.status as Status],
    }));
}

/**
 * GET /dossiers/possible-duplicates: what the reception form shows before receiving. Scoped like
 * receiving itself (the officer's units), the procedure looked up through the unit.
 */
export async function possibleDuplicates(
  ctx: AppContext,
  actor: Actor,
  q: { unitCode: string; procedureCode: string; applicantName: string; applicantPhone?: string },
) {
  const unit = await requireUnit(ctx, actor, q.unitCode, 'dossiers.handle');
  const procedure = await findProcedureForUnit(ctx.db, q.procedureCode, unit.id);
  if (!procedure) throw procedureNotAccepted(unit.name, q.procedureCode);
  const { calendar } = await unitCalendar(ctx, unit.id);
  const found = await duplicatesOf(
    ctx.db,
    { unitId: unit.id, procedureId: procedure.id, calendar },
    { name: q.applicantName, phone: q.applicantPhone ?? null },
    ctx.now(),
  );
  return {
    windowWorkingDays: DUPLICATE_WINDOW_WORKING_DAYS,
    duplicates: found.map((d) => ({ ...d, receivedAt: d.receivedAt.toISOString() })),
  };
}
