import { and, asc, desc, eq, gte, like, lt } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { surveyComments, units } from '../../../db/schema/index.ts';
import type { CommentStatus } from './comments.schema.ts';

/**
 * Survey comments: stored apart from the answers (no response id, no time of day, only the Vietnam
 * date), so no one can tell which response a comment came with. Lists are ordered by date and
 * text, never by id, so the insertion order of a day does not line up with the responses either.
 */

export interface CommentToStore {
  unitId: number;
  waveId: number | null;
  receivedOn: string;
  text: string;
}

export async function insertComment(tx: Db, row: CommentToStore): Promise<void> {
  await tx.insert(surveyComments).values(row);
}

const listColumns = {
  id: surveyComments.id,
  unitId: surveyComments.unitId,
  unit: units.code,
  unitName: units.name,
  receivedOn: surveyComments.receivedOn,
  text: surveyComments.text,
  status: surveyComments.status,
  moderatedAt: surveyComments.moderatedAt,
};

export type CommentRow = {
  id: number;
  unitId: number;
  unit: string;
  unitName: string;
  receivedOn: string;
  text: string;
  status: string;
  moderatedAt: Date | null;
};

/** Comments of a subtree (path prefix) or of one unit, newest day first. */
export async function commentRows(
  db: Db,
  q: { prefix: string; unitId?: number; status?: CommentStatus; limit: number },
): Promise<CommentRow[]> {
  return db
    .select(listColumns)
    .from(surveyComments)
    .innerJoin(units, eq(units.id, surveyComments.unitId))
    .where(
      and(
        like(units.path, `${q.prefix}%`),
        q.unitId === undefined ? undefined : eq(surveyComments.unitId, q.unitId),
        q.status === undefined ? undefined : eq(surveyComments.status, q.status),
      ),
    )
    .orderBy(desc(surveyComments.receivedOn), asc(surveyComments.text))
    .limit(q.limit);
}

/** A comment looked up through its unit: another unit's comment is not found. */
export async function findCommentOfUnit(db: Db, unitId: number, id: number): Promise<CommentRow | undefined> {
  const [row] = await db
    .select(listColumns)
    .from(surveyComments)
    .innerJoin(units, eq(units.id, surveyComments.unitId))
    .where(and(eq(surveyComments.id, id), eq(surveyComments.unitId, unitId)));
  return row;
}

export async function setCommentStatus(
  tx: Db,
  id: number,
  change: { status: CommentStatus; by: number | null; at: Date },
): Promise<void> {
  await tx
    .update(surveyComments)
    .set({ status: change.status, moderatedBy: change.by, moderatedAt: change.at })
    .where(eq(surveyComments.id, id));
}

/** Published comments of a unit received in [from, to) (Vietnam dates). */
export async function publishedComments(
  db: Db,
  unitId: number,
  from: string,
  to: string,
): Promise<{ receivedOn: string; text: string }[]> {
  return db
    .select({ receivedOn: surveyComments.receivedOn, text: surveyComments.text })
    .from(surveyComments)
    .where(
      and(
        eq(surveyComments.unitId, unitId),
        eq(surveyComments.status, 'published'),
        gte(surveyComments.receivedOn, from),
        lt(surveyComments.receivedOn, to),
      ),
    )
    .orderBy(desc(surveyComments.receivedOn), asc(surveyComments.text))
    .limit(200);
}
