import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { unitHeadings, units } from '../../db/schema/index.ts';

export type HeadingRow = typeof unitHeadings.$inferSelect;
export type NewHeadingRow = typeof unitHeadings.$inferInsert;

/** A unit's headings, oldest first. */
export function headingsOf(db: Db, unitId: number): Promise<HeadingRow[]> {
  return db
    .select()
    .from(unitHeadings)
    .where(eq(unitHeadings.unitId, unitId))
    .orderBy(asc(unitHeadings.validFrom));
}

/** The headings of many units with their unit's code, oldest first. */
export function headingsOfUnits(db: Db, unitIds: number[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .select({ h: unitHeadings, code: units.code })
    .from(unitHeadings)
    .innerJoin(units, eq(units.id, unitHeadings.unitId))
    .where(inArray(unitHeadings.unitId, unitIds))
    .orderBy(asc(units.code), asc(unitHeadings.validFrom));
}

/** Replace the whole history of these units' headings with `rows`. */
export async function replaceHeadings(tx: Db, unitIds: number[], rows: NewHeadingRow[]): Promise<void> {
  if (unitIds.length > 0) await tx.delete(unitHeadings).where(inArray(unitHeadings.unitId, unitIds));
  if (rows.length > 0) await tx.insert(unitHeadings).values(rows);
}
