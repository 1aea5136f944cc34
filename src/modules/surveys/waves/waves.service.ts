import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Actor } from '../../../access/actor.ts';
import { authorize, isInside, scopePrefix } from '../../../access/permissions.ts';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/rows.ts';
import { surveyWaves, units, waveUnits } from '../../../db/schema/index.ts';
import type { AppContext } from '../../../lib/context.ts';
import { AppError } from '../../../lib/errors.ts';
import { vnDate } from '../../../lib/time.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { findByCodes } from '../../units/units.repo.ts';
import { requireUnit } from '../../units/units.service.ts';
import { requirePeriod } from '../index/index.service.ts';
import { DEFAULT_HALF_WIDTH, WORST_CASE_SD } from '../index/index-engine.ts';
import { additionalSampleNeeded, sampleSd } from '../index/stats.ts';
import {
  getQuestionnaire,
  getQuestionnaireById,
  type QuestionnaireVersion,
} from '../questionnaires/questionnaires.service.ts';

export interface NewWave {
  code: string;
  title: string;
  questionnaire: string;
  period: string;
  opensOn: string;
  closesOn: string;
  ownerUnitCode: string;
  unitCodes: string[];
  targetSample: number;
  demo?: boolean;
}

export async function createWave(ctx: AppContext, actor: Actor, input: NewWave) {
  const owner = await requireUnit(ctx, actor, input.ownerUnitCode, 'surveys.manage');
  const version = await getQuestionnaire(ctx, input.questionnaire);
  requirePeriod(input.period);
  if (input.closesOn < input.opensOn) {
    throw new AppError('VALIDATION_FAILED', 'Ngày kết thúc phải sau ngày bắt đầu.', {
      fields: [{ field: 'closesOn', message: 'Ngày kết thúc phải sau ngày bắt đầu' }],
    });
  }
  const codes = [...new Set(input.unitCodes)];
  const found = await findByCodes(ctx.db, codes);
  const missing = codes.filter((c) => !found.some((u) => u.code === c));
  if (missing.length > 0) {
    throw new AppError('UNIT_NOT_FOUND', `Không có đơn vị: ${missing.join(', ')}.`, { units: missing });
  }
  const outside = found.filter((u) => !u.path.startsWith(owner.path));
  if (outside.length > 0) {
    throw new AppError(
      'FORBIDDEN',
      `Đơn vị ngoài phạm vi của ${owner.name}: ${outside.map((u) => u.code).join(', ')}.`,
      { units: outside.map((u) => u.code) },
    );
  }
  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: surveyWaves.id })
      .from(surveyWaves)
      .where(eq(surveyWaves.code, input.code));
    if (taken)
      throw new AppError('WAVE_CODE_TAKEN', `Mã đợt khảo sát "${input.code}" đã có.`, { code: input.code });
    const [wave] = await tx
      .insert(surveyWaves)
      .values({
        code: input.code,
        title: input.title,
        questionnaireId: version.id,
        period: requirePeriod(input.period).label,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        ownerUnitId: owner.id,
        demo: input.demo ?? false,
      })
      .returning();
    await tx
      .insert(waveUnits)
      .values(found.map((u) => ({ waveId: wave!.id, unitId: u.id, targetSample: input.targetSample })));
    await recordAudit(
      tx,
      actor,
      {
        action: 'wave.create',
        entityType: 'wave',
        entityId: input.code,
        unitId: owner.id,
        data: {
          questionnaire: `${version.code}@${version.version}`,
          period: input.period,
          units: codes.length,
        },
      },
      ctx.now(),
    );
    formCache.clear();
    return wave!;
  });
}

export interface WaveSummary {
  id: number;
  code: string;
  title: string;
  questionnaire: { code: string; version: number; title: string };
  period: string;
  opensOn: string;
  closesOn: string;
  ownerUnit: { code: string; name: string };
  unitCount: number;
  collected: number;
  target: number;
}

/** Waves owned inside the actor's subtree, or covering one of its units; newest first. */
export async function listWaves(ctx: AppContext, actor: Actor, unitCode?: string): Promise<WaveSummary[]> {
  authorize(actor, 'surveys.read');
  const prefix = unitCode
    ? (await requireUnit(ctx, actor, unitCode, 'surveys.read')).path
    : scopePrefix(actor);
  return wavesWhere(ctx, prefix);
}

async function wavesWhere(ctx: AppContext, prefix: string, code?: string): Promise<WaveSummary[]> {
  const rows = await queryRows<{
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
  }>(
    ctx.db,
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
  const out: WaveSummary[] = [];
  for (const r of rows) {
    const q = await getQuestionnaireById(ctx, r.questionnaire_id);
    out.push({
      id: r.id,
      code: r.code,
      title: r.title,
      questionnaire: { code: q.code, version: q.version, title: q.title },
      period: r.period,
      opensOn: r.opens_on,
      closesOn: r.closes_on,
      ownerUnit: { code: r.owner_code, name: r.owner_name },
      unitCount: r.unit_count,
      collected: r.collected,
      target: r.target,
    });
  }
  return out;
}

/** A wave the actor may see: owned inside their subtree or covering one of its units. */
export async function requireWave(ctx: AppContext, actor: Actor, code: string): Promise<WaveSummary> {
  authorize(actor, 'surveys.read');
  const [exists] = await ctx.db
    .select({ id: surveyWaves.id })
    .from(surveyWaves)
    .where(eq(surveyWaves.code, code));
  if (!exists) throw new AppError('WAVE_NOT_FOUND', `Không có đợt khảo sát "${code}".`);
  const [wave] = await wavesWhere(ctx, scopePrefix(actor), code);
  if (!wave) throw new AppError('FORBIDDEN', 'Đợt khảo sát này không có đơn vị nào trong phạm vi của bạn.');
  return wave;
}

/** Collected against target per unit of the wave (the actor's units only), with the sample planner. */
export async function waveProgress(ctx: AppContext, actor: Actor, code: string) {
  const wave = await requireWave(ctx, actor, code);
  const rows = await queryRows<{
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
  }>(
    ctx.db,
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
        where wu.wave_id = ${wave.id}
        group by u.code, u.name, u.path, wu.target_sample
        order by u.code`,
  );
  return {
    wave,
    units: rows
      .filter((r) => isInside(actor, r.path))
      .map((r) => {
        const sd = sampleSd({ n: r.n, sum: r.s, sumSq: r.ss });
        const sdPoints = sd === null ? WORST_CASE_SD : 100 * sd;
        return {
          unit: r.code,
          name: r.name,
          target: r.target,
          collected: r.collected,
          excluded: r.excluded,
          held: r.held,
          flagged: r.flagged,
          percent: r.target > 0 ? Math.min(100, (100 * r.collected) / r.target) : 100,
          neededForTarget: Math.max(0, r.target - r.collected),
          neededForInterval: additionalSampleNeeded(sdPoints, r.n, DEFAULT_HALF_WIDTH),
        };
      }),
  };
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

type OpenForm = {
  unit: { id: number; code: string; name: string; path: string };
  wave: NonNullable<Awaited<ReturnType<typeof waveOn>>>;
  version: QuestionnaireVersion;
};

/**
 * Every web submission needs its unit's open form; a QR poster sends a unit's citizens to the
 * same one all day, so it is remembered for a short while (and forgotten whenever a wave is created).
 */
const FORM_TTL_MS = 30_000;
const formCache = new Map<string, { form: OpenForm; until: number }>();

/** The form a unit's citizens answer today: its open wave and that wave's questionnaire version. */
export async function openForm(ctx: AppContext, unitCode: string): Promise<OpenForm> {
  const now = ctx.now();
  const today = vnDate(now);
  const key = `${unitCode}|${today}`;
  const hit = formCache.get(key);
  if (hit && hit.until > now.getTime()) return hit.form;
  const [unit] = await ctx.db
    .select({ id: units.id, code: units.code, name: units.name, path: units.path })
    .from(units)
    .where(eq(units.code, unitCode));
  if (!unit) throw new AppError('UNIT_NOT_FOUND', `Không có đơn vị "${unitCode}".`);
  const wave = await waveOn(ctx.db, unit.id, today);
  if (!wave) {
    throw new AppError('SURVEY_CLOSED', `${unit.name} hiện không có đợt khảo sát nào đang mở.`, {
      unit: unitCode,
    });
  }
  const form = { unit, wave, version: await getQuestionnaireById(ctx, wave.questionnaireId) };
  if (formCache.size > 10_000) formCache.clear();
  formCache.set(key, { form, until: now.getTime() + FORM_TTL_MS });
  return form;
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
