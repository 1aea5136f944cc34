import { and, asc, count, eq, gte, inArray, isNull, like, lte, or, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { containsAllWords, escapeLike } from '../../db/like.ts';
import { queryRows } from '../../db/rows.ts';
import { unitSuccessors, units, unitTypes } from '../../db/schema/index.ts';
import { foldVietnamese } from '../../lib/text.ts';

export type UnitRow = typeof units.$inferSelect;
export type NewUnitRow = typeof units.$inferInsert;

const unitColumns = {
  id: units.id,
  code: units.code,
  name: units.name,
  type: units.type,
  parentId: units.parentId,
  path: units.path,
  depth: units.depth,
  peerGroup: units.peerGroup,
  validFrom: units.validFrom,
  validTo: units.validTo,
  demo: units.demo,
};
export type UnitSummary = { [K in keyof typeof unitColumns]: (typeof units.$inferSelect)[K] };

export async function findByCode(db: Db, code: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(units).where(eq(units.code, code));
  return row;
}

export async function findById(db: Db, id: number): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row;
}

export async function findByCodes(db: Db, codes: string[]): Promise<UnitRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(units).where(inArray(units.code, codes));
}

/**
 * Every unit inside a subtree ('' = all), in path order so parents come before children: the open
 * ones, all of them (`includeClosed`), or, given `on` (YYYY-MM-DD), those valid on that day
 * (`valid_from` ≤ on ≤ `valid_to`, both days included).
 */
export async function listSubtree(
  db: Db,
  pathPrefix: string,
  includeClosed: boolean,
  on?: string,
): Promise<UnitSummary[]> {
  return db
    .select(unitColumns)
    .from(units)
    .where(
      and(
        pathPrefix ? like(units.path, `${pathPrefix}%`) : undefined,
        on !== undefined ? validOn(units, on) : includeClosed ? undefined : isNull(units.validTo),
      ),
    )
    .orderBy(asc(units.depth), asc(units.id));
}

/**
 * Candidates for a search, inside a subtree: units whose folded name contains every one of the
 * required words (lib/unit-search.ts ranks them after), or whose code is the query.
 */
export async function searchCandidates(
  db: Db,
  pathPrefix: string,
  requiredWords: string[],
  query: string,
  limit: number,
): Promise<UnitSummary[]> {
  if (requiredWords.length === 0) return [];
  return (
    db
      .select(unitColumns)
      .from(units)
      .where(
        and(
          pathPrefix ? like(units.path, `${pathPrefix}%`) : undefined,
          or(
            containsAllWords(units.nameSearch, requiredWords),
            sql`lower(${units.code}) = ${query.trim().toLowerCase()}`,
            ...requiredWords.map((w) => sql`lower(${units.code}) = ${w}`),
          ),
        ),
      )
      // The likeliest first, so a short list suffices: the typed phrase as it stands, then shorter names.
      .orderBy(
        sql`case when ${units.nameSearch} like ${`%${escapeLike(foldVietnamese(query))}%`} then 0 else 1 end`,
        sql`length(${units.name})`,
        asc(units.id),
      )
      .limit(limit)
  );
}

export async function namesByIds(
  db: Db,
  ids: number[],
): Promise<Map<number, { code: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .where(inArray(units.id, ids));
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}

export async function allCodes(
  db: Db,
): Promise<Map<string, { id: number; path: string; validTo: string | null }>> {
  const rows = await db
    .select({ id: units.id, code: units.code, path: units.path, validTo: units.validTo })
    .from(units);
  return new Map(rows.map((r) => [r.code, { id: r.id, path: r.path, validTo: r.validTo }]));
}

/** Reserve ids from the identity sequence, so paths ("1.5.23.") can be written in the same insert. */
export async function reserveIds(db: Db, n: number): Promise<number[]> {
  if (n === 0) return [];
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select nextval(pg_get_serial_sequence('units', 'id'))::int as id from generate_series(1, ${n})`,
  );
  return rows.map((r) => r.id);
}

/** Inserts in batches of 1,000, telling `onStored` how many rows are in after each batch. */
export async function insertMany(
  db: Db,
  rows: NewUnitRow[],
  onStored: (count: number) => void = () => {},
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insert(units).values(rows.slice(i, i + 1000));
    onStored(Math.min(i + 1000, rows.length));
  }
}

export async function update(db: Db, id: number, patch: Partial<NewUnitRow>): Promise<UnitRow> {
  const [row] = await db
    .update(units)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(units.id, id))
    .returning();
  return row!;
}

/** Rewrite the paths of a moved unit's whole subtree in one statement. */
export async function movePaths(
  db: Db,
  oldPrefix: string,
  newPrefix: string,
  depthDelta: number,
): Promise<void> {
  await db
    .update(units)
    .set({
      path: sql`${newPrefix} || substr(${units.path}, ${oldPrefix.length + 1})`,
      depth: sql`${units.depth} + ${depthDelta}`,
    })
    .where(like(units.path, `${oldPrefix}%`));
}

export async function countOpenChildren(db: Db, id: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(units)
    .where(and(eq(units.parentId, id), isNull(units.validTo)));
  return Number(row?.n ?? 0);
}

export async function addSuccessors(
  db: Db,
  predecessorId: number,
  successorIds: number[],
  effectiveOn: string,
) {
  if (successorIds.length === 0) return;
  await db
    .insert(unitSuccessors)
    .values(successorIds.map((successorId) => ({ predecessorId, successorId, effectiveOn })))
    .onConflictDoNothing();
}

/** Successor links of an import, in batches (a link written twice is kept once). */
export async function insertSuccessions(db: Db, rows: (typeof unitSuccessors.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(unitSuccessors)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing();
  }
}

export async function successionsOf(db: Db, id: number) {
  const successors = await db
    .select({ code: units.code, name: units.name, effectiveOn: unitSuccessors.effectiveOn })
    .from(unitSuccessors)
    .innerJoin(units, eq(units.id, unitSuccessors.successorId))
    .where(eq(unitSuccessors.predecessorId, id));
  const predecessors = await db
    .select({ code: units.code, name: units.name, effectiveOn: unitSuccessors.effectiveOn })
    .from(unitSuccessors)
    .innerJoin(units, eq(units.id, unitSuccessors.predecessorId))
    .where(eq(unitSuccessors.successorId, id));
  return { successors, predecessors };
}

/** A unit (or an alias of the table) valid on `on`: valid_from ≤ on ≤ valid_to, both days included. */
type Validity = { path: AnyPgColumn; validFrom: AnyPgColumn; validTo: AnyPgColumn };

function validOn(t: Validity, on: string) {
  return and(lte(t.validFrom, on), or(isNull(t.validTo), gte(t.validTo, on)));
}

/**
 * Successor links (by code) with either side inside a subtree ('' = all) and valid on `on`: the
 * links of the units `listSubtree(db, pathPrefix, true, on)` returns.
 */
export async function successionsOn(
  db: Db,
  pathPrefix: string,
  on: string,
): Promise<{ predecessor: string; successor: string }[]> {
  const p = alias(units, 'p');
  const s = alias(units, 's');
  const listed = (t: Validity) =>
    and(pathPrefix ? like(t.path, `${pathPrefix}%`) : undefined, validOn(t, on));
  return db
    .select({ predecessor: p.code, successor: s.code })
    .from(unitSuccessors)
    .innerJoin(p, eq(p.id, unitSuccessors.predecessorId))
    .innerJoin(s, eq(s.id, unitSuccessors.successorId))
    .where(or(listed(p), listed(s)))
    .orderBy(asc(p.code), asc(s.code));
}

export async function listTypes(db: Db) {
  return db.select().from(unitTypes).orderBy(asc(unitTypes.sortOrder), asc(unitTypes.code));
}

export async function insertType(db: Db, row: typeof unitTypes.$inferInsert) {
  await db.insert(unitTypes).values(row);
}

export async function markDemo(db: Db, codes: string[]): Promise<void> {
  if (codes.length === 0) return;
  await db.update(units).set({ demo: true }).where(inArray(units.code, codes));
}

/** The top units (no parent) valid on a date: whom an installation serves ("Tỉnh Khánh Hòa"). */
export function rootsOn(db: Db, on: string): Promise<{ code: string; name: string }[]> {
  return db
    .select({ code: units.code, name: units.name })
    .from(units)
    .where(and(isNull(units.parentId), validOn(units, on)))
    .orderBy(asc(units.id));
}
