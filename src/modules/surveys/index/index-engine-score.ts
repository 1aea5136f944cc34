import type { CompiledQuestionnaire } from '../questionnaires/questionnaire-compile.ts';
import type { Answers } from './index-engine-aggregate.ts';

/**
 * One response at a time, for the moment it is stored: its answers by position, and the
 * respondent scores the aggregate adds up (criterion score = weighted mean of the scores of the
 * questions answered in it; overall = weighted mean of the criterion scores with criterion
 * weights). Storing these with the response lets SQL produce the aggregate's n, Σx, Σx² directly;
 * the accumulator in index-engine-aggregate.ts computes exactly the same numbers.
 */

export interface ResponseScores {
  /** Score (0–1) per criterion in questionnaire order; null where nothing scored was answered. */
  criterionScores: (number | null)[];
  overallScore: number | null;
  /** Codes of questions whose value is not one of their options (left out of the scores). */
  invalid: string[];
}

export function scoreResponse(c: CompiledQuestionnaire, answers: Answers): ResponseScores {
  const weighted = new Float64Array(c.criterionCount);
  const weights = new Float64Array(c.criterionCount);
  const invalid: string[] = [];
  const positional = Array.isArray(answers) || ArrayBuffer.isView(answers);
  for (let q = 0; q < c.questionCount; q++) {
    const code = c.questionCodes[q]!;
    const value = positional
      ? (answers as ArrayLike<number | null | undefined>)[q]
      : (answers as Readonly<Record<string, number | null | undefined>>)[code];
    if (value === null || value === undefined || Number.isNaN(value)) continue;
    const slot = c.slotOf(q, value);
    if (slot < 0) {
      invalid.push(code);
      continue;
    }
    const score = c.optionScore[slot]!;
    if (Number.isNaN(score)) continue;
    const k = c.questionCriterion[q]!;
    weighted[k]! += c.questionWeight[q]! * score;
    weights[k]! += c.questionWeight[q]!;
  }
  const criterionScores: (number | null)[] = [];
  let overall = 0;
  let overallWeight = 0;
  for (let k = 0; k < c.criterionCount; k++) {
    if (weights[k] === 0) {
      criterionScores.push(null);
      continue;
    }
    const x = weighted[k]! / weights[k]!;
    criterionScores.push(x);
    overall += c.criterionWeight[k]! * x;
    overallWeight += c.criterionWeight[k]!;
  }
  return { criterionScores, overallScore: overallWeight > 0 ? overall / overallWeight : null, invalid };
}

export interface PositionalAnswers {
  /** Option value per question in compiled order; null = left blank. */
  answers: (number | null)[];
  /** Option value per profile question in file order; null = left blank. */
  profile: (number | null)[];
  /** Codes that are neither a question nor a profile question of this version. */
  unknown: string[];
}

/** Answers keyed by code (as a form or an import sends them) → the positional arrays stored. */
export function toPositionalAnswers(
  c: CompiledQuestionnaire,
  byCode: Readonly<Record<string, number | null | undefined>>,
): PositionalAnswers {
  const profileCodes = c.questionnaire.profile.map((p) => p.code);
  const unknown = Object.keys(byCode).filter(
    (code) => !c.questionIndex.has(code) && !c.profileCodes.has(code),
  );
  return {
    answers: c.questionCodes.map((code) => byCode[code] ?? null),
    profile: profileCodes.map((code) => byCode[code] ?? null),
    unknown,
  };
}
