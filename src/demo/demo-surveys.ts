import { readdirSync, readFileSync } from 'node:fs';
import { systemActor } from '../access/actor.ts';
import type { AppContext } from '../lib/context.ts';
import { fromVnDateTime, vnDate } from '../lib/time.ts';
import { setTarget } from '../modules/surveys/index/targets.service.ts';
import {
  approvePublication,
  createPublication,
  publishPublication,
} from '../modules/surveys/publications/publications.service.ts';
import {
  getQuestionnaire,
  importQuestionnaire,
  type QuestionnaireVersion,
} from '../modules/surveys/questionnaires/questionnaires.service.ts';
import { insertResponses, type ResponseToStore } from '../modules/surveys/responses/responses.repo.ts';
import { findWaveId } from '../modules/surveys/waves/waves.repo.ts';
import { createWave } from '../modules/surveys/waves/waves.service.ts';
import { findByCode, findByCodes } from '../modules/units/units.repo.ts';
import { countWaveResponses, publicationExists } from './demo.repo.ts';
import { seeded } from './seeded.ts';

/**
 * Survey demo: the shipped questionnaires; the 2023 and 2024 surveys of Nha Trang's 27 People's
 * Committees (KH-UBND-XA) and 27 health stations (KH-TYT), on the units of that time, and the 2026
 * survey of today's wards and communes and their health stations (from 1/7/2025), with responses drawn
 * from a seeded random model (each unit has its own level, so some fall under the 83 % target),
 * published by decision. The wave of the current year stays open, so the citizen form works at once.
 */
const QUESTIONNAIRES = new URL('../../data/questionnaires/', import.meta.url);
const actor = systemActor('demo');
const WARDS = Array.from({ length: 27 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
const STATIONS = WARDS.map((p) => p.replace('P', 'T'));
/** The wards and communes of 1/7/2025 that took over the demo's old ones, and their health stations. */
export const NEW_WARDS = ['KH25-NT', 'KH25-BNT', 'KH25-TNT', 'KH25-NNT', 'KH25-VNI', 'KH25-VTH', 'KH25-DLA'];
const NEW_STATIONS = NEW_WARDS.map((w) => `${w}-TYT`);
/** The first day of the two-level local government: units before it are the old map. */
const REORGANISED = '2025-07-01';
const SURVEYS = [
  {
    questionnaire: 'KH-UBND-XA',
    units: WARDS,
    newUnits: NEW_WARDS,
    prefix: 'KS-UBND',
    label: 'UBND phường, xã',
  },
  {
    questionnaire: 'KH-TYT',
    units: STATIONS,
    newUnits: NEW_STATIONS,
    prefix: 'KS-TYT',
    label: 'trạm y tế',
  },
] as const;
const PAST_YEARS = [2023, 2024];
/** The surveyed year on today's units: responses, an index and a published result. */
export const CURRENT_RESULT_YEAR = 2026;
const TARGET = 83;

export async function demoQuestionnaires(ctx: AppContext): Promise<number> {
  let created = 0;
  for (const file of readdirSync(QUESTIONNAIRES)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const text = readFileSync(new URL(file, QUESTIONNAIRES), 'utf8');
    if ((await importQuestionnaire(ctx, actor, text)).created) created++;
  }
  return created;
}

/**
 * Waves, responses and targets of 2023 and 2024 (old units, owned by the city), of 2026 (today's
 * units, owned by the province, open all year), and the open wave of this year when it is another.
 */
export async function demoSurveys(ctx: AppContext): Promise<number> {
  const today = vnDate(ctx.now());
  const thisYear = Number(today.slice(0, 4));
  const years = [...PAST_YEARS, CURRENT_RESULT_YEAR].filter((y) => y <= thisYear);
  if (!years.includes(thisYear)) years.push(thisYear);
  let created = 0;
  for (const survey of SURVEYS) {
    const version = await getQuestionnaire(ctx, survey.questionnaire);
    for (const year of years) {
      const code = `${survey.prefix}-${year}`;
      if ((await findWaveId(ctx.db, code)) !== undefined) continue;
      const past = PAST_YEARS.includes(year);
      const onNewMap = !past && (year === CURRENT_RESULT_YEAR || today >= REORGANISED);
      const units = onNewMap ? survey.newUnits : survey.units;
      const wave = await createWave(ctx, actor, {
        code,
        title: `Khảo sát sự hài lòng đối với ${survey.label} năm ${year}`,
        questionnaire: survey.questionnaire,
        period: String(year),
        opensOn: past ? `${year}-08-01` : `${year}-01-01`,
        closesOn: past ? `${year}-10-31` : `${year}-12-31`,
        ownerUnitCode: onNewMap ? 'KH25' : 'NT',
        unitCodes: [...units],
        targetSample: 100,
        demo: true,
      });
      for (const group of [survey.questionnaire === 'KH-TYT' ? 'health_station' : 'commune']) {
        await setTarget(ctx, actor, {
          questionnaire: survey.questionnaire,
          period: String(year),
          peerGroup: group,
          criterion: '*',
          value: TARGET,
        });
      }
      if (past || year === CURRENT_RESULT_YEAR) await generateResponses(ctx, version, wave.id, units, year);
      created++;
    }
  }
  return created;
}

/** Publish 2023 and 2024 for Nha Trang, as the city's decision would, and 2026 for the province. */
export async function demoPublications(ctx: AppContext): Promise<number> {
  const nt = await findByCode(ctx.db, 'NT');
  let created = 0;
  let decision = 41;
  for (const survey of SURVEYS) {
    const version = await getQuestionnaire(ctx, survey.questionnaire);
    for (const year of PAST_YEARS) {
      decision += 7;
      if (await publicationExists(ctx.db, version.id, String(year), nt!.id)) continue;
      const draft = await createPublication(ctx, actor, {
        questionnaire: survey.questionnaire,
        period: String(year),
        scopeUnitCode: 'NT',
        title: `Kết quả đo lường sự hài lòng đối với ${survey.label} thành phố Nha Trang năm ${year} (dữ liệu mẫu)`,
        demo: true,
      });
      await approvePublication(ctx, actor, draft.id);
      await publishPublication(ctx, actor, draft.id, { decisionNumber: `${decision}/QĐ-UBND (mẫu)` });
      created++;
    }
  }
  const province = await findByCode(ctx.db, 'KH25');
  const year = CURRENT_RESULT_YEAR;
  if (!province || (await findWaveId(ctx.db, `${SURVEYS[0].prefix}-${year}`)) === undefined) return created;
  for (const survey of SURVEYS) {
    const version = await getQuestionnaire(ctx, survey.questionnaire);
    decision += 7;
    if (await publicationExists(ctx.db, version.id, String(year), province.id)) continue;
    const draft = await createPublication(ctx, actor, {
      questionnaire: survey.questionnaire,
      period: String(year),
      scopeUnitCode: 'KH25',
      title: `Kết quả đo lường sự hài lòng đối với ${survey.label} tỉnh Khánh Hòa năm ${year} (dữ liệu mẫu)`,
      demo: true,
    });
    await approvePublication(ctx, actor, draft.id);
    await publishPublication(ctx, actor, draft.id, { decisionNumber: `${decision}/QĐ-UBND (mẫu)` });
    created++;
  }
  return created;
}

/**
 * A seeded random model: each unit has a level (0.62–0.95, a little higher in 2024), each respondent
 * varies around it, and each answer picks the option whose score is nearest the respondent's level
 * plus noise; 3 % answer "no opinion" where the question has it, 2 % leave a question blank.
 */
async function generateResponses(
  ctx: AppContext,
  version: QuestionnaireVersion,
  waveId: number,
  unitCodes: readonly string[],
  year: number,
) {
  const unitRows = await findByCodes(ctx.db, [...unitCodes]);
  if ((await countWaveResponses(ctx.db, waveId)) > 0) return;
  const c = version.compiled;
  const rows: ResponseToStore[] = [];
  for (const unit of unitRows.sort((a, b) => a.code.localeCompare(b.code))) {
    const random = seeded(`${unit.code}-${version.code}`);
    const level = 0.62 + 0.33 * random() + (year === 2024 ? 0.02 : 0);
    const yearRandom = seeded(`${unit.code}-${version.code}-${year}`);
    const count = 60 + Math.floor(yearRandom() * 70);
    for (let i = 0; i < count; i++) {
      const person = clamp(level + (yearRandom() - 0.5) * 0.35);
      const answers: (number | null)[] = [];
      for (let q = 0; q < c.questionCount; q++) {
        const first = c.optionStart[q]!;
        const last = c.optionStart[q + 1]!;
        const roll = yearRandom();
        if (roll < 0.02) {
          answers.push(null);
          continue;
        }
        const noOpinion = Array.from({ length: last - first }, (_, k) => first + k).find((s) =>
          Number.isNaN(c.optionScore[s]!),
        );
        if (roll < 0.05 && noOpinion !== undefined) {
          answers.push(c.optionValue[noOpinion]!);
          continue;
        }
        const wish = clamp(person + (yearRandom() - 0.5) * 0.3);
        const best = roundRandomly(c, first, last, wish, yearRandom);
        answers.push(c.optionValue[best]!);
      }
      const day = 1 + Math.floor(yearRandom() * 90);
      const at = new Date(
        fromVnDateTime(`${year}-08-01T08:00`).getTime() +
          day * 86_400_000 +
          Math.floor(yearRandom() * 8 * 3_600_000),
      );
      const channelRoll = yearRandom();
      if (at.getTime() > ctx.now().getTime()) continue; // a survey still under way: nothing from the future
      rows.push({
        unitId: unit.id,
        waveId,
        submittedAt: at,
        channel: channelRoll < 0.55 ? 'paper' : channelRoll < 0.85 ? 'web' : 'kiosk',
        answers,
        demo: true,
      });
    }
  }
  await ctx.db.transaction((tx) => insertResponses(tx, version.id, c, rows));
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The option whose score is just below or just above `wish`, chosen so that the expected score is
 * `wish` (randomised rounding): a unit's index then comes out near its level whatever the scale
 * (0/1, 0/0,5/1, five levels, or "No, No, Yes" scored 0, 0, 1). Ties between equal scores are drawn.
 */
function roundRandomly(
  c: QuestionnaireVersion['compiled'],
  first: number,
  last: number,
  wish: number,
  random: () => number,
): number {
  const scored = Array.from({ length: last - first }, (_, k) => first + k).filter(
    (slot) => !Number.isNaN(c.optionScore[slot]!),
  );
  const below = scored.filter((slot) => c.optionScore[slot]! <= wish);
  const above = scored.filter((slot) => c.optionScore[slot]! >= wish);
  const lo = Math.max(...below.map((slot) => c.optionScore[slot]!));
  const hi = Math.min(...above.map((slot) => c.optionScore[slot]!));
  const score =
    below.length === 0
      ? hi
      : above.length === 0 || hi === lo
        ? lo
        : random() < (wish - lo) / (hi - lo)
          ? hi
          : lo;
  const candidates = scored.filter((slot) => c.optionScore[slot] === score);
  return candidates[Math.floor(random() * candidates.length)]!;
}
