import { asc, eq, sql } from 'drizzle-orm';
import { type Actor, actorLabel } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import {
  dossierEvents,
  dossierHandovers,
  dossierSequences,
  dossierSlips,
  dossiers,
  procedures,
  units,
} from '../../db/schema/index.ts';

export type DossierRow = typeof dossiers.$inferSelect;
export type ProcedureRow = typeof procedures.$inferSelect;

export async function procedureById(db: Db, id: number): Promise<ProcedureRow> {
  const [row] = await db.select().from(procedures).where(eq(procedures.id, id));
  return row!;
}

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
