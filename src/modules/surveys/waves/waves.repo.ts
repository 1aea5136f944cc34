import { and, asc, eq, gte, inArray, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { containsAllWords } from '../../../db/like.ts';
import { queryRows } from '../../../db/rows.ts';
import { surveyWaves, units, waveUnits } from '../../../db/schema/index.ts';

export type NewWaveRow = typeof surveyWaves.$inferInsert;

export async function findWaveId(db: Db, code: string): Promise<number | undefined> {
  const [row] = await db.select({ id: surveyWaves.id }).from(surveyWaves).where(eq(surveyWaves.code, code));
  return row?.id;
}

export async function insertWave(tx: Db, row: NewWaveRow) {
  const [wave] = await tx.insert(surveyWaves).values(row).returning();
  return wave!;
}

export async function insertWaveUnits(
  tx: Db,
  waveId: number,
  unitIds: readonly number[],
  targetSample: number,
): Promise<void> {
  await tx.insert(waveUnits).values(unitIds.map((unitId) => ({ waveId, unitId, targetSample })));
}

export interface WaveRow {
  id: number;
  code: string;
  title: string;
  questionnaire_id: number;
  period: string;
  opens_on: string;
  closes_on: string;
  owner_code: string;
  owner_name: string;
  unit_count: number;
  target: number;
  collected: number;
}

/**
 * Waves owned inside a subtree or covering one of its units (one wave when `code` is given), newest
 * first, with the subtree's unit count, target and counted responses.
 */
export function wavesInside(db: Db, prefix: string, code?: string): Promise<WaveRow[]> {
  return queryRows<WaveRow>(
    db,
    sql`select w.id, w.code, w.title, w.questionnaire_id, w.period, w.opens_on::text, w.closes_on::text,
          o.code as owner_code, o.name as owner_name,
          (select count(*)::int from wave_units wu join units u on u.id = wu.unit_id
             where wu.wave_id = w.id and u.path like ${`${prefix}%`}) as unit_count,
          (select coalesce(sum(wu.target_sample), 0)::int from wave_units wu join units u on u.id = wu.unit_id
             where wu.wave_id = w.id and u.path like ${`${prefix}%`}) as target,
          (select count(*)::int from responses r join units u on u.id = r.unit_id
             where r.wave_id = w.id and not r.excluded and not r.held and u.path like ${`${prefix}%`}) as collected
        from survey_waves w join units o on o.id = w.owner_unit_id
        where (${code ?? null}::text is null or w.code = ${code ?? null})
          and (o.path like ${`${prefix}%`}
           or exists (select 1 from wave_units wu join units u on u.id = wu.unit_id
                      where wu.wave_id = w.id and u.path like ${`${prefix}%`}))
        order by w.opens_on desc, w.code`,
  );
}

export interface WaveUnitProgressRow {
  code: string;
  name: string;
  path: string;
  target: number;
  collected: number;
  excluded: number;
  held: number;
  flagged: number;
  n: number;
  s: number;
  ss: number;
}

/** Per unit of a wave: target, counted, excluded, held and flagged responses, and n, Σx, Σx² of overall scores. */
export function waveUnitProgress(db: Db, waveId: number): Promise<WaveUnitProgressRow[]> {
  return queryRows<WaveUnitProgressRow>(
    db,
    sql`select u.code, u.name, u.path, wu.target_sample as target,
          count(r.id) filter (where not r.excluded and not r.held)::int as collected,
          count(r.id) filter (where r.excluded)::int as excluded,
          count(r.id) filter (where r.held and not r.excluded)::int as held,
          count(r.id) filter (where not r.excluded and cardinality(r.flags) > 0)::int as flagged,
          count(r.overall_score) filter (where not r.excluded and not r.held)::int as n,
          coalesce(sum(r.overall_score) filter (where not r.excluded and not r.held), 0)::float8 as s,
          coalesce(sum(r.overall_score * r.overall_score) filter (where not r.excluded and not r.held), 0)::float8 as ss
        from wave_units wu join units u on u.id = wu.unit_id
        left join responses r on r.wave_id = wu.wave_id and r.unit_id = wu.unit_id
        where wu.wave_id = ${waveId}
        group by u.code, u.name, u.path, wu.target_sample
        order by u.code`,
  );
}

/** The wave collecting for a unit on a Vietnam date (the most recently opened when several do). */
export async function waveOn(
  db: Db,
  unitId: number,
  date: string,
  questionnaireId?: number,
): Promise<
  { id: number; code: string; title: string; closesOn: string; questionnaireId: number } | undefined
> {
  const [row] = await db
    .select({
      id: surveyWaves.id,
      code: surveyWaves.code,
      title: surveyWaves.title,
      closesOn: surveyWaves.closesOn,
      questionnaireId: surveyWaves.questionnaireId,
    })
    .from(surveyWaves)
    .innerJoin(waveUnits, eq(waveUnits.waveId, surveyWaves.id))
    .where(
      and(
        eq(waveUnits.unitId, unitId),
        lte(surveyWaves.opensOn, date),
        gte(surveyWaves.closesOn, date),
        questionnaireId === undefined ? undefined : eq(surveyWaves.questionnaireId, questionnaireId),
      ),
    )
    .orderBy(sql`${surveyWaves.opensOn} desc`, asc(surveyWaves.id))
    .limit(1);
  return row;
}

/** Waves of a questionnaire version with their unit ids, to attach imported responses to a wave. */
export async function wavesOfQuestionnaire(db: Db, questionnaireId: number) {
  const waves = await db
    .select({ id: surveyWaves.id, opensOn: surveyWaves.opensOn, closesOn: surveyWaves.closesOn })
    .from(surveyWaves)
    .where(eq(surveyWaves.questionnaireId, questionnaireId));
  if (waves.length === 0) return [];
  const members = await db
    .select({ waveId: waveUnits.waveId, unitId: waveUnits.unitId })
    .from(waveUnits)
    .where(
      inArray(
        waveUnits.waveId,
        waves.map((w) => w.id),
      ),
    );
  return waves.map((w) => ({
    ...w,
    unitIds: new Set(members.filter((m) => m.waveId === w.id).map((m) => m.unitId)),
  }));
}

/**
 * Units collecting answers on a Vietnam date whose folded name has every one of `words` (or whose
 * code is one of them), with the wave's title: the candidates of the public survey search.
 */
export async function openSurveyUnits(db: Db, date: string, words: string[], limit: number) {
  if (words.length === 0) return [];
  return db
    .selectDistinctOn([units.id], {
      code: units.code,
      name: units.name,
      waveTitle: surveyWaves.title,
      closesOn: surveyWaves.closesOn,
    })
    .from(waveUnits)
    .innerJoin(surveyWaves, eq(surveyWaves.id, waveUnits.waveId))
    .innerJoin(units, eq(units.id, waveUnits.unitId))
    .where(
      and(
        lte(surveyWaves.opensOn, date),
        gte(surveyWaves.closesOn, date),
        or(containsAllWords(units.nameSearch, words), inArray(sql`lower(${units.code})`, words)),
      ),
    )
    .orderBy(units.id, sql`${surveyWaves.opensOn} desc`)
    .limit(limit);
}
