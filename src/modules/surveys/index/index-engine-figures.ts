import type { CompiledQuestionnaire } from '../questionnaires/questionnaire-compile.ts';
import type { UnitAggregate } from './index-engine-aggregate.ts';
import { emptyMoments, type Moments, normalInterval, sampleSd, wilsonInterval } from './stats.ts';

/**
 * The figures of one unit from its aggregate: question, criterion and overall indexes (0–100,
 * unrounded) with their 95% intervals. Rules (docs/decisions/0003-index-method.md):
 * - question index = 100 × Σ scores of the chosen options / answers with a non-null score;
 * - criterion index = weighted mean (question weights) of its non-null question indexes;
 * - overall index = weighted mean (criterion weights) of the non-null criterion indexes;
 * - interval: Wilson for a question whose scored options are all 0 or 1; otherwise
 *   index ± 1.96·s/√n from the respondent-level sd (for a question: the sd of its answer scores),
 *   clipped to [0, 100]. With a single respondent there is no sd: the interval is [0, 100].
 */

export type CiMethod = 'wilson' | 'normal';

export interface Estimate {
  index: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

export interface QuestionFigures extends Estimate {
  code: string;
  /** Answers with a non-null score. */
  answered: number;
  /** Answers on a null-score option ("không ý kiến"). */
  noOpinion: number;
  /** Share (%) of each scored option among the scored answers, keyed by option value. */
  distribution: Record<string, number>;
  ciMethod: CiMethod | null;
  binary: boolean;
  /** Moments of the answer scores (0–1); n = answered. */
  scores: Moments;
}

export interface CriterionFigures extends Estimate {
  code: string;
  /** Respondents with a score in this criterion. */
  respondents: number;
  moments: Moments;
  questions: QuestionFigures[];
}

export interface UnitFigures {
  responses: number;
  overall: Estimate & { respondents: number; moments: Moments };
  criteria: CriterionFigures[];
}

export function unitFigures(c: CompiledQuestionnaire, a: UnitAggregate | undefined): UnitFigures {
  // Objects are built field by field, not with `{ ...x, y }`: on Node 20 a spread followed by more
  // properties is ~40× slower, which made 10 000 units × 31 questions take seconds instead of ms.
  const criteria = c.questionnaire.criteria.map((criterion, k): CriterionFigures => {
    const members = c.criterionQuestions[k]!;
    const questions: QuestionFigures[] = [];
    const weights: number[] = [];
    for (const q of members) {
      questions.push(questionFigures(c, q, a));
      weights.push(c.questionWeight[q]!);
    }
    const moments = a?.criteria[criterion.code] ?? emptyMoments();
    const questionIndexes = questions.map((q) => q.index);
    const e = momentInterval(weightedMean(questionIndexes, weights), moments);
    return {
      code: criterion.code,
      index: e.index,
      ciLow: e.ciLow,
      ciHigh: e.ciHigh,
      respondents: moments.n,
      moments,
      questions,
    };
  });
  const moments = a?.overall ?? emptyMoments();
  const criterionIndexes = criteria.map((k) => k.index);
  const overall = momentInterval(weightedMean(criterionIndexes, Array.from(c.criterionWeight)), moments);
  return {
    responses: a?.responses ?? 0,
    overall: {
      index: overall.index,
      ciLow: overall.ciLow,
      ciHigh: overall.ciHigh,
      respondents: moments.n,
      moments,
    },
    criteria,
  };
}

function questionFigures(c: CompiledQuestionnaire, q: number, a: UnitAggregate | undefined): QuestionFigures {
  const code = c.questionCodes[q]!;
  const counts = a?.questions[code];
  const binary = c.questionBinary[q] === 1;
  const first = c.optionStart[q]!;
  const last = c.optionStart[q + 1]!;
  let answered = 0;
  let noOpinion = 0;
  let sum = 0;
  let sumSq = 0;
  for (let s = first; s < last; s++) {
    const n = counts?.[c.optionKey[s]!] ?? 0;
    const score = c.optionScore[s]!;
    if (Number.isNaN(score)) {
      noOpinion += n;
    } else {
      answered += n;
      sum += n * score;
      sumSq += n * score * score;
    }
  }
  const distribution: Record<string, number> = {};
  for (let s = first; s < last; s++) {
    if (Number.isNaN(c.optionScore[s]!)) continue;
    const key = c.optionKey[s]!;
    distribution[key] = answered > 0 ? (100 * (counts?.[key] ?? 0)) / answered : 0;
  }

  const scores: Moments = { n: answered, sum, sumSq };
  let e: Estimate = { index: null, ciLow: null, ciHigh: null };
  let ciMethod: CiMethod | null = null;
  if (answered > 0) {
    const index = clamp((100 * sum) / answered);
    if (binary) {
      const { low, high } = wilsonInterval(sum, answered);
      e = bracket(index, 100 * low, 100 * high);
      ciMethod = 'wilson';
    } else {
      e = momentInterval(index, scores);
      ciMethod = 'normal';
    }
  }
  return {
    code,
    index: e.index,
    ciLow: e.ciLow,
    ciHigh: e.ciHigh,
    answered,
    noOpinion,
    distribution,
    ciMethod,
    binary,
    scores,
  };
}

/** index ± 1.96·s/√n from moments on the 0–1 scale, in points. */
function momentInterval(index: number | null, m: Moments): Estimate {
  if (index === null) return { index: null, ciLow: null, ciHigh: null };
  const sd = sampleSd(m);
  if (sd === null) return { index, ciLow: 0, ciHigh: 100 };
  const { low, high } = normalInterval(index, 100 * sd, m.n, undefined, 0, 100);
  return bracket(index, low, high);
}

/** Keeps ciLow ≤ index ≤ ciHigh even where floating point rounds an edge the wrong way. */
function bracket(index: number, low: number, high: number): Estimate {
  return { index, ciLow: Math.min(low, index), ciHigh: Math.max(high, index) };
}

/** Weighted mean of the non-null values; null when every value is null. */
export function weightedMean(values: readonly (number | null)[], weights: readonly number[]): number | null {
  let total = 0;
  let weight = 0;
  values.forEach((v, i) => {
    if (v === null) return;
    const w = weights[i]!;
    total += w * v;
    weight += w;
  });
  return weight > 0 ? clamp(total / weight) : null;
}

/** A weighted mean of values in [0, 100] can land an ulp outside; keep the contract exact. */
function clamp(x: number): number {
  return Math.min(100, Math.max(0, x));
}
