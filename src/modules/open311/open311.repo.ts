import { and, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { feedbackCategories, feedbackItems, units } from '../../db/schema/index.ts';

/** Open311 reads feedback's tables: services are the active categories, requests the items. */

export async function activeServices(db: Db) {
  return db
    .select()
    .from(feedbackCategories)
    .where(eq(feedbackCategories.active, true))
    .orderBy(feedbackCategories.groupName, feedbackCategories.code);
}

const columns = {
  f: feedbackItems,
  unitName: units.name,
  categoryCode: feedbackCategories.code,
  categoryName: feedbackCategories.name,
};

const requests = (db: Db) =>
  db
    .select(columns)
    .from(feedbackItems)
    .innerJoin(units, eq(units.id, feedbackItems.unitId))
    .innerJoin(feedbackCategories, eq(feedbackCategories.id, feedbackItems.categoryId));

/** The requests with these codes, newest first. */
export async function requestsByCodes(db: Db, codes: string[]) {
  return requests(db).where(inArray(feedbackItems.code, codes)).orderBy(desc(feedbackItems.receivedAt));
}

/** Requests by service codes, reception window [start, end) and statuses (each optional), newest first. */
export async function findRequests(
  db: Db,
  filter: { serviceCodes: string[]; start?: Date; end?: Date; statuses?: string[]; limit: number },
) {
  return requests(db)
    .where(
      and(
        filter.serviceCodes.length > 0 ? inArray(feedbackCategories.code, filter.serviceCodes) : undefined,
        filter.start ? gte(feedbackItems.receivedAt, filter.start) : undefined,
        filter.end ? lt(feedbackItems.receivedAt, filter.end) : undefined,
        filter.statuses ? inArray(feedbackItems.status, filter.statuses) : undefined,
      ),
    )
    .orderBy(desc(feedbackItems.receivedAt), desc(feedbackItems.id))
    .limit(filter.limit);
}
