import { describe, expect, it } from 'vitest';
import { AGE_PROFILE, fixtureQuestionnaire, YES_NO } from '../testing/fixtures.ts';
import type { Questionnaire } from './questionnaire.ts';
import { compileQuestionnaire, NO_SLOT } from './questionnaire-compile.ts';

const q = (): Questionnaire =>
  fixtureQuestionnaire({
    code: 'T',
    title: 'T',
    criteria: [
      {
        code: 'A',
        title: 'A',
        weight: 2,
        questions: [
          {
            code: 'A1',
            text: 'a1',
            options: [
              { value: 3, label: 'tốt', score: 1 },
              { value: 1, label: 'kém', score: 0 },
              { value: 9, label: 'không ý kiến', score: null },
            ],
          },
          {
            code: 'A2',
            text: 'a2',
            weight: 3,
            options: [
              { value: -1, label: 'kém', score: 0 },
              { value: 0, label: 'vừa', score: 0.5 },
              { value: 1000, label: 'tốt', score: 1 },
            ],
          },
        ],
      },
      { code: 'B', title: 'B', questions: [{ code: 'B1', text: 'b1', options: YES_NO }] },
    ],
    profile: AGE_PROFILE,
  });

describe('compileQuestionnaire', () => {
  it('numbers questions in form order and records weights, criteria and binary items', () => {
    const c = compileQuestionnaire(q());
    expect(c.questionCodes).toEqual(['A1', 'A2', 'B1']);
    expect(Array.from(c.questionWeight)).toEqual([1, 3, 1]);
    expect(Array.from(c.questionCriterion)).toEqual([0, 0, 1]);
    expect(Array.from(c.criterionWeight)).toEqual([2, 1]);
    expect(c.criterionQuestions.map((x) => Array.from(x))).toEqual([[0, 1], [2]]);
    expect(Array.from(c.questionBinary)).toEqual([1, 0, 1]);
    expect(c.profileCodes.has('AGE')).toBe(true);
    expect(c.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('maps option values to slots, dense or sparse, and rejects anything else', () => {
    const c = compileQuestionnaire(q());
    expect(c.slotOf(0, 3)).toBe(0);
    expect(c.slotOf(0, 1)).toBe(1);
    expect(c.slotOf(0, 9)).toBe(2);
    expect(Number.isNaN(c.optionScore[2])).toBe(true);
    // A2 spans -1…1000: too wide for a dense table.
    expect([c.slotOf(1, -1), c.slotOf(1, 0), c.slotOf(1, 1000)]).toEqual([3, 4, 5]);
    expect(c.slotOf(2, 2)).toBe(7);
    for (const [question, value] of [
      [0, 2],
      [0, 0],
      [0, 10],
      [0, 3.5],
      [0, Number.NaN],
      [1, 5],
      [3, 1],
    ] as const) {
      expect(c.slotOf(question, value)).toBe(NO_SLOT);
    }
  });
});
