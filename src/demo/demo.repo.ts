import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';
import {
  deskViolations,
  dossierEvents,
  dossierSequences,
  dossierSlips,
  dossiers,
  feedbackCategories,
  feedbackItems,
  indexPublications,
  procedures,
  procedureUnits,
  responses,
  units,
} from '../db/schema/index.ts';

/** The demo's own queries: what is there already, and its bulk inserts (a year of history at once). */

export type NewDossierRow = typeof dossiers.$inferInsert;
export type NewDossierEventRow = typeof dossierEvents.$inferInsert;
export type NewDossierSlipRow = typeof dossierSlips.$inferInsert;
export type NewViolationRow = typeof deskViolations.$inferInsert;
export type ProcedureRow = typeof procedures.$inferSelect;

/** True when the database has no unit at all: `npm start` then loads the demo. */
export async function hasNoUnits(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from units`);
  return Number(row?.n ?? 0) === 0;
}

/**
 * Bulk mode of an embedded folder: commits are not flushed one by one (synchronous_commit off);
 * turning it back on checkpoints, so everything is on disk before anyone is served.
 */
export async function setBulkLoad(db: Db, on: boolean): Promise<void> {
  if (on) {
    await db.execute(sql`set synchronous_commit = off`);
    return;
  }
  await db.execute(sql`set synchronous_commit = on`);
  await db.execute(sql`checkpoint`);
}

export interface DemoCommittee {
  id: number;
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
}

/**
 * The demo's commune-level People's Committees (wards and communes labelled demo, old and new), by
 * code, with their validity: a dossier or a report goes to the one valid on its day.
 */
export function demoWards(db: Db): Promise<DemoCommittee[]> {
  return db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      validFrom: units.validFrom,
      validTo: units.validTo,
    })
    .from(units)
    .where(and(eq(units.demo, true), inArray(units.type, ['ward', 'commune'])))
    .orderBy(units.code);
}

export async function countDemoDossiers(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(dossiers)
    .where(eq(dossiers.demo, true));
  return row?.n ?? 0;
}

/** The procedures each of these units receives. */
export function proceduresOffered(db: Db, unitIds: number[]): Promise<{ p: ProcedureRow; unitId: number }[]> {
  return db
    .select({ p: procedures, unitId: procedureUnits.unitId })
    .from(procedures)
    .innerJoin(procedureUnits, eq(procedureUnits.procedureId, procedures.id))
    .where(inArray(procedureUnits.unitId, unitIds));
}

/** A unit's year of dossiers with their timelines, slips, violations and day sequences. */
export async function insertDossierHistory(
  tx: Db,
  unitId: number,
  rows: NewDossierRow[],
  history: {
    code: string;
    events: Omit<NewDossierEventRow, 'dossierId'>[];
    slips: Omit<NewDossierSlipRow, 'dossierId'>[];
    violation?: Omit<NewViolationRow, 'dossierId'>;
  }[],
  sequence: Map<string, number>,
): Promise<void> {
  const ids = new Map<string, number>();
  for (let i = 0; i < rows.length; i += 500) {
    for (const r of await tx
      .insert(dossiers)
      .values(rows.slice(i, i + 500))
      .returning({ id: dossiers.id, code: dossiers.code }))
      ids.set(r.code, r.id);
  }
  const events = history.flatMap((h) => h.events.map((e) => ({ ...e, dossierId: ids.get(h.code)! })));
  for (let i = 0; i < events.length; i += 1000)
    await tx.insert(dossierEvents).values(events.slice(i, i + 1000));
  const slips = history.flatMap((h) => h.slips.map((s) => ({ ...s, dossierId: ids.get(h.code)! })));
  for (let i = 0; i < slips.length; i += 1000) await tx.insert(dossierSlips).values(slips.slice(i, i + 1000));
  const violations = history.flatMap((h) =>
    h.violation ? [{ ...h.violation, dossierId: ids.get(h.code)! }] : [],
  );
  if (violations.length > 0) await tx.insert(deskViolations).values(violations);
  for (const [day, last] of sequence) {
    await tx.insert(dossierSequences).values({ unitId, day, last }).onConflictDoNothing();
  }
}

export async function publicationExists(
  db: Db,
  questionnaireId: number,
  period: string,
  scopeUnitId: number,
): Promise<boolean> {
  const [row] = await db
    .select({ id: indexPublications.id })
    .from(indexPublications)
    .where(
      and(
        eq(indexPublications.questionnaireId, questionnaireId),
        eq(indexPublications.period, period),
        eq(indexPublications.scopeUnitId, scopeUnitId),
      ),
    );
  return row !== undefined;
}

export async function countWaveResponses(db: Db, waveId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(responses)
    .where(eq(responses.waveId, waveId));
  return row?.n ?? 0;
}

export async function countFeedbackCategories(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(feedbackCategories);
  return row?.n ?? 0;
}

/** Label every feedback category, or every feedback item, as demo data. */
export async function markFeedbackDemo(db: Db, what: 'categories' | 'items'): Promise<void> {
  await db.update(what === 'categories' ? feedbackCategories : feedbackItems).set({ demo: true });
}
