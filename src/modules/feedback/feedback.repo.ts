import { and, asc, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import {
  feedbackCategories,
  feedbackEvents,
  feedbackItems,
  feedbackPhotos,
  feedbackSequences,
  outbox,
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

export async function insertItem(tx: Db, row: typeof feedbackItems.$inferInsert): Promise<FeedbackRow> {
  const [inserted] = await tx.insert(feedbackItems).values(row).returning();
  return inserted!;
}

export async function insertPhoto(tx: Db, row: typeof feedbackPhotos.$inferInsert): Promise<void> {
  await tx.insert(feedbackPhotos).values(row);
}

export async function updateItem(tx: Db, id: number, patch: Partial<typeof feedbackItems.$inferInsert>) {
  await tx.update(feedbackItems).set(patch).where(eq(feedbackItems.id, id));
}

/** The duplicates merged into item `id`. */
export async function mergedInto(db: Db, id: number): Promise<FeedbackRow[]> {
  return db.select().from(feedbackItems).where(eq(feedbackItems.mergedIntoId, id));
}

const openOn = (today: string) => or(isNull(units.validTo), sql`${units.validTo} > ${today}`);

/** The units of a subtree still open on `today`: where an item of a category may go. */
export async function openUnitsUnder(db: Db, pathPrefix: string, today: string) {
  return db
    .select()
    .from(units)
    .where(and(like(units.path, `${pathPrefix}%`), openOn(today)));
}

/** The payload of an item's reception message in the outbox (it holds the reporter's link). */
export async function receptionMessagePayload(db: Db, code: string): Promise<unknown> {
  const [row] = await db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.template, 'feedback.received'), eq(outbox.dedupeKey, `feedback.received:${code}`)))
    .limit(1);
  return row?.payload;
}

export async function insertCategory(tx: Db, row: typeof feedbackCategories.$inferInsert): Promise<void> {
  await tx.insert(feedbackCategories).values(row);
}

export async function updateCategory(
  tx: Db,
  id: number,
  patch: Partial<typeof feedbackCategories.$inferInsert>,
): Promise<void> {
  await tx.update(feedbackCategories).set(patch).where(eq(feedbackCategories.id, id));
}

const categoryColumns = {
  c: feedbackCategories,
  unitCode: units.code,
  unitName: units.name,
  unitPath: units.path,
  handler: users.username,
};

/** Categories of the subtree at `path` and those serving it from above, by unit then code. */
export async function categoriesAround(db: Db, path: string) {
  return db
    .select(categoryColumns)
    .from(feedbackCategories)
    .innerJoin(units, eq(units.id, feedbackCategories.unitId))
    .leftJoin(users, eq(users.id, feedbackCategories.defaultHandlerId))
    .where(or(like(units.path, `${path}%`), sql`${path} like ${units.path} || '%'`))
    .orderBy(asc(units.path), asc(feedbackCategories.code));
}

/** Active categories (serving the unit at `path`, when given), by group then name. */
export async function activeCategoriesServing(db: Db, path: string | null) {
  return db
    .select(categoryColumns)
    .from(feedbackCategories)
    .innerJoin(units, eq(units.id, feedbackCategories.unitId))
    .leftJoin(users, eq(users.id, feedbackCategories.defaultHandlerId))
    .where(
      and(
        eq(feedbackCategories.active, true),
        path === null ? undefined : sql`${path} like ${units.path} || '%'`,
      ),
    )
    .orderBy(asc(feedbackCategories.groupName), asc(feedbackCategories.name));
}

/**
 * Items past the deadline of their current step (classification, answer, publication) at `now`
 * that have no 'overdue' event for that deadline yet.
 */
export async function overdueWithoutEvent(db: Db, now: Date) {
  const due = sql`case when f.status in ('cho_tiep_nhan', 'da_chuyen') then f.transfer_by
                       when f.status in ('dang_xu_ly', 'cho_duyet') then f.answer_by
                       when f.status = 'da_tra_loi' then f.publish_by end`;
  return queryRows<{ id: number; code: string; unit_id: number; status: string; due: string | Date }>(
    db,
    sql`select f.id, f.code, f.unit_id, f.status, ${due} as due
        from feedback_items f
        where ${due} < ${now.toISOString()}::timestamptz
          and not exists (
            select 1 from feedback_events e
            where e.item_id = f.id and e.kind = 'overdue' and (e.data->>'dueAt')::timestamptz = ${due})`,
  );
}
