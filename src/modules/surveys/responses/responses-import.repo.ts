import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { responseImports } from '../../../db/schema/index.ts';
import { scoreResponse } from '../index/index-engine-score.ts';
import type { CompiledQuestionnaire } from '../questionnaires/questionnaire-compile.ts';

/** One imported response, ready to store (scores are computed here, as responses.repo does). */
export interface ImportedResponse {
  unitId: number;
  waveId: number | null;
  submittedAt: Date;
  answers: (number | null)[];
  profile: (number | null)[] | null;
  flags: string[];
}

/**
 * Inserts a batch of imported responses with one statement whose parameters are one array per
 * column (`unnest`), instead of one parameter per cell: building and sending 2,000 rows × 12
 * columns as scalars cost most of an import's time, and on PGlite every other query waits for it.
 * Same columns and values as insertResponses gives an imported row.
 */
export async function insertImportedResponses(
  tx: Db,
  batch: {
    questionnaireId: number;
    compiled: CompiledQuestionnaire;
    channel: string;
    keyedBy: number | null;
    importId: number;
  },
  rows: readonly ImportedResponse[],
): Promise<void> {
  if (rows.length === 0) return;
  const waves: (number | null)[] = [];
  const units: number[] = [];
  const times: string[] = [];
  const answers: string[] = [];
  const profiles: (string | null)[] = [];
  const scores: string[] = [];
  const overall: (number | null)[] = [];
  const flags: string[] = [];
  for (const r of rows) {
    const s = scoreResponse(batch.compiled, r.answers);
    waves.push(r.waveId);
    units.push(r.unitId);
    times.push(r.submittedAt.toISOString());
    answers.push(arrayLiteral(r.answers));
    profiles.push(r.profile ? arrayLiteral(r.profile) : null);
    scores.push(arrayLiteral(s.criterionScores));
    overall.push(s.overallScore);
    flags.push(arrayLiteral(r.flags));
  }
  await tx.execute(sql`
    insert into responses (questionnaire_id, wave_id, unit_id, submitted_at, channel, answers, profile,
                           criterion_scores, overall_score, keyed_by, import_id, flags)
    select ${batch.questionnaireId}, w, u, t, ${batch.channel}, a::smallint[], p::smallint[], s::float8[], o,
           ${batch.keyedBy}::int, ${batch.importId}, f::text[]
    from unnest(${arrayLiteral(waves)}::int[], ${arrayLiteral(units)}::int[], ${quoted(times)}::timestamptz[],
                ${quoted(answers)}::text[], ${quoted(profiles)}::text[], ${quoted(scores)}::text[],
                ${arrayLiteral(overall)}::float8[], ${quoted(flags)}::text[])
         as x(w, u, t, a, p, s, o, f)`);
}

/** An earlier import of the same bytes (same content hash), if any. */
export async function findImportByHash(tx: Db, contentHash: string) {
  const [row] = await tx
    .select({ fileName: responseImports.fileName, importedAt: responseImports.importedAt })
    .from(responseImports)
    .where(eq(responseImports.contentHash, contentHash));
  return row;
}

export async function insertImport(tx: Db, row: typeof responseImports.$inferInsert): Promise<number> {
  const [inserted] = await tx.insert(responseImports).values(row).returning({ id: responseImports.id });
  return inserted!.id;
}

/** `{1,2,NULL}`: numbers and plain codes only (no quoting needed: a flag is [A-Z_]+). */
function arrayLiteral(values: readonly (number | string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : String(v))).join(',')}}`;
}

/** `{"…","…",NULL}`: elements that hold commas or braces (ISO times, inner array literals). */
function quoted(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v}"`)).join(',')}}`;
}
