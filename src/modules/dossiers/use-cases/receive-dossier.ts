import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { vnDate } from '../../../lib/time.ts';
import { findUserByUsername } from '../../accounts/accounts.repo.ts';
import { unitCalendar } from '../../calendar/calendar.service.ts';
import { findProcedureForUnit } from '../../procedures/procedures.repo.ts';
import { requireUnit } from '../../units/units.service.ts';
import { recordSlip, recordStep } from '../dossier-events.ts';
import { notifyApplicant } from '../dossier-notify.ts';
import { ruleSetOn, STATUS } from '../dossier-status.ts';
import { officerNotFound, procedureNotAccepted, receivedInFuture } from '../dossiers.errors.ts';
import * as repo from '../dossiers.repo.ts';
import { dueFor, legalTimeOf } from '../due.ts';
import { duplicatesOf } from './possible-duplicates.ts';

export type DocumentKind = 'original' | 'certified_copy' | 'copy';

export interface Reception {
  unitCode: string;
  procedureCode: string;
  channel: 'direct' | 'online' | 'postal';
  applicant: {
    kind: 'person' | 'organisation';
    name: string;
    phone?: string;
    email?: string;
    address?: string;
  };
  contactConsent: boolean;
  documents: { name: string; kind: DocumentKind; count: number }[];
  /** Default: now. A desk may record a reception made earlier the same day (e.g. after an outage). */
  receivedAt?: Date;
  /** Username of the officer in charge; default: the receiving officer. */
  handledBy?: string;
  /** The earlier dossiers the officer was warned about and chose to go on (GET /dossiers/possible-duplicates). */
  acknowledgedDuplicates?: string[];
}

/** Dossier code: unit code + reception date (Vietnam) + sequence of the day, e.g. P09-20260301-0007. */
export function dossierCode(unitCode: string, receivedAt: Date, sequence: number): string {
  return `${unitCode}-${vnDate(receivedAt).replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`;
}

export async function receiveDossier(ctx: AppContext, actor: Actor, input: Reception) {
  const unit = await requireUnit(ctx, actor, input.unitCode, 'dossiers.handle');
  const procedure = await findProcedureForUnit(ctx.db, input.procedureCode, unit.id);
  if (!procedure) throw procedureNotAccepted(unit.name, input.procedureCode);
  const now = ctx.now();
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime() + 60_000) {
    throw receivedInFuture();
  }
  const { calendar, version } = await unitCalendar(ctx, unit.id);
  const legal = legalTimeOf(procedure.processingAmount, procedure.processingUnit, procedure.sameDayCutoff);
  const dueAt = dueFor(receivedAt, legal, calendar);
  const actorUserId = actor.kind === 'user' ? actor.userId : null;
  const handledBy = input.handledBy ? await officerId(ctx, input.handledBy) : actorUserId;

  return ctx.db.transaction(async (tx) => {
    // Never blocks: the earlier dossiers of the same applicant and procedure go on the first event,
    // with whether the officer saw and acknowledged each of them.
    const earlier = await duplicatesOf(
      tx,
      { unitId: unit.id, procedureId: procedure.id, calendar },
      { name: input.applicant.name, phone: input.applicant.phone ?? null },
      receivedAt,
    );
    const seen = new Set(input.acknowledgedDuplicates ?? []);
    const duplicateNote = earlier.length
      ? {
          possibleDuplicates: earlier.map((e) => e.code),
          duplicatesAcknowledged: earlier.every((e) => seen.has(e.code)),
        }
      : {};
    const code = dossierCode(unit.code, receivedAt, await repo.nextSequence(tx, unit.id, vnDate(receivedAt)));
    const d = await repo.insertDossier(tx, {
      code,
      unitId: unit.id,
      procedureId: procedure.id,
      channel: input.channel,
      status: STATUS.ACCEPTED,
      ruleSet: ruleSetOn(receivedAt),
      applicantKind: input.applicant.kind,
      applicantName: input.applicant.name,
      applicantPhone: input.applicant.phone ?? null,
      applicantEmail: input.applicant.email ?? null,
      applicantAddress: input.applicant.address ?? null,
      contactConsent: input.contactConsent,
      documents: input.documents,
      receivedAt,
      receivedBy: actorUserId,
      handledBy,
      legalDays: procedure.processingAmount,
      dueAt,
      calendarVersion: version,
      heldBy: unit.name,
      createdAt: now,
      updatedAt: now,
    });
    await recordStep(tx, actor, {
      dossierId: d.id,
      code,
      unitId: unit.id,
      kind: 'received',
      to: STATUS.ACCEPTED,
      at: now,
      data: { procedure: procedure.code, dueAt: dueAt.toISOString(), calendar: version, ...duplicateNote },
    });
    await recordSlip(tx, actor, {
      dossierId: d.id,
      form: '01',
      at: now,
      content: {
        dueAt: dueAt.toISOString(),
        documents: input.documents,
        legalDays: legal.amount,
        // The unit of that limit, frozen with it: an 8-hour procedure's receipt says "8 giờ làm việc".
        legalUnit: legal.unit,
        // A same-day procedure's cut-off, frozen too: the receipt prints the one it was received under.
        ...(legal.cutoff ? { legalCutoff: legal.cutoff } : {}),
      },
    });
    await notifyApplicant(
      tx,
      ctx,
      { ...d, unitName: unit.name },
      'dossier.received',
      { dueAt: dueAt.toISOString() },
      now,
    );
    return d;
  });
}

async function officerId(ctx: AppContext, username: string): Promise<number> {
  const user = await findUserByUsername(ctx.db, username);
  if (!user) throw officerNotFound(username);
  return user.id;
}
