import type { Estimate, QuestionFigures } from './index-engine-figures.ts';
import { type Moments, twoProportionZTest, welchZTest, type ZTest } from './stats.ts';

/**
 * Change of an index against the previous period, with a significance test at 5%:
 * - a question scored only 0/1: pooled two-proportion z-test on the answers;
 * - anything else (other questions, criteria, overall): Welch z-test, the difference of the two
 *   indexes over √(s₁²/n₁ + s₂²/n₂) with the respondent-level variances, the same standard errors
 *   the confidence intervals use.
 */

export type ChangeTest = 'two-proportion' | 'welch';

export interface Change {
  /** The previous period's index. */
  previous: number | null;
  /** index − previous, in points (unrounded); null when either side has no index. */
  delta: number | null;
  z: number | null;
  /** Two-sided p-value. */
  p: number | null;
  /** p < 0.05. */
  significant: boolean;
  test: ChangeTest;
  /** False when the previous figures were computed with another version of the questionnaire. */
  sameVersion: boolean;
}

export const SIGNIFICANCE_LEVEL = 0.05;

export function questionChange(now: QuestionFigures, before: QuestionFigures, sameVersion: boolean): Change {
  if (now.binary && before.binary) {
    const delta = difference(now, before);
    const test =
      delta === null
        ? null
        : twoProportionZTest(now.scores.sum, now.scores.n, before.scores.sum, before.scores.n);
    return build(before.index, delta, test, 'two-proportion', sameVersion);
  }
  return momentChange(now, now.scores, before, before.scores, sameVersion);
}

export function momentChange(
  now: Estimate,
  nowMoments: Moments,
  before: Estimate,
  beforeMoments: Moments,
  sameVersion: boolean,
): Change {
  const delta = difference(now, before);
  const test = delta === null ? null : welchZTest(delta / 100, nowMoments, beforeMoments);
  return build(before.index, delta, test, 'welch', sameVersion);
}

function difference(now: Estimate, before: Estimate): number | null {
  return now.index === null || before.index === null ? null : now.index - before.index;
}

function build(
  previous: number | null,
  delta: number | null,
  test: ZTest | null,
  kind: ChangeTest,
  sameVersion: boolean,
): Change {
  return {
    previous,
    delta,
    z: test?.z ?? null,
    p: test?.p ?? null,
    significant: test !== null && test.p < SIGNIFICANCE_LEVEL,
    test: kind,
    sameVersion,
  };
}
