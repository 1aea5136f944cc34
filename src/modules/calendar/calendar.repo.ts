import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { calendarNotices, unitOfficeHours, workCalendars } from '../../db/schema/index.ts';

/** Every holiday notice an admin entered, one per year. */
export async function allNotices(db: Db) {
  return db.select().from(calendarNotices);
}

export async function officeHoursOf(db: Db, unitId: number) {
  const [row] = await db.select().from(unitOfficeHours).where(eq(unitOfficeHours.unitId, unitId));
  return row;
}

/** Store a calendar under its content hash (once: a version never changes). */
export async function saveCalendar(db: Db, version: string, calendar: unknown): Promise<void> {
  await db.insert(workCalendars).values({ version, calendar }).onConflictDoNothing();
}

export async function calendarOfVersion(db: Db, version: string) {
  const [row] = await db.select().from(workCalendars).where(eq(workCalendars.version, version));
  return row;
}

/** Enter or replace the notice of a year. */
export async function upsertNotice(
  tx: Db,
  row: { year: number; notice: unknown; updatedBy: string; updatedAt: Date },
): Promise<void> {
  await tx
    .insert(calendarNotices)
    .values(row)
    .onConflictDoUpdate({
      target: calendarNotices.year,
      set: { notice: row.notice, updatedBy: row.updatedBy, updatedAt: sql`excluded.updated_at` },
    });
}

/** Enter or replace a unit's office hours and working week. */
export async function upsertOfficeHours(
  tx: Db,
  row: { unitId: number; open: string; close: string; workWeek: number[] },
): Promise<void> {
  await tx
    .insert(unitOfficeHours)
    .values(row)
    .onConflictDoUpdate({
      target: unitOfficeHours.unitId,
      set: { open: row.open, close: row.close, workWeek: row.workWeek },
    });
}
