import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import type { FeedbackRow } from './feedback.repo.ts';
import { OPEN_STATUSES } from './feedback-status.ts';

/**
 * Duplicate suggestions: open items of the same category and unit (and, when both carry
 * coordinates, within PLACE_RADIUS_M of each other) whose folded text is similar.
 *
 * Similarity is pg_trgm's `similarity()` (Jaccard index of character trigrams) on both engines:
 * PGlite loads its build of pg_trgm and db/migrate.ts creates the extension, so every open item of
 * the category and unit is compared, and PGlite and PostgreSQL give the same candidates and scores.
 */
export const SIMILARITY_THRESHOLD = 0.3;
export const PLACE_RADIUS_M = 300;

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
  options: { limit?: number } = {},
): Promise<DuplicateCandidate[]> {
  const limit = options.limit ?? 5;
  const open = OPEN_STATUSES as string[];
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
