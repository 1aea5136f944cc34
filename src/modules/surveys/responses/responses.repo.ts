import { and, desc, eq, inArray, like, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { responses, units } from '../../../db/schema/index.ts';
import { scoreResponse } from '../index/index-engine-score.ts';
import type { CompiledQuestionnaire } from '../questionnaires/questionnaire-compile.ts';

export interface ResponseToStore {
  unitId: number;
  waveId: number | null;
  submittedAt: Date;
  channel: 'web' | 'kiosk' | 'paper' | 'import' | 'counter';
  /** Positional in the compiled question order; null = blank. */
  answers: (number | null)[];
  profile?: (number | null)[] | null;
  keyedBy?: number | null;
  servedBy?: number | null;
  deviceHash?: string | null;
  clientHash?: string | null;
  deviceDayKey?: string | null;
  dossierKey?: string | null;
  importId?: number | null;
  flags?: string[];
  /** Held by a burst rule: stored, counted nowhere until an officer releases it. */
  held?: boolean;
  /** When the server received it (default: the database's clock); the web form passes the app clock. */
  receivedAt?: Date;
  demo?: boolean;
}

const CHUNK = 1000;

/**
 * Insert responses with their respondent scores computed once (the SQL aggregation sums them).
 * Chunked so a 100,000-line file is a few hundred statements inside the caller's transaction.
 */
export async function insertResponses(
  tx: Db,
  questionnaireId: number,
  compiled: CompiledQuestionnaire,
  rows: readonly ResponseToStore[],
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map((r) => {
      const scores = scoreResponse(compiled, r.answers);
      return {
        questionnaireId,
        waveId: r.waveId,
        unitId: r.unitId,
        submittedAt: r.submittedAt,
        channel: r.channel,
        answers: r.answers as number[],
        profile: (r.profile ?? null) as number[] | null,
        criterionScores: scores.criterionScores as number[],
        overallScore: scores.overallScore,
        keyedBy: r.keyedBy ?? null,
        servedBy: r.servedBy ?? null,
        deviceHash: r.deviceHash ?? null,
        clientHash: r.clientHash ?? null,
        deviceDayKey: r.deviceDayKey ?? null,
        dossierKey: r.dossierKey ?? null,
        importId: r.importId ?? null,
        flags: r.flags ?? [],
        held: r.held ?? false,
        ...(r.receivedAt ? { receivedAt: r.receivedAt } : {}),
        demo: r.demo ?? false,
      };
    });
    const inserted = await tx.insert(responses).values(values).returning({ id: responses.id });
    for (const row of inserted) ids.push(row.id);
  }
  return ids;
}

/** Responses from one client or device hash since an instant, optionally to one unit (for the burst rules). */
export async function countRecentFrom(
  tx: Db,
  column: 'client_hash' | 'device_hash',
  hash: string,
  since: Date,
  unitId?: number,
) {
  const result = (await tx.execute(
    sql`select count(*)::int as n from responses where ${sql.raw(column)} = ${hash} and received_at >= ${since.toISOString()}::timestamptz${unitId === undefined ? sql`` : sql` and unit_id = ${unitId}`}`,
  )) as unknown as { rows: { n: number }[] };
  return result.rows[0]?.n ?? 0;
}

/**
 * Holds the web responses of one client hash received since an instant (the burst rules), to one
 * unit when given (the day rule), flagging them BURST; those an officer already released or
 * excluded are left as they are.
 */
export async function holdRecentFrom(
  tx: Db,
  clientHash: string,
  since: Date,
  unitId?: number,
): Promise<number> {
  const result = (await tx.execute(
    sql`update responses set held = true,
          flags = case when 'BURST' = any(flags) then flags else array_append(flags, 'BURST') end
        where client_hash = ${clientHash} and received_at >= ${since.toISOString()}::timestamptz
          and channel = 'web' and not held and not excluded and released_at is null${unitId === undefined ? sql`` : sql` and unit_id = ${unitId}`}`,
  )) as unknown as { affectedRows?: number; rowCount?: number };
  return result.affectedRows ?? result.rowCount ?? 0;
}

export interface HeldSelection {
  /** Materialised path prefix of the actor's scope (or of the chosen unit); '' = everything. */
  pathPrefix: string;
  clientHash: string;
  from: Date;
  to: Date;
}

/** Held, not excluded responses of one address hash in a time window, inside a subtree. */
export async function heldResponses(tx: Db, s: HeldSelection): Promise<{ id: number; unitId: number }[]> {
  const result = (await tx.execute(
    sql`select r.id::float8 as id, r.unit_id as "unitId" from responses r join units u on u.id = r.unit_id
        where r.held and not r.excluded and r.client_hash = ${s.clientHash}
          and r.received_at >= ${s.from.toISOString()}::timestamptz
          and r.received_at <= ${s.to.toISOString()}::timestamptz
          and u.path like ${`${s.pathPrefix}%`}
        order by r.id`,
  )) as unknown as { rows: { id: number; unitId: number }[] };
  return result.rows.map((r) => ({ id: Number(r.id), unitId: Number(r.unitId) }));
}

/** Release held responses: they count from now on. */
export async function releaseResponses(tx: Db, ids: readonly number[], by: number | null, at: Date) {
  if (ids.length === 0) return;
  await tx
    .update(responses)
    .set({ held: false, releasedBy: by, releasedAt: at })
    .where(inArray(responses.id, [...ids]));
}

/** Exclude responses with a reason (they never count). */
export async function excludeResponses(
  tx: Db,
  ids: readonly number[],
  reason: string,
  by: number | null,
  at: Date,
) {
  if (ids.length === 0) return;
  await tx
    .update(responses)
    .set({ excluded: true, excludedReason: reason, excludedBy: by, excludedAt: at })
    .where(inArray(responses.id, [...ids]));
}

/** One response with its unit's path, for a reviewer's scope check before releasing or excluding it. */
export async function findResponseForReview(db: Db, id: number) {
  const [row] = await db
    .select({
      id: responses.id,
      unitId: units.id,
      unitPath: units.path,
      held: responses.held,
      excluded: responses.excluded,
    })
    .from(responses)
    .innerJoin(units, eq(units.id, responses.unitId))
    .where(eq(responses.id, id));
  return row;
}

/** Responses of a unit in a wave, counted and not. */
export async function countWaveUnitResponses(tx: Db, waveId: number, unitId: number): Promise<number> {
  const [{ n }] = (await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(responses)
    .where(and(eq(responses.waveId, waveId), eq(responses.unitId, unitId)))) as [{ n: number }];
  return n;
}

export type ReviewRow = Awaited<ReturnType<typeof reviewRows>>[number];

export interface ReviewFilter {
  /** Materialised path prefix of the subtree; '' = everything. */
  prefix: string;
  flagged?: boolean;
  excluded?: boolean;
  held?: boolean;
  questionnaireId?: number;
  /** Submitted in [start, end). */
  bounds: { start: Date; end: Date } | null;
  limit: number;
}

/** Responses to review, newest first, with their unit; answers are not read. */
export function reviewRows(db: Db, q: ReviewFilter) {
  return db
    .select({
      id: responses.id,
      unit: units.code,
      unitName: units.name,
      submittedAt: responses.submittedAt,
      channel: responses.channel,
      flags: responses.flags,
      excluded: responses.excluded,
      excludedReason: responses.excludedReason,
      held: responses.held,
      addressKey: responses.clientHash,
    })
    .from(responses)
    .innerJoin(units, eq(units.id, responses.unitId))
    .where(
      and(
        q.prefix ? like(units.path, `${q.prefix}%`) : undefined,
        q.flagged ? sql`cardinality(${responses.flags}) > 0` : undefined,
        q.excluded === undefined ? undefined : eq(responses.excluded, q.excluded),
        // Held = still waiting for a decision: an excluded response is no longer waiting.
        q.held === undefined
          ? undefined
          : q.held
            ? sql`${responses.held} and not ${responses.excluded}`
            : sql`not (${responses.held} and not ${responses.excluded})`,
        q.questionnaireId === undefined ? undefined : eq(responses.questionnaireId, q.questionnaireId),
        q.bounds ? sql`${responses.submittedAt} >= ${q.bounds.start.toISOString()}::timestamptz` : undefined,
        q.bounds ? sql`${responses.submittedAt} < ${q.bounds.end.toISOString()}::timestamptz` : undefined,
      ),
    )
    .orderBy(desc(responses.submittedAt), desc(responses.id))
    .limit(q.limit);
}

/** Exclude one response with a reason, or restore it (reason, by and at cleared). */
export async function setResponseExclusion(
  tx: Db,
  id: number,
  exclusion: { reason: string; by: number | null; at: Date } | null,
): Promise<void> {
  await tx
    .update(responses)
    .set({
      excluded: exclusion !== null,
      excludedReason: exclusion?.reason ?? null,
      excludedBy: exclusion?.by ?? null,
      excludedAt: exclusion?.at ?? null,
    })
    .where(eq(responses.id, id));
}
