import { describe, expect, it } from 'vitest';
import { compileQuestionnaire } from '../questionnaires/questionnaire-compile.ts';
import {
  AGE_PROFILE,
  fixtureQuestionnaire,
  THREE_LEVEL,
  YES_NO,
  YES_NO_NO_OPINION,
} from '../testing/fixtures.ts';
import {
  aggregate,
  aggregateByUnit,
  emptyAggregate,
  IndexAccumulator,
  mergeAggregates,
} from './index-engine-aggregate.ts';

const Q = fixtureQuestionnaire({
  code: 'AGG',
  title: 'Phiếu thử tổng hợp',
  criteria: [
    {
      code: 'K1',
      title: 'Một',
      questions: [
        { code: 'A', text: 'a', options: YES_NO_NO_OPINION },
        { code: 'B', text: 'b', weight: 3, options: THREE_LEVEL },
      ],
    },
    { code: 'K2', title: 'Hai', weight: 2, questions: [{ code: 'C', text: 'c', options: YES_NO }] },
  ],
  profile: AGE_PROFILE,
});
const compiled = compileQuestionnaire(Q);

describe('aggregate', () => {
  it('counts options per question and respondent-level moments per criterion and overall', () => {
    const a = aggregate(compiled, [
      { answers: { A: 2, B: 1, C: 1 } }, // K1 = (1 + 3×0.5)/4 = 0.625, K2 = 0 → overall (0.625 + 0)/3
      { answers: { A: 9, B: 2 } }, // K1 = 1 (A is "no opinion"), no K2 → overall 1
      { answers: { A: 9 } }, // nothing scored: counted as a response only
    ]);
    expect(a).toEqual({
      questionnaire: 'AGG',
      questionnaireHash: compiled.hash,
      responses: 3,
      excluded: 0,
      invalidAnswers: 0,
      questions: { A: { '2': 1, '9': 2 }, B: { '1': 1, '2': 1 }, C: { '1': 1 } },
      criteria: {
        K1: { n: 2, sum: 1.625, sumSq: 0.625 ** 2 + 1 },
        K2: { n: 1, sum: 0, sumSq: 0 },
      },
      overall: { n: 2, sum: 0.625 / 3 + 1, sumSq: (0.625 / 3) ** 2 + 1 },
    });
  });

  it('is a plain JSON object that survives serialisation', () => {
    const a = aggregate(compiled, [{ answers: { A: 2, B: 0, C: 2 } }]);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('counts unknown codes and values as invalid, ignores profile answers and blanks', () => {
    const a = aggregate(compiled, [{ answers: { A: 7, B: 1.5, X: 1, AGE: 2, C: null, D: undefined } }]);
    expect(a.invalidAnswers).toBe(3);
    expect(a.questions).toEqual({ A: {}, B: {}, C: {} });
    expect(a.overall.n).toBe(0);
    expect(a.responses).toBe(1);
  });

  it('accepts positional answers in compiled order (NaN = blank in typed arrays), same as by code', () => {
    const byCode = aggregate(compiled, [{ answers: { A: 2, B: 1, C: 1 } }, { answers: { B: 2 } }]);
    expect(aggregate(compiled, [{ answers: [2, 1, 1] }, { answers: [null, 2, undefined] }])).toEqual(byCode);
    expect(
      aggregate(compiled, [
        { answers: Float64Array.of(2, 1, 1) },
        { answers: Float64Array.of(Number.NaN, 2, Number.NaN) },
      ]),
    ).toEqual(byCode);
    expect(aggregate(compiled, [{ answers: [2, 1, 1, 5] }]).invalidAnswers).toBe(1);
  });

  it('keeps only the period, in Vietnam time, and counts excluded responses apart', () => {
    const rows = [
      { answers: { A: 2 }, submittedAt: '2024-12-31T16:59:59Z' }, // 23:59:59 on 31/12/2024 in Vietnam
      { answers: { A: 2 }, submittedAt: new Date('2024-12-31T17:00:00Z') }, // 00:00 on 1/1/2025
      { answers: { A: 1 }, submittedAt: Date.parse('2025-12-31T16:59:59Z') },
      { answers: { A: 1 }, submittedAt: '2025-12-31T17:00:00Z' },
      { answers: { A: 1 }, submittedAt: '2025-06-01T00:00:00Z', excluded: true },
      { answers: { A: 1 } }, // no time: in no period
    ];
    const a = aggregate(compiled, rows, { period: '2025' });
    expect([a.responses, a.excluded, a.questions.A]).toEqual([2, 1, { '1': 1, '2': 1 }]);
    expect(aggregate(compiled, rows).responses).toBe(5);
    expect(() => aggregate(compiled, rows, { period: '2025-13' })).toThrow(/tháng/);
  });

  it('keeps each unit to its own responses', () => {
    const byUnit = aggregateByUnit(compiled, [
      { unit: 'X', answers: { A: 2 } },
      { unit: 'Y', answers: { A: 1 } },
      { unit: 'X', answers: { A: 1 } },
    ]);
    expect(Object.keys(byUnit)).toEqual(['X', 'Y']);
    expect(byUnit.X!.questions.A).toEqual({ '1': 1, '2': 1 });
    expect(byUnit.Y!.questions.A).toEqual({ '1': 1 });
  });
});

describe('mergeAggregates', () => {
  it('adds counts and moments; the empty aggregate is neutral', () => {
    const one = aggregate(compiled, [{ answers: { A: 2, B: 1 } }]);
    const two = aggregate(compiled, [{ answers: { A: 1, C: 2 } }, { answers: { A: 9 } }]);
    const all = aggregate(compiled, [
      { answers: { A: 2, B: 1 } },
      { answers: { A: 1, C: 2 } },
      { answers: { A: 9 } },
    ]);
    expect(mergeAggregates(one, two)).toEqual(all);
    expect(mergeAggregates(emptyAggregate(compiled), all)).toEqual(all);
  });

  it('refuses to merge two versions of a questionnaire', () => {
    const other = compileQuestionnaire({ ...Q, title: 'Khác' });
    expect(() => mergeAggregates(emptyAggregate(compiled), emptyAggregate(other))).toThrow(/phiên bản/);
  });

  it('streams through an accumulator exactly like the batch function', () => {
    const acc = new IndexAccumulator(compiled, { period: '2025-Q1' });
    expect(acc.add({ answers: { A: 2 }, submittedAt: '2025-02-01T00:00:00Z' })).toBe(true);
    expect(acc.add({ answers: { A: 2 }, submittedAt: '2025-05-01T00:00:00Z' })).toBe(false);
    expect(acc.toAggregate()).toEqual(aggregate(compiled, [{ answers: { A: 2 } }]));
  });
});
