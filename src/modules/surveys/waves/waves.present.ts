import { DEFAULT_HALF_WIDTH, WORST_CASE_SD } from '../index/index-engine.ts';
import { additionalSampleNeeded, sampleSd } from '../index/stats.ts';
import type { QuestionnaireVersion } from '../questionnaires/questionnaires.service.ts';
import type { WaveRow, WaveUnitProgressRow } from './waves.repo.ts';
import type { WaveSummary, WaveUnitProgress } from './waves.schema.ts';

export function presentWave(r: WaveRow, q: QuestionnaireVersion): WaveSummary {
  return {
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
  };
}

/** A unit's collection against its target, with the sample planner (±5 points at 95%). */
export function presentWaveUnitProgress(r: WaveUnitProgressRow): WaveUnitProgress {
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
}
