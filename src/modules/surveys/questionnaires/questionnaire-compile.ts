import type { Questionnaire } from './questionnaire.ts';
import { questionnaireHash } from './questionnaire-canonical.ts';

/**
 * A questionnaire flattened into typed arrays for the hot loop of aggregation (millions of
 * answers): questions are numbered 0…Q-1 in form order, their options are "slots" in one flat
 * array, and an answer's option value is turned into its slot with a dense lookup table instead of
 * a search. Built once per questionnaire version, then shared read-only.
 */

export const NO_SLOT = -1;

/** Lookup tables wider than this fall back to a Map (option values like 1000, 2000 are unusual). */
const MAX_DENSE_SPAN = 256;

export interface CompiledQuestionnaire {
  readonly questionnaire: Questionnaire;
  readonly code: string;
  readonly hash: string;
  readonly questionCount: number;
  readonly criterionCount: number;
  /** Question codes in form order (criterion by criterion). */
  readonly questionCodes: readonly string[];
  readonly questionIndex: ReadonlyMap<string, number>;
  /** Codes of unscored profile questions: answers to them are expected and ignored by the index. */
  readonly profileCodes: ReadonlySet<string>;
  readonly questionWeight: Float64Array;
  /** Criterion number of each question. */
  readonly questionCriterion: Int32Array;
  /** 1 when every scored option of the question scores exactly 0 or 1 (Wilson interval applies). */
  readonly questionBinary: Uint8Array;
  readonly criterionCodes: readonly string[];
  readonly criterionWeight: Float64Array;
  /** Question numbers of each criterion. */
  readonly criterionQuestions: readonly Int32Array[];
  /** Slots of question q are optionStart[q] … optionStart[q + 1] - 1, in the file's option order. */
  readonly optionStart: Int32Array;
  readonly optionValue: Float64Array;
  /** Option values as the strings aggregates are keyed by ("1", "-1"). */
  readonly optionKey: readonly string[];
  /** Score of each slot; NaN marks a null score ("no opinion"). */
  readonly optionScore: Float64Array;
  readonly slotCount: number;
  /** Slot of an answer, or NO_SLOT when the value is not an option of the question. */
  slotOf(question: number, value: number): number;
}

export function compileQuestionnaire(q: Questionnaire): CompiledQuestionnaire {
  const questions = q.criteria.flatMap((c, ci) => c.questions.map((question) => ({ question, ci })));
  const questionCount = questions.length;
  const criterionCount = q.criteria.length;

  const questionWeight = new Float64Array(questionCount);
  const questionCriterion = new Int32Array(questionCount);
  const questionBinary = new Uint8Array(questionCount);
  const optionStart = new Int32Array(questionCount + 1);
  const slotCount = questions.reduce((n, { question }) => n + question.options.length, 0);
  const optionValue = new Float64Array(slotCount);
  const optionScore = new Float64Array(slotCount);

  const lookupBase = new Float64Array(questionCount);
  const lookupStart = new Int32Array(questionCount);
  const lookupSpan = new Int32Array(questionCount);
  const sparse = new Map<number, Map<number, number>>();
  let lookupSize = 0;
  let slot = 0;
  questions.forEach(({ question, ci }, qi) => {
    questionWeight[qi] = question.weight;
    questionCriterion[qi] = ci;
    optionStart[qi] = slot;
    let binary = true;
    for (const o of question.options) {
      optionValue[slot] = o.value;
      optionScore[slot] = o.score ?? Number.NaN;
      if (o.score !== null && o.score !== 0 && o.score !== 1) binary = false;
      slot++;
    }
    questionBinary[qi] = binary ? 1 : 0;
    const values = question.options.map((o) => o.value);
    const min = Math.min(...values);
    const span = Math.max(...values) - min + 1;
    lookupBase[qi] = min;
    if (span <= MAX_DENSE_SPAN) {
      lookupStart[qi] = lookupSize;
      lookupSpan[qi] = span;
      lookupSize += span;
    } else {
      lookupSpan[qi] = 0;
      sparse.set(qi, new Map(values.map((v, k) => [v, optionStart[qi]! + k])));
    }
  });
  optionStart[questionCount] = slot;

  const lookup = new Int32Array(lookupSize).fill(NO_SLOT);
  for (let qi = 0; qi < questionCount; qi++) {
    if (lookupSpan[qi] === 0) continue;
    for (let s = optionStart[qi]!; s < optionStart[qi + 1]!; s++) {
      lookup[lookupStart[qi]! + optionValue[s]! - lookupBase[qi]!] = s;
    }
  }

  const slotOf = (question: number, value: number): number => {
    const span = lookupSpan[question];
    if (span === undefined) return NO_SLOT;
    if (span === 0) return sparse.get(question)?.get(value) ?? NO_SLOT;
    const offset = value - lookupBase[question]!;
    // `offset >>> 0 === offset` rejects negatives, fractions and NaN in one test.
    if (offset >>> 0 !== offset || offset >= span) return NO_SLOT;
    return lookup[lookupStart[question]! + offset]!;
  };

  const criterionQuestions = q.criteria.map(() => [] as number[]);
  questions.forEach(({ ci }, qi) => {
    criterionQuestions[ci]!.push(qi);
  });

  return {
    questionnaire: q,
    code: q.code,
    hash: questionnaireHash(q),
    questionCount,
    criterionCount,
    questionCodes: questions.map(({ question }) => question.code),
    questionIndex: new Map(questions.map(({ question }, qi) => [question.code, qi])),
    profileCodes: new Set(q.profile.map((p) => p.code)),
    questionWeight,
    questionCriterion,
    questionBinary,
    criterionCodes: q.criteria.map((c) => c.code),
    criterionWeight: Float64Array.from(q.criteria, (c) => c.weight),
    criterionQuestions: criterionQuestions.map((list) => Int32Array.from(list)),
    optionStart,
    optionValue,
    optionKey: Array.from(optionValue, (v) => String(v)),
    optionScore,
    slotCount,
    slotOf,
  };
}
