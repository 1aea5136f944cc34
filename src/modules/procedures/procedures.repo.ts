import { and, asc, count, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { procedures, procedureUnits, units } from '../../db/schema/index.ts';

export type ProcedureRow = typeof procedures.$inferSelect;
export type NewProcedureRow = typeof procedures.$inferInsert;

export async function findByCode(db: Db, code: string): Promise<ProcedureRow | undefined> {
  const [row] = await db.select().from(procedures).where(eq(procedures.code, code));
  return row;
}

export async function findById(db: Db, id: number): Promise<ProcedureRow | undefined> {
  const [row] = await db.select().from(procedures).where(eq(procedures.id, id));
  return row;
}

export async function findByCodes(db: Db, codes: string[]): Promise<ProcedureRow[]> {
  if (codes.length === 0) return [];
  const rows: ProcedureRow[] = [];
  for (let i = 0; i < codes.length; i += 1000) {
    rows.push(
      ...(await db
        .select()
        .from(procedures)
        .where(inArray(procedures.code, codes.slice(i, i + 1000)))),
    );
  }
  return rows;
}

/**
 * The procedure with this code, if it is in use and `unitId` receives it; otherwise undefined.
 * The dossier desk calls this before registering a dossier of that procedure at that unit.
 */
export async function findProcedureForUnit(
  db: Db,
  procedureCode: string,
  unitId: number,
): Promise<ProcedureRow | undefined> {
  const [row] = await db
    .select({ procedure: procedures })
    .from(procedures)
    .innerJoin(procedureUnits, eq(procedureUnits.procedureId, procedures.id))
    .where(
      and(eq(procedures.code, procedureCode), eq(procedures.active, true), eq(procedureUnits.unitId, unitId)),
    );
  return row?.procedure;
}

export interface ReceivingUnit {
  code: string;
  name: string;
  validTo: string | null;
}

/** The receiving units of each procedure, by procedure id. */
export async function unitsOf(db: Db, procedureIds: number[]): Promise<Map<number, ReceivingUnit[]>> {
  const out = new Map<number, ReceivingUnit[]>(procedureIds.map((id) => [id, []]));
  if (procedureIds.length === 0) return out;
  for (let i = 0; i < procedureIds.length; i += 1000) {
    const rows = await db
      .select({
        procedureId: procedureUnits.procedureId,
        code: units.code,
        name: units.name,
        validTo: units.validTo,
      })
      .from(procedureUnits)
      .innerJoin(units, eq(units.id, procedureUnits.unitId))
      .where(inArray(procedureUnits.procedureId, procedureIds.slice(i, i + 1000)))
      .orderBy(asc(units.code));
    for (const { procedureId, ...unit } of rows) out.get(procedureId)?.push(unit);
  }
  return out;
}

/** Every unit by code (the import checks receiving units against it). */
export async function allUnits(db: Db): Promise<Map<string, { id: number; validTo: string | null }>> {
  const rows = await db.select({ id: units.id, code: units.code, validTo: units.validTo }).from(units);
  return new Map(rows.map((r) => [r.code, { id: r.id, validTo: r.validTo }]));
}

export async function insert(db: Db, row: NewProcedureRow): Promise<number> {
  const [created] = await db.insert(procedures).values(row).returning({ id: procedures.id });
  return created!.id;
}

export async function update(db: Db, id: number, row: Partial<NewProcedureRow>): Promise<void> {
  await db
    .update(procedures)
    .set({ ...row, updatedAt: new Date() })
    .where(eq(procedures.id, id));
}

/** Make `unitIds` exactly the receiving units of a procedure. */
export async function replaceUnits(db: Db, procedureId: number, unitIds: number[]): Promise<void> {
  await db.delete(procedureUnits).where(eq(procedureUnits.procedureId, procedureId));
  for (let i = 0; i < unitIds.length; i += 1000) {
    await db
      .insert(procedureUnits)
      .values(unitIds.slice(i, i + 1000).map((unitId) => ({ procedureId, unitId })))
      .onConflictDoNothing();
  }
}

export interface CatalogueFilter {
  /** Folded words (foldVietnamese); each must appear in the folded name or the code. */
  words: string[];
  field?: string | undefined;
  unitId?: number | undefined;
  limit: number;
  offset: number;
}

function catalogueWhere(filter: Omit<CatalogueFilter, 'limit' | 'offset'>): SQL | undefined {
  return and(
    eq(procedures.active, true),
    ...filter.words.map((w) => {
      const pattern = `%${escapeLike(w)}%`;
      return or(like(procedures.nameSearch, pattern), like(sql`lower(${procedures.code})`, pattern));
    }),
    filter.field ? eq(procedures.field, filter.field) : undefined,
    filter.unitId === undefined
      ? undefined
      : sql`exists (select 1 from ${procedureUnits} where ${procedureUnits.procedureId} = ${procedures.id} and ${procedureUnits.unitId} = ${filter.unitId})`,
  );
}

/**
 * Procedures in use that match, and how many match in all. Names that start with the query come
 * first; then by folded name in byte order ("C" collation), the same on PGlite and PostgreSQL.
 */
export async function searchCatalogue(
  db: Db,
  filter: CatalogueFilter,
): Promise<{ rows: ProcedureRow[]; total: number }> {
  const where = catalogueWhere(filter);
  const phrase = filter.words.join(' ');
  const rows = await db
    .select()
    .from(procedures)
    .where(where)
    .orderBy(
      ...(phrase
        ? [sql`case when ${procedures.nameSearch} like ${`${escapeLike(phrase)}%`} then 0 else 1 end`]
        : []),
      sql`${procedures.nameSearch} collate "C"`,
      sql`${procedures.code} collate "C"`,
    )
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(procedures).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

/** The fields that have procedures in use (at one unit, when given). */
export async function fieldsInUse(db: Db, unitId?: number): Promise<string[]> {
  const rows = await db
    .selectDistinct({ field: procedures.field })
    .from(procedures)
    .where(catalogueWhere({ words: [], unitId }));
  return rows.map((r) => r.field);
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
