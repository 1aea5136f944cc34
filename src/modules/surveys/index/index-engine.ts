import type { Questionnaire } from '../questionnaires/questionnaire.ts';
import { type CompiledQuestionnaire, compileQuestionnaire } from '../questionnaires/questionnaire-compile.ts';
import type { UnitAggregate } from './index-engine-aggregate.ts';
import { type Change, momentChange, questionChange } from './index-engine-compare.ts';
import { type CiMethod, type UnitFigures, unitFigures } from './index-engine-figures.ts';
import { competitionRanks } from './index-engine-rank.ts';
import { type Targets, targetFor } from './index-engine-targets.ts';
import { parsePeriod, previousPeriod } from './period.ts';
import { additionalSampleNeeded, sampleSd } from './stats.ts';

/**
 * Layer 2 of the index: from per-unit aggregates (index-engine-aggregate.ts, or the same shape from
 * SQL) to the published figures: indexes with 95% intervals, low-sample flags, ranks inside peer
 * groups, targets and gaps, change against the previous period, and how many more responses a unit
 * needs. Pure and unit-agnostic: a unit's figures come only from the aggregate given for it (a
 * pooled district view is the caller merging its communes' aggregates into one).
 */

export const DEFAULT_MIN_SAMPLE = 30;
export const DEFAULT_HALF_WIDTH = 5;
/** Planning sd (points) when a unit has no usable data: a 0/1 score at p = 0.5. */
export const WORST_CASE_SD = 50;

export interface IndexOptions {
  /** The period label the aggregates cover ("2025", "2025-Q3", "2025-07"); echoed in the result. */
  period?: string | null;
  /** Unit code → peer group. Units listed here without an aggregate appear with 0 responses. */
  peerGroups?: Record<string, string>;
  /** Unit code → display name. */
  names?: Record<string, string>;
  targets?: Targets;
  /** Aggregates of the previous period, by unit code. */
  previous?: Record<string, UnitAggregate>;
  /** Below this many responses a unit is flagged lowSample (still ranked). Default 30. */
  minSample?: number;
  /** Half-width (points) the sample planner aims at. Default 5. */
  halfWidth?: number;
}

export interface QuestionResult {
  code: string;
  index: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  ciMethod: CiMethod | null;
  answered: number;
  noOpinion: number;
  distribution: Record<string, number>;
  /** Against the previous period; null when no previous aggregate was given for the unit. */
  change: Change | null;
}

export interface CriterionResult {
  code: string;
  title: string;
  index: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  respondents: number;
  target: number | null;
  gap: number | null;
  change: Change | null;
  questions: QuestionResult[];
}

export interface OverallResult {
  index: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  respondents: number;
  target: number | null;
  gap: number | null;
  change: Change | null;
}

export interface SamplePlan {
  /** Respondents with an overall score. */
  respondents: number;
  /** sd (points) the plan used. */
  sd: number;
  sdSource: 'observed' | 'assumed';
  halfWidth: number;
  /** More responses needed for a ±halfWidth 95% interval on the overall index. */
  needed: number;
  /** More responses needed to reach minSample. */
  neededForMinSample: number;
}

export interface UnitResult {
  unit: string;
  name: string | null;
  peerGroup: string | null;
  responses: number;
  excluded: number;
  /**
   * Held back by a burst rule until an officer releases or excludes them; not counted. Always set
   * by the engine; absent in publications frozen before holds existed (read it as 0).
   */
  held?: number;
  overall: OverallResult;
  /** Rank in the peer group; null when the unit has no overall index. */
  rank: number | null;
  /** Number of ranked units in the peer group. */
  rankOf: number;
  lowSample: boolean;
  sample: SamplePlan;
  criteria: CriterionResult[];
}

export interface IndexResult {
  questionnaire: string;
  questionnaireHash: string;
  period: string | null;
  previousPeriod: string | null;
  minSample: number;
  confidence: number;
  units: UnitResult[];
}

export function computeIndex(
  questionnaire: Questionnaire | CompiledQuestionnaire,
  aggregatesByUnit: Record<string, UnitAggregate>,
  options: IndexOptions = {},
): IndexResult {
  const c = 'slotOf' in questionnaire ? questionnaire : compileQuestionnaire(questionnaire);
  const minSample = options.minSample ?? DEFAULT_MIN_SAMPLE;
  const halfWidth = options.halfWidth ?? DEFAULT_HALF_WIDTH;
  if (!Number.isInteger(minSample) || minSample < 0) throw new RangeError('minSample phải là số nguyên ≥ 0');
  if (!(halfWidth > 0)) throw new RangeError('halfWidth phải lớn hơn 0');
  for (const [unit, a] of Object.entries(aggregatesByUnit)) checkVersion(c, unit, a, true);
  for (const [unit, a] of Object.entries(options.previous ?? {})) checkVersion(c, unit, a, false);

  const codes = [...new Set([...Object.keys(aggregatesByUnit), ...Object.keys(options.peerGroups ?? {})])];
  const units = codes.map((unit) => {
    const a = aggregatesByUnit[unit];
    const figures = unitFigures(c, a);
    const before = options.previous?.[unit];
    const previous = before
      ? { figures: unitFigures(c, before), sameVersion: before.questionnaireHash === c.hash }
      : null;
    return buildUnit(c, unit, a, figures, previous, options, minSample, halfWidth);
  });

  // Ranks inside each peer group, among units with responses and an overall index.
  const groups = new Map<string | null, UnitResult[]>();
  for (const u of units) {
    const list = groups.get(u.peerGroup) ?? [];
    list.push(u);
    groups.set(u.peerGroup, list);
  }
  for (const list of groups.values()) {
    const ranks = competitionRanks(list.map((u) => (u.responses > 0 ? u.overall.index : null)));
    const rankOf = ranks.filter((r) => r !== null).length;
    list.forEach((u, i) => {
      u.rank = ranks[i] ?? null;
      u.rankOf = rankOf;
    });
  }
  units.sort(byGroupThenRank);

  const parsed = options.period ? parsePeriod(options.period) : null;
  return {
    questionnaire: c.code,
    questionnaireHash: c.hash,
    period: parsed?.ok ? parsed.period.label : (options.period ?? null),
    previousPeriod: options.previous && parsed?.ok ? previousPeriod(parsed.period).label : null,
    minSample,
    confidence: 0.95,
    units,
  };
}

function buildUnit(
  c: CompiledQuestionnaire,
  unit: string,
  a: UnitAggregate | undefined,
  f: UnitFigures,
  previous: { figures: UnitFigures; sameVersion: boolean } | null,
  options: IndexOptions,
  minSample: number,
  halfWidth: number,
): UnitResult {
  const peerGroup = options.peerGroups?.[unit] ?? null;
  const target = (criterion: string | null) => targetFor(options.targets, unit, peerGroup, criterion);
  const gap = (index: number | null, t: number | null) => (index === null || t === null ? null : index - t);

  const sameVersion = previous?.sameVersion ?? true;
  const criteria = f.criteria.map((k, ki): CriterionResult => {
    const t = target(k.code);
    const before = previous?.figures.criteria[ki];
    return {
      code: k.code,
      title: c.questionnaire.criteria[ki]!.title,
      index: k.index,
      ciLow: k.ciLow,
      ciHigh: k.ciHigh,
      respondents: k.respondents,
      target: t,
      gap: gap(k.index, t),
      change: before ? momentChange(k, k.moments, before, before.moments, sameVersion) : null,
      questions: k.questions.map((q, qi): QuestionResult => {
        const qBefore = before?.questions[qi];
        return {
          code: q.code,
          index: q.index,
          ciLow: q.ciLow,
          ciHigh: q.ciHigh,
          ciMethod: q.ciMethod,
          answered: q.answered,
          noOpinion: q.noOpinion,
          distribution: q.distribution,
          change: qBefore ? questionChange(q, qBefore, sameVersion) : null,
        };
      }),
    };
  });

  const overallTarget = target(null);
  const p = previous?.figures.overall;
  const overall: OverallResult = {
    index: f.overall.index,
    ciLow: f.overall.ciLow,
    ciHigh: f.overall.ciHigh,
    respondents: f.overall.respondents,
    target: overallTarget,
    gap: gap(f.overall.index, overallTarget),
    change: p ? momentChange(f.overall, f.overall.moments, p, p.moments, sameVersion) : null,
  };

  // Planner: the observed sd of respondent overall scores; without two scored respondents there is
  // no sd, so plan for the worst case of a 0/1 score (p = 0.5, sd = 50 points).
  const observedSd = sampleSd(f.overall.moments);
  const sd = observedSd === null ? WORST_CASE_SD : 100 * observedSd;
  const n = f.overall.respondents;
  return {
    unit,
    name: options.names?.[unit] ?? null,
    peerGroup,
    responses: f.responses,
    excluded: a?.excluded ?? 0,
    held: a?.held ?? 0,
    overall,
    rank: null,
    rankOf: 0,
    lowSample: f.responses < minSample,
    sample: {
      respondents: n,
      sd,
      sdSource: observedSd === null ? 'assumed' : 'observed',
      halfWidth,
      needed: additionalSampleNeeded(sd, n, halfWidth),
      neededForMinSample: Math.max(0, minSample - f.responses),
    },
    criteria,
  };
}

function checkVersion(c: CompiledQuestionnaire, unit: string, a: UnitAggregate, current: boolean): void {
  if (a.questionnaire !== c.code) {
    throw new Error(`Số liệu của đơn vị "${unit}" thuộc phiếu "${a.questionnaire}", không phải "${c.code}".`);
  }
  if (current && a.questionnaireHash !== c.hash) {
    throw new Error(`Số liệu của đơn vị "${unit}" được tính với một phiên bản khác của phiếu "${c.code}".`);
  }
}

function byGroupThenRank(a: UnitResult, b: UnitResult): number {
  if (a.peerGroup !== b.peerGroup) {
    if (a.peerGroup === null) return 1;
    if (b.peerGroup === null) return -1;
    return a.peerGroup < b.peerGroup ? -1 : 1;
  }
  const ra = a.rank ?? Number.POSITIVE_INFINITY;
  const rb = b.rank ?? Number.POSITIVE_INFINITY;
  if (ra !== rb) return ra - rb;
  return a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0;
}
