import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/rows.ts';
import type { CompiledQuestionnaire } from '../questionnaires/questionnaire-compile.ts';
import type { UnitAggregate } from './index-engine-aggregate.ts';
import type { Moments } from './stats.ts';

/**
 * Layer 1 of the index in SQL: one pass over a questionnaire version's responses in a time range
 * gives, per unit, exactly the `UnitAggregate` the pure accumulator would (index-engine-aggregate.ts):
 * a count per (question, option) and n, Σx, Σx² of the respondent scores stored with each response
 * (index-engine-score.ts). Every figure after that (indexes, intervals, ranks) is computed from these
 * few numbers in memory, so the database does one scan and the engine stays pure.
 */

export interface AggregateFilter {
  questionnaireId: number;
  start: Date;
  end: Date;
  /** Only units inside this subtree (materialised path prefix); '' = all. */
  pathPrefix?: string;
  channel?: string;
}

/** Aggregates keyed by unit id (the caller maps ids to codes). */
export async function aggregateByUnitId(
  db: Db,
  compiled: CompiledQuestionnaire,
  filter: AggregateFilter,
): Promise<Map<number, UnitAggregate>> {
  const columns: string[] = ['count(*)::int'];
  // Array subscripts are 1-based; option values are integers from a validated questionnaire,
  // so writing them into the SQL text is safe and lets the planner see constants.
  for (let q = 0; q < compiled.questionCount; q++) {
    for (let s = compiled.optionStart[q]!; s < compiled.optionStart[q + 1]!; s++) {
      columns.push(`count(*) filter (where r.answers[${q + 1}] = ${compiled.optionValue[s]})::int`);
    }
  }
  const moments = (x: string) => [
    `count(${x})::int`,
    `coalesce(sum(${x}), 0)`,
    `coalesce(sum(${x} * ${x}), 0)`,
  ];
  for (let k = 0; k < compiled.criterionCount; k++) columns.push(...moments(`r.criterion_scores[${k + 1}]`));
  columns.push(...moments('r.overall_score'));

  const where = whereClause(filter);
  const select = sql.raw(`array[${columns.map((c) => `(${c})::float8`).join(', ')}] as v`);
  const rows = await queryRows<{ unit_id: number; v: number[] }>(
    db,
    sql`select r.unit_id, ${select} from responses r ${where} and not r.excluded and not r.held group by r.unit_id`,
  );
  // Left out, counted apart: excluded by a person, or held by a burst rule (an excluded response
  // counts as excluded even if it was also held).
  const excluded = await queryRows<{ unit_id: number; n: number; held: number }>(
    db,
    sql`select r.unit_id, count(*) filter (where r.excluded)::int as n,
          count(*) filter (where r.held and not r.excluded)::int as held
        from responses r ${where} and (r.excluded or r.held) group by r.unit_id`,
  );

  const out = new Map<number, UnitAggregate>();
  for (const row of rows) out.set(row.unit_id, toAggregate(compiled, row.v.map(Number)));
  for (const { unit_id, n, held } of excluded) {
    const a = out.get(unit_id) ?? toAggregate(compiled, null);
    a.excluded = n;
    if (held > 0) a.held = held;
    out.set(unit_id, a);
  }
  return out;
}

/** The baseline the index is measured against: a bare count per unit over the same rows. */
export async function countByUnitId(db: Db, filter: AggregateFilter): Promise<Map<number, number>> {
  const rows = await queryRows<{ unit_id: number; n: number }>(
    db,
    sql`select r.unit_id, count(*)::int as n from responses r ${whereClause(filter)} group by r.unit_id`,
  );
  return new Map(rows.map((r) => [r.unit_id, r.n]));
}

function whereClause(f: AggregateFilter): SQL {
  const parts: SQL[] = [
    sql`r.questionnaire_id = ${f.questionnaireId}`,
    sql`r.submitted_at >= ${f.start.toISOString()}::timestamptz`,
    sql`r.submitted_at < ${f.end.toISOString()}::timestamptz`,
  ];
  if (f.pathPrefix) {
    parts.push(sql`r.unit_id in (select id from units where path like ${`${f.pathPrefix}%`})`);
  }
  if (f.channel) parts.push(sql`r.channel = ${f.channel}`);
  return sql`where ${sql.join(parts, sql` and `)}`;
}

function toAggregate(c: CompiledQuestionnaire, v: number[] | null): UnitAggregate {
  let i = 0;
  const next = () => (v ? v[i++]! : 0);
  const responses = next();
  const questions: Record<string, Record<string, number>> = {};
  for (let q = 0; q < c.questionCount; q++) {
    const counts: Record<string, number> = {};
    for (let s = c.optionStart[q]!; s < c.optionStart[q + 1]!; s++) {
      const n = next();
      if (n > 0) counts[c.optionKey[s]!] = n;
    }
    questions[c.questionCodes[q]!] = counts;
  }
  const readMoments = (): Moments => ({ n: next(), sum: next(), sumSq: next() });
  const criteria: Record<string, Moments> = {};
  for (const code of c.criterionCodes) criteria[code] = readMoments();
  const overall = readMoments();
  return {
    questionnaire: c.code,
    questionnaireHash: c.hash,
    responses,
    excluded: 0,
    invalidAnswers: 0,
    questions,
    criteria,
    overall,
  };
}
