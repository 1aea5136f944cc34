import { and, asc, desc, eq, gte, isNull, like, lt, sql } from 'drizzle-orm';
import { type Actor, actorLabel } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import {
  deskViolations,
  dossierEvents,
  dossierHandovers,
  dossierSequences,
  dossierSlips,
  dossiers,
  procedures,
  responses,
  units,
} from '../../db/schema/index.ts';

export type DossierRow = typeof dossiers.$inferSelect;

/** A dossier's procedure: the procedures module's lookup (not a second copy of it). */
export { findById as procedureById } from '../procedures/procedures.repo.ts';

/** The next number of the unit's reception day, taken under the row lock of that day. */
export async function nextSequence(tx: Db, unitId: number, day: string): Promise<number> {
  const [row] = await tx
    .insert(dossierSequences)
    .values({ unitId, day, last: 1 })
    .onConflictDoUpdate({
      target: [dossierSequences.unitId, dossierSequences.day],
      set: { last: sql`${dossierSequences.last} + 1` },
    })
    .returning({ last: dossierSequences.last });
  return row!.last;
}

/** A dossier with its unit, locked for update when `tx` is a transaction that will change it. */
export async function findByCode(db: Db, code: string, forUpdate = false) {
  const query = db
    .select({ d: dossiers, unitCode: units.code, unitName: units.name, unitPath: units.path })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(eq(dossiers.code, code));
  const [row] = forUpdate ? await query.for('update', { of: dossiers }) : await query;
  return row;
}

export async function eventsOf(db: Db, dossierId: number) {
  return db
    .select()
    .from(dossierEvents)
    .where(eq(dossierEvents.dossierId, dossierId))
    .orderBy(asc(dossierEvents.at), asc(dossierEvents.id));
}

export async function handoversOf(db: Db, dossierId: number) {
  return db
    .select()
    .from(dossierHandovers)
    .where(eq(dossierHandovers.dossierId, dossierId))
    .orderBy(asc(dossierHandovers.givenAt), asc(dossierHandovers.id));
}

export async function slipsOf(db: Db, dossierId: number) {
  return db
    .select()
    .from(dossierSlips)
    .where(eq(dossierSlips.dossierId, dossierId))
    .orderBy(asc(dossierSlips.issuedAt), asc(dossierSlips.id));
}

/** A timeline event of a dossier (see dossier-events.ts). */
export async function insertEvent(tx: Db, event: typeof dossierEvents.$inferInsert): Promise<void> {
  await tx.insert(dossierEvents).values(event);
}

/** A slip issued, with what it says frozen at that moment. */
export async function insertSlip(
  tx: Db,
  actor: Actor,
  slip: { dossierId: number; form: string; at: Date; content: Record<string, unknown> },
): Promise<void> {
  await tx.insert(dossierSlips).values({
    dossierId: slip.dossierId,
    form: slip.form,
    issuedAt: slip.at,
    issuedBy: actorLabel(actor),
    content: slip.content,
  });
}

export async function insertDossier(tx: Db, row: typeof dossiers.$inferInsert): Promise<DossierRow> {
  const [inserted] = await tx.insert(dossiers).values(row).returning();
  return inserted!;
}

export async function updateDossier(tx: Db, id: number, patch: Partial<typeof dossiers.$inferInsert>) {
  await tx.update(dossiers).set(patch).where(eq(dossiers.id, id));
}

export type ViolationRow = typeof deskViolations.$inferInsert;

/** A violation of the desk's duties; `once`: nothing when the same one is already recorded. */
export async function insertViolation(tx: Db, row: ViolationRow, once = false): Promise<void> {
  const insert = tx.insert(deskViolations).values(row);
  await (once ? insert.onConflictDoNothing() : insert);
}

export async function insertHandover(tx: Db, row: typeof dossierHandovers.$inferInsert) {
  const [h] = await tx.insert(dossierHandovers).values(row).returning();
  return h!;
}

/** Mark handover `id` of the dossier received; undefined when it is not waiting to be received. */
export async function receiveHandover(
  tx: Db,
  dossierId: number,
  id: number,
  patch: { receivedAt: Date; receivedBy: string; result: string | null },
) {
  const [h] = await tx
    .update(dossierHandovers)
    .set(patch)
    .where(
      and(
        eq(dossierHandovers.id, id),
        eq(dossierHandovers.dossierId, dossierId),
        isNull(dossierHandovers.receivedAt),
      ),
    )
    .returning();
  return h;
}

/**
 * Record LATE_WITHOUT_APOLOGY for every dossier of `statuses` past its due moment at `now`;
 * idempotent (one violation per dossier and missed due moment). Answers how many were new.
 */
export async function insertOverdueViolations(db: Db, statuses: number[], now: Date): Promise<number> {
  const result = await queryRows<{ id: number }>(
    db,
    sql`insert into desk_violations (unit_id, officer_id, dossier_id, kind, at, note)
        select d.unit_id, d.handled_by, d.id, 'LATE_WITHOUT_APOLOGY', d.due_at, 'Quá hạn chưa có phiếu xin lỗi'
        from dossiers d
        where d.status in (${sql.join(
          statuses.map((s) => sql`${s}`),
          sql`, `,
        )})
          and d.due_at < ${now.toISOString()}::timestamptz
        on conflict do nothing
        returning id`,
  );
  return result.length;
}

/** The dossiers received in [start, end) by the units of the subtree at `path` (the register), oldest first. */
export async function receivedBetween(db: Db, path: string, start: Date, end: Date) {
  return db
    .select({ d: dossiers, procedure: procedures.name, unitName: units.name })
    .from(dossiers)
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(and(like(units.path, `${path}%`), gte(dossiers.receivedAt, start), lt(dossiers.receivedAt, end)))
    .orderBy(asc(dossiers.receivedAt), asc(dossiers.id));
}

/** Whether a rating response was already stored for the dossier (by its keyed hash). */
export async function ratedAlready(db: Db, dossierKey: string): Promise<boolean> {
  const [done] = await db
    .select({ id: responses.id })
    .from(responses)
    .where(eq(responses.dossierKey, dossierKey));
  return done !== undefined;
}

/** The unit's dossiers of one procedure received since `since`, newest first (duplicate candidates). */
export async function receivedSinceFor(db: Db, unitId: number, procedureId: number, since: Date) {
  return db
    .select()
    .from(dossiers)
    .where(
      and(
        eq(dossiers.unitId, unitId),
        eq(dossiers.procedureId, procedureId),
        gte(dossiers.receivedAt, since),
      ),
    )
    .orderBy(desc(dossiers.receivedAt))
    .limit(200);
}
