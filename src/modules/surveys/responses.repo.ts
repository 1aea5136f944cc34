import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { responses } from '../../db/schema/index.ts';
import { scoreResponse } from './index-engine-score.ts';
import type { CompiledQuestionnaire } from './questionnaire-compile.ts';

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
        demo: r.demo ?? false,
      };
    });
    const inserted = await tx.insert(responses).values(values).returning({ id: responses.id });
    for (const row of inserted) ids.push(row.id);
  }
  return ids;
}

/** Responses from one client or device hash since an instant (for the burst flag). */
export async function countRecentFrom(
  tx: Db,
  column: 'client_hash' | 'device_hash',
  hash: string,
  since: Date,
) {
  const result = (await tx.execute(
    sql`select count(*)::int as n from responses where ${sql.raw(column)} = ${hash} and received_at >= ${since.toISOString()}::timestamptz`,
  )) as unknown as { rows: { n: number }[] };
  return result.rows[0]?.n ?? 0;
}
