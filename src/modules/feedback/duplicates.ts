import { and, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import { feedbackItems } from '../../db/schema/index.ts';
import type { FeedbackRow } from './feedback.repo.ts';
import { OPEN_STATUSES } from './feedback-status.ts';
import { trigramSimilarity } from './feedback-text.ts';

/**
 * Duplicate suggestions: open items of the same category and unit (and, when both carry
 * coordinates, within PLACE_RADIUS_M of each other) whose folded text is similar.
 *
 * Similarity is pg_trgm's `similarity()` (Jaccard index of character trigrams) when the extension
 * can be had: the first search runs `create extension if not exists pg_trgm` once per database
 * handle and remembers the answer. PGlite ships without pg_trgm, and a PostgreSQL role may lack
 * the right to create it; then the same measure is computed in JS (feedback-text.ts builds the
 * trigrams as pg_trgm does) over the FALLBACK_WINDOW most recent candidates. Both paths use the
 * same threshold, so they agree up to pg_trgm's locale-dependent word splitting.
 */
export const SIMILARITY_THRESHOLD = 0.3;
export const PLACE_RADIUS_M = 300;
export const FALLBACK_WINDOW = 500;

const trigramSupport = new WeakMap<object, Promise<boolean>>();

/** Whether pg_trgm is usable on this database; tried once per database handle (never inside a transaction). */
export function hasTrigramExtension(db: Db): Promise<boolean> {
  let known = trigramSupport.get(db);
  if (!known) {
    known = (async () => {
      try {
        const present = await queryRows<{ n: number }>(
          db,
          sql`select 1 as n from pg_extension where extname = 'pg_trgm'`,
        );
        if (present.length === 0) await db.execute(sql`create extension if not exists pg_trgm`);
        return true;
      } catch {
        return false;
      }
    })();
    trigramSupport.set(db, known);
  }
  return known;
}

export interface DuplicateCandidate {
  id: number;
  code: string;
  status: string;
  description: string;
  address: string | null;
  receivedAt: Date;
  score: number;
}

function distanceM(a: { lat: number; long: number }, b: { lat: number; long: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLong = (b.long - a.long) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLong / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

function samePlace(
  a: Pick<FeedbackRow, 'lat' | 'long'>,
  b: { lat: number | null; long: number | null },
): boolean {
  if (a.lat === null || a.long === null || b.lat === null || b.long === null) return true;
  return distanceM({ lat: a.lat, long: a.long }, { lat: b.lat, long: b.long }) <= PLACE_RADIUS_M;
}

/** Open items that look like `item`, most similar first. */
export async function findDuplicates(
  db: Db,
  item: Pick<FeedbackRow, 'id' | 'categoryId' | 'unitId' | 'searchText' | 'lat' | 'long'>,
  options: {
    limit?: number /** 'js' forces the fallback (to compare both paths). */;
    method?: 'auto' | 'js';
  } = {},
): Promise<DuplicateCandidate[]> {
  const limit = options.limit ?? 5;
  const open = OPEN_STATUSES as string[];
  if (options.method !== 'js' && (await hasTrigramExtension(db))) {
    const rows = await queryRows<{
      id: number;
      code: string;
      status: string;
      description: string;
      address: string | null;
      received_at: string | Date;
      lat: number | null;
      long: number | null;
      score: number;
    }>(
      db,
      sql`select id, code, status, description, address, received_at, lat, long,
                 similarity(search_text, ${item.searchText})::float8 as score
          from feedback_items
          where category_id = ${item.categoryId} and unit_id = ${item.unitId} and id <> ${item.id}
            and merged_into_id is null
            and status in (${sql.join(
              open.map((s) => sql`${s}`),
              sql`, `,
            )})
            and similarity(search_text, ${item.searchText}) >= ${SIMILARITY_THRESHOLD}
          order by score desc, id desc
          limit ${limit * 4}`,
    );
    return rows
      .filter((r) => samePlace(item, r))
      .slice(0, limit)
      .map((r) => ({
        id: Number(r.id),
        code: r.code,
        status: r.status,
        description: r.description,
        address: r.address,
        receivedAt: new Date(r.received_at),
        score: Number(r.score),
      }));
  }
  const rows = await db
    .select({
      id: feedbackItems.id,
      code: feedbackItems.code,
      status: feedbackItems.status,
      description: feedbackItems.description,
      searchText: feedbackItems.searchText,
      address: feedbackItems.address,
      receivedAt: feedbackItems.receivedAt,
      lat: feedbackItems.lat,
      long: feedbackItems.long,
    })
    .from(feedbackItems)
    .where(
      and(
        eq(feedbackItems.categoryId, item.categoryId),
        eq(feedbackItems.unitId, item.unitId),
        ne(feedbackItems.id, item.id),
        isNull(feedbackItems.mergedIntoId),
        inArray(feedbackItems.status, open),
      ),
    )
    .orderBy(desc(feedbackItems.receivedAt))
    .limit(FALLBACK_WINDOW);
  return rows
    .filter((r) => samePlace(item, r))
    .map((r) => ({
      id: r.id,
      code: r.code,
      status: r.status,
      description: r.description,
      address: r.address,
      receivedAt: r.receivedAt,
      score: trigramSimilarity(item.searchText, r.searchText),
    }))
    .filter((r) => r.score >= SIMILARITY_THRESHOLD)
    .sort((a, b) => b.score - a.score || b.id - a.id)
    .slice(0, limit);
}
