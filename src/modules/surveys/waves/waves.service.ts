import type { Actor } from '../../../access/actor.ts';
import { authorize, isInside, scopePrefix } from '../../../access/permissions.ts';
import type { AppContext } from '../../../lib/context.ts';
import { vnDate } from '../../../lib/time.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { findByCode, findByCodes } from '../../units/units.repo.ts';
import { requireUnit } from '../../units/units.service.ts';
import { requirePeriod } from '../index/index.service.ts';
import {
  getQuestionnaire,
  getQuestionnaireById,
  type QuestionnaireVersion,
} from '../questionnaires/questionnaires.service.ts';
import { addressFormOf } from '../responses/address-form.service.ts';
import { qrPosterPdf } from './qr-poster.ts';
import {
  closesBeforeOpens,
  formUnitNotFound,
  surveyClosed,
  waveCodeTaken,
  waveNotFound,
  waveOutOfScope,
  waveUnitsNotFound,
  waveUnitsOutside,
} from './waves.errors.ts';
import { presentWave, presentWaveUnitProgress } from './waves.present.ts';
import * as repo from './waves.repo.ts';
import type { WaveProgress, WaveSummary } from './waves.schema.ts';

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
  if (input.closesOn < input.opensOn) throw closesBeforeOpens();
  const codes = [...new Set(input.unitCodes)];
  const found = await findByCodes(ctx.db, codes);
  const missing = codes.filter((c) => !found.some((u) => u.code === c));
  if (missing.length > 0) throw waveUnitsNotFound(missing);
  const outside = found.filter((u) => !u.path.startsWith(owner.path));
  if (outside.length > 0)
    throw waveUnitsOutside(
      owner.name,
      outside.map((u) => u.code),
    );
  return ctx.db.transaction(async (tx) => {
    if ((await repo.findWaveId(tx, input.code)) !== undefined) throw waveCodeTaken(input.code);
    const wave = await repo.insertWave(tx, {
      code: input.code,
      title: input.title,
      questionnaireId: version.id,
      period: requirePeriod(input.period).label,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      ownerUnitId: owner.id,
      demo: input.demo ?? false,
    });
    await repo.insertWaveUnits(
      tx,
      wave.id,
      found.map((u) => u.id),
      input.targetSample,
    );
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
    return wave;
  });
}

/** Create a wave and answer it as the actor sees it. */
export async function openWave(ctx: AppContext, actor: Actor, input: NewWave): Promise<WaveSummary> {
  await createWave(ctx, actor, input);
  return requireWave(ctx, actor, input.code);
}

/** The unit's QR poster (PDF, A4) sending its citizens to the public form under `publicUrl`. */
export async function qrPoster(ctx: AppContext, actor: Actor, unitCode: string, publicUrl: string) {
  const unit = await requireUnit(ctx, actor, unitCode, 'surveys.read');
  const bytes = await qrPosterPdf({
    unitName: unit.name,
    unitCode: unit.code,
    url: `${publicUrl.replace(/\/$/, '')}/khao-sat/${encodeURIComponent(unit.code)}`,
    addressForm: await addressFormOf(ctx),
  });
  return { bytes, fileName: `ap-phich-qr-${unit.code}.pdf` };
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
  const rows = await repo.wavesInside(ctx.db, prefix, code);
  const out: WaveSummary[] = [];
  for (const r of rows) out.push(presentWave(r, await getQuestionnaireById(ctx, r.questionnaire_id)));
  return out;
}

/** A wave the actor may see: owned inside their subtree or covering one of its units. */
export async function requireWave(ctx: AppContext, actor: Actor, code: string): Promise<WaveSummary> {
  authorize(actor, 'surveys.read');
  if ((await repo.findWaveId(ctx.db, code)) === undefined) throw waveNotFound(code);
  const [wave] = await wavesWhere(ctx, scopePrefix(actor), code);
  if (!wave) throw waveOutOfScope();
  return wave;
}

/** Collected against target per unit of the wave (the actor's units only), with the sample planner. */
export async function waveProgress(ctx: AppContext, actor: Actor, code: string): Promise<WaveProgress> {
  const wave = await requireWave(ctx, actor, code);
  const rows = await repo.waveUnitProgress(ctx.db, wave.id);
  return {
    wave,
    units: rows.filter((r) => isInside(actor, r.path)).map(presentWaveUnitProgress),
  };
}

type OpenForm = {
  unit: { id: number; code: string; name: string; path: string };
  wave: NonNullable<Awaited<ReturnType<typeof repo.waveOn>>>;
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
  const row = await findByCode(ctx.db, unitCode);
  if (!row) throw formUnitNotFound(unitCode);
  const unit = { id: row.id, code: row.code, name: row.name, path: row.path };
  const wave = await repo.waveOn(ctx.db, unit.id, today);
  if (!wave) throw surveyClosed(unit.name, unitCode);
  const form = { unit, wave, version: await getQuestionnaireById(ctx, wave.questionnaireId) };
  if (formCache.size > 10_000) formCache.clear();
  formCache.set(key, { form, until: now.getTime() + FORM_TTL_MS });
  return form;
}
