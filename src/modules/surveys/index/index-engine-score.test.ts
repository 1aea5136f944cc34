import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileQuestionnaire } from '../questionnaires/questionnaire-compile.ts';
import {
  AGE_PROFILE,
  fixtureQuestionnaire,
  THREE_LEVEL,
  YES_NO,
  YES_NO_NO_OPINION,
} from '../testing/fixtures.ts';
import { aggregate } from './index-engine-aggregate.ts';
import { scoreResponse, toPositionalAnswers } from './index-engine-score.ts';

const c = compileQuestionnaire(
  fixtureQuestionnaire({
    code: 'S',
    title: 'Phiếu thử',
    criteria: [
      {
        code: 'K1',
        title: 'Một',
        weight: 2,
        questions: [
          { code: 'A', text: 'a', options: YES_NO_NO_OPINION },
          { code: 'B', text: 'b', weight: 3, options: THREE_LEVEL },
        ],
      },
      { code: 'K2', title: 'Hai', questions: [{ code: 'C', text: 'c', options: YES_NO }] },
    ],
    profile: AGE_PROFILE,
  }),
);

describe('scoreResponse', () => {
  it('gives the respondent criterion and overall scores, by code or by position', () => {
    // K1 = (1×1 + 3×0.5) / 4 = 0.625; K2 = 0; overall = (2×0.625 + 1×0) / 3.
    const expected = { criterionScores: [0.625, 0], overallScore: 1.25 / 3, invalid: [] };
    expect(scoreResponse(c, { A: 2, B: 1, C: 1 })).toEqual(expected);
    expect(scoreResponse(c, [2, 1, 1])).toEqual(expected);
    expect(scoreResponse(c, { A: 9, C: 5 })).toEqual({
      criterionScores: [null, null],
      overallScore: null,
      invalid: ['C'],
    });
  });

  it('adds up to exactly the moments the aggregate computes', () => {
    const values = [
      [1, 2, 9, undefined],
      [0, 1, 2, undefined],
      [1, 2, undefined],
    ] as const;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(...values.map((v) => fc.constantFrom(...v))), { maxLength: 30 }),
        (rows) => {
          const a = aggregate(
            c,
            rows.map((answers) => ({ answers: [...answers] })),
          );
          const scores = rows.map((answers) => scoreResponse(c, [...answers]));
          const sum = (xs: (number | null)[]) => {
            const present = xs.filter((x): x is number => x !== null);
            return {
              n: present.length,
              sum: present.reduce((s, x) => s + x, 0),
              sumSq: present.reduce((s, x) => s + x * x, 0),
            };
          };
          expect(a.criteria.K1).toEqual(sum(scores.map((s) => s.criterionScores[0]!)));
          expect(a.criteria.K2).toEqual(sum(scores.map((s) => s.criterionScores[1]!)));
          expect(a.overall).toEqual(sum(scores.map((s) => s.overallScore)));
        },
      ),
    );
  });
});

describe('toPositionalAnswers', () => {
  it('orders answers and profile as stored, and names unknown codes', () => {
    expect(toPositionalAnswers(c, { C: 2, AGE: 1, A: 9, X: 3 })).toEqual({
      answers: [9, null, 2],
      profile: [1],
      unknown: ['X'],
    });
  });
});
