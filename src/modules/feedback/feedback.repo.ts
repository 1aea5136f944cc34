import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  feedbackCategories,
  feedbackEvents,
  feedbackItems,
  feedbackPhotos,
  feedbackSequences,
  units,
  users,
} from '../../db/schema/index.ts';

export type FeedbackRow = typeof feedbackItems.$inferSelect;
export type CategoryRow = typeof feedbackCategories.$inferSelect;

/** The next number of the reception day (all units share one sequence per day: PA-YYYYMMDD-NNNN). */
export async function nextSequence(tx: Db, day: string): Promise<number> {
  const [row] = await tx
    .insert(feedbackSequences)
    .values({ day, last: 1 })
    .onConflictDoUpdate({ target: feedbackSequences.day, set: { last: sql`${feedbackSequences.last} + 1` } })
    .returning({ last: feedbackSequences.last });
  return row!.last;
}

const itemColumns = {
  f: feedbackItems,
  unitCode: units.code,
  unitName: units.name,
  unitPath: units.path,
  categoryCode: feedbackCategories.code,
  categoryName: feedbackCategories.name,
};

/** An item with its unit and category, locked for update when `tx` is a transaction that will change it. */
export async function findByCode(db: Db, code: string, forUpdate = false) {
  const query = db
    .select(itemColumns)
    .from(feedbackItems)
    .innerJoin(units, eq(units.id, feedbackItems.unitId))
    .innerJoin(feedbackCategories, eq(feedbackCategories.id, feedbackItems.categoryId))
    .where(eq(feedbackItems.code, code));
  const [row] = forUpdate ? await query.for('update', { of: feedbackItems }) : await query;
  return row;
}
export type LoadedItem = NonNullable<Awaited<ReturnType<typeof findByCode>>>;

export async function findById(db: Db, id: number) {
  const [row] = await db
    .select(itemColumns)
    .from(feedbackItems)
    .innerJoin(units, eq(units.id, feedbackItems.unitId))
    .innerJoin(feedbackCategories, eq(feedbackCategories.id, feedbackItems.categoryId))
    .where(eq(feedbackItems.id, id));
  return row;
}

export async function codesByIds(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: feedbackItems.id, code: feedbackItems.code })
    .from(feedbackItems)
    .where(inArray(feedbackItems.id, ids));
  return new Map(rows.map((r) => [r.id, r.code]));
}

export async function eventsOf(db: Db, itemId: number) {
  return db
    .select()
    .from(feedbackEvents)
    .where(eq(feedbackEvents.itemId, itemId))
    .orderBy(asc(feedbackEvents.at), asc(feedbackEvents.id));
}

export async function photoIdsOf(db: Db, itemId: number): Promise<{ id: number; mime: string }[]> {
  return db
    .select({ id: feedbackPhotos.id, mime: feedbackPhotos.mime })
    .from(feedbackPhotos)
    .where(eq(feedbackPhotos.itemId, itemId))
    .orderBy(asc(feedbackPhotos.id));
}

/** The first photo of each item (Open311 media_url). */
export async function firstPhotos(db: Db, itemIds: number[]): Promise<Map<number, number>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .select({ itemId: feedbackPhotos.itemId, id: sql<number>`min(${feedbackPhotos.id})`.mapWith(Number) })
    .from(feedbackPhotos)
    .where(inArray(feedbackPhotos.itemId, itemIds))
    .groupBy(feedbackPhotos.itemId);
  return new Map(rows.map((r) => [r.itemId, r.id]));
}

export async function photo(db: Db, itemId: number, id: number) {
  const [row] = await db
    .select({ mime: feedbackPhotos.mime, bytes: feedbackPhotos.bytes })
    .from(feedbackPhotos)
    .where(and(eq(feedbackPhotos.itemId, itemId), eq(feedbackPhotos.id, id)));
  return row;
}

export async function categoryByCode(db: Db, code: string) {
  const [row] = await db
    .select({ c: feedbackCategories, unitCode: units.code, unitName: units.name, unitPath: units.path })
    .from(feedbackCategories)
    .innerJoin(units, eq(units.id, feedbackCategories.unitId))
    .where(eq(feedbackCategories.code, code));
  return row;
}
export type LoadedCategory = NonNullable<Awaited<ReturnType<typeof categoryByCode>>>;

export async function userByUsername(db: Db, username: string) {
  const [row] = await db
    .select({ id: users.id, username: users.username, active: users.active, unitPath: units.path })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(eq(users.username, username));
  return row;
}

export async function userById(db: Db, id: number) {
  const [row] = await db
    .select({ id: users.id, username: users.username, active: users.active, unitPath: units.path })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, id));
  return row;
}

export async function answerTemplate(db: Db, categoryId: number): Promise<string> {
  const [row] = await db
    .select({ t: feedbackCategories.answerTemplate })
    .from(feedbackCategories)
    .where(eq(feedbackCategories.id, categoryId));
  return row?.t ?? '';
}

export async function usersByIds(
  db: Db,
  ids: (number | null)[],
): Promise<Map<number, { username: string; displayName: string }>> {
  const wanted = [...new Set(ids.filter((i): i is number => i !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, { username: r.username, displayName: r.displayName }]));
}

/** A timeline event of an item (see feedback-events.ts). */
export async function insertEvent(tx: Db, event: typeof feedbackEvents.$inferInsert): Promise<void> {
  await tx.insert(feedbackEvents).values(event);
}
