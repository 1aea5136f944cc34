import type { CompiledQuestionnaire } from '../questionnaires/questionnaire-compile.ts';
import { type Period, parsePeriod, periodBounds } from './period.ts';
import { addMoments, type Moments } from './stats.ts';

/**
 * Layer 1 of the index: one pass over raw responses gives, per unit, the sufficient statistics
 * everything else is computed from:
 * - per question, how many answers chose each option value (scored or not);
 * - per criterion and overall, n, Σx and Σx² of the respondents' scores (a respondent's criterion
 *   score is the weighted mean of the scores of the questions they answered in it; their overall
 *   score is the weighted mean of their criterion scores with the criterion weights);
 * - the number of responses.
 * The aggregate is a plain JSON object: a SQL query can produce the same thing at national scale,
 * and aggregates of disjoint sets of responses merge by adding (months into a quarter, communes into
 * a district, shards into a country).
 */

export interface UnitAggregate {
  questionnaire: string;
  /** The questionnaire version the scores were computed with; only equal versions merge. */
  questionnaireHash: string;
  /** Non-excluded responses counted (in the period, when one was given). */
  responses: number;
  /** Responses left out because they were marked excluded. */
  excluded: number;
  /**
   * Responses held back by a burst rule, waiting for an officer to release or exclude them: counted
   * apart, never scored (absent = 0; only the database aggregation knows about holds).
   */
  held?: number;
  /** Answers whose value is not an option of the question, or whose code is not in the questionnaire. */
  invalidAnswers: number;
  /** Question code → option value (as a string) → number of answers. Values never chosen are left out. */
  questions: Record<string, Record<string, number>>;
  /** Criterion code → moments of respondent criterion scores (0–1). */
  criteria: Record<string, Moments>;
  /** Moments of respondent overall scores (0–1). */
  overall: Moments;
}

/**
 * The answers of one response: either by question code (profile codes are allowed and ignored),
 * or positional in the compiled question order (faster; null, undefined or NaN = left blank).
 */
export type Answers =
  | Readonly<Record<string, number | null | undefined>>
  | ArrayLike<number | null | undefined>;

export interface ResponseInput {
  answers: Answers;
  /** Needed only when aggregating for a period; a response without it is outside every period. */
  submittedAt?: Date | number | string | null;
  /** Marked excluded by a person (spam, test, duplicate): counted apart, never scored. */
  excluded?: boolean;
}

export interface UnitResponseInput extends ResponseInput {
  unit: string;
}

export interface AggregateOptions {
  /** Keep only responses submitted in this period (Vietnam time). */
  period?: Period | string;
}

/** Streaming accumulator for one unit. Typed arrays and no allocation per response. */
export class IndexAccumulator {
  responses = 0;
  excluded = 0;
  invalidAnswers = 0;
  private readonly counts: Float64Array;
  private readonly critN: Float64Array;
  private readonly critSum: Float64Array;
  private readonly critSumSq: Float64Array;
  private overallN = 0;
  private overallSum = 0;
  private overallSumSq = 0;
  // Per-response scratch: weighted score and weight per criterion.
  private readonly scratchScore: Float64Array;
  private readonly scratchWeight: Float64Array;
  private readonly start: number;
  private readonly end: number;

  readonly compiled: CompiledQuestionnaire;

  constructor(compiled: CompiledQuestionnaire, options: AggregateOptions = {}) {
    this.compiled = compiled;
    const k = compiled.criterionCount;
    this.counts = new Float64Array(compiled.slotCount);
    this.critN = new Float64Array(k);
    this.critSum = new Float64Array(k);
    this.critSumSq = new Float64Array(k);
    this.scratchScore = new Float64Array(k);
    this.scratchWeight = new Float64Array(k);
    const p = resolvePeriod(options.period);
    if (p) {
      const { start, end } = periodBounds(p);
      this.start = start.getTime();
      this.end = end.getTime();
    } else {
      this.start = Number.NEGATIVE_INFINITY;
      this.end = Number.POSITIVE_INFINITY;
    }
  }

  /** Count one response if it falls in the period; returns whether it was in the period. */
  add(response: ResponseInput): boolean {
    if (this.start !== Number.NEGATIVE_INFINITY || this.end !== Number.POSITIVE_INFINITY) {
      const t = instantOf(response.submittedAt);
      if (!(t >= this.start && t < this.end)) return false;
    }
    if (response.excluded) {
      this.excluded++;
      return true;
    }
    this.addAnswers(response.answers);
    return true;
  }

  /** Count one non-excluded response without looking at its time. */
  addAnswers(answers: Answers): void {
    const c = this.compiled;
    this.responses++;
    if (Array.isArray(answers) || ArrayBuffer.isView(answers)) {
      const list = answers as ArrayLike<number | null | undefined>;
      const count = Math.min(list.length, c.questionCount);
      for (let q = 0; q < count; q++) {
        const value = list[q];
        // null, undefined or NaN (the blank of a Float64Array) = left blank.
        if (value !== null && value !== undefined && !Number.isNaN(value)) this.answer(q, value);
      }
      if (list.length > c.questionCount) {
        for (let q = c.questionCount; q < list.length; q++) {
          const value = list[q];
          if (value !== null && value !== undefined && !Number.isNaN(value)) this.invalidAnswers++;
        }
      }
    } else {
      const byCode = answers as Readonly<Record<string, number | null | undefined>>;
      for (const code in byCode) {
        const value = byCode[code];
        if (value === null || value === undefined) continue;
        const q = c.questionIndex.get(code);
        if (q !== undefined) this.answer(q, value);
        else if (!c.profileCodes.has(code)) this.invalidAnswers++;
      }
    }
    this.closeResponse();
  }

  private answer(q: number, value: number): void {
    const c = this.compiled;
    const slot = c.slotOf(q, value);
    if (slot < 0) {
      this.invalidAnswers++;
      return;
    }
    this.counts[slot]!++;
    const score = c.optionScore[slot]!;
    if (Number.isNaN(score)) return; // "no opinion", not scored
    const k = c.questionCriterion[q]!;
    const w = c.questionWeight[q]!;
    this.scratchScore[k]! += w * score;
    this.scratchWeight[k]! += w;
  }

  private closeResponse(): void {
    const c = this.compiled;
    let overallScore = 0;
    let overallWeight = 0;
    for (let k = 0; k < c.criterionCount; k++) {
      const w = this.scratchWeight[k]!;
      if (w === 0) continue;
      const x = this.scratchScore[k]! / w;
      this.critN[k]!++;
      this.critSum[k]! += x;
      this.critSumSq[k]! += x * x;
      const cw = c.criterionWeight[k]!;
      overallScore += cw * x;
      overallWeight += cw;
      this.scratchScore[k] = 0;
      this.scratchWeight[k] = 0;
    }
    if (overallWeight > 0) {
      const x = overallScore / overallWeight;
      this.overallN++;
      this.overallSum += x;
      this.overallSumSq += x * x;
    }
  }

  toAggregate(): UnitAggregate {
    const c = this.compiled;
    const questions: Record<string, Record<string, number>> = {};
    c.questionCodes.forEach((code, q) => {
      const counts: Record<string, number> = {};
      for (let s = c.optionStart[q]!; s < c.optionStart[q + 1]!; s++) {
        const n = this.counts[s]!;
        if (n > 0) counts[c.optionKey[s]!] = n;
      }
      questions[code] = counts;
    });
    const criteria: Record<string, Moments> = {};
    c.criterionCodes.forEach((code, k) => {
      criteria[code] = { n: this.critN[k]!, sum: this.critSum[k]!, sumSq: this.critSumSq[k]! };
    });
    return {
      questionnaire: c.code,
      questionnaireHash: c.hash,
      responses: this.responses,
      excluded: this.excluded,
      invalidAnswers: this.invalidAnswers,
      questions,
      criteria,
      overall: { n: this.overallN, sum: this.overallSum, sumSq: this.overallSumSq },
    };
  }
}

/** Aggregate the responses of one unit (or of a subtree passed as one unit: the engine does not care). */
export function aggregate(
  compiled: CompiledQuestionnaire,
  responses: Iterable<ResponseInput>,
  options: AggregateOptions = {},
): UnitAggregate {
  const acc = new IndexAccumulator(compiled, options);
  for (const r of responses) acc.add(r);
  return acc.toAggregate();
}

/** Aggregate responses of many units in one pass; each unit gets only its own responses. */
export function aggregateByUnit(
  compiled: CompiledQuestionnaire,
  responses: Iterable<UnitResponseInput>,
  options: AggregateOptions = {},
): Record<string, UnitAggregate> {
  const byUnit = new Map<string, IndexAccumulator>();
  for (const r of responses) {
    let acc = byUnit.get(r.unit);
    if (!acc) {
      acc = new IndexAccumulator(compiled, options);
      byUnit.set(r.unit, acc);
    }
    acc.add(r);
  }
  const out: Record<string, UnitAggregate> = {};
  for (const [unit, acc] of byUnit) {
    if (acc.responses > 0 || acc.excluded > 0) out[unit] = acc.toAggregate();
  }
  return out;
}

export function emptyAggregate(compiled: CompiledQuestionnaire): UnitAggregate {
  return new IndexAccumulator(compiled).toAggregate();
}

/** Aggregate of the union of two disjoint sets of responses. Throws when the versions differ. */
export function mergeAggregates(a: UnitAggregate, b: UnitAggregate): UnitAggregate {
  if (a.questionnaire !== b.questionnaire || a.questionnaireHash !== b.questionnaireHash) {
    throw new Error(
      `Không thể gộp số liệu của hai phiên bản phiếu khác nhau (${a.questionnaire}@${a.questionnaireHash.slice(0, 8)}, ${b.questionnaire}@${b.questionnaireHash.slice(0, 8)}).`,
    );
  }
  const questions: Record<string, Record<string, number>> = {};
  for (const source of [a.questions, b.questions]) {
    for (const [code, counts] of Object.entries(source)) {
      const target = questions[code] ?? {};
      questions[code] = target;
      for (const [value, n] of Object.entries(counts)) target[value] = (target[value] ?? 0) + n;
    }
  }
  const criteria: Record<string, Moments> = {};
  for (const source of [a.criteria, b.criteria]) {
    for (const [code, m] of Object.entries(source)) {
      const existing = criteria[code];
      criteria[code] = existing ? addMoments(existing, m) : { ...m };
    }
  }
  return {
    questionnaire: a.questionnaire,
    questionnaireHash: a.questionnaireHash,
    responses: a.responses + b.responses,
    excluded: a.excluded + b.excluded,
    ...(a.held || b.held ? { held: (a.held ?? 0) + (b.held ?? 0) } : {}),
    invalidAnswers: a.invalidAnswers + b.invalidAnswers,
    questions,
    criteria,
    overall: addMoments(a.overall, b.overall),
  };
}

function resolvePeriod(p: Period | string | undefined): Period | null {
  if (p === undefined) return null;
  if (typeof p !== 'string') return p;
  const parsed = parsePeriod(p);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.period;
}

function instantOf(value: Date | number | string | null | undefined): number {
  if (value === null || value === undefined) return Number.NaN;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Date.parse(value);
  return value.getTime();
}
