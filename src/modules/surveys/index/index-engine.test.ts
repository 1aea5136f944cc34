import { describe, expect, it } from 'vitest';
import { parseQuestionnaire, type Questionnaire } from '../questionnaires/questionnaire.ts';
import { compileQuestionnaire } from '../questionnaires/questionnaire-compile.ts';
import { computeIndex, type UnitResult } from './index-engine.ts';
import { aggregateByUnit, type UnitResponseInput } from './index-engine-aggregate.ts';
import { competitionRanks } from './index-engine-rank.ts';

/**
 * A small example worked out by hand: blank answers, "no opinion" answers, unequal weights at both
 * levels, a 0/0.5/1 question, a tie, a unit with responses but no scored answer, a unit with none.
 *
 * C1 (weight 2): Q1 weight 1, 1→0 2→0 3→1 9→null;  Q2 weight 3, five levels 0 0 0 1 1, 9→null
 * C2 (weight 1): Q3 weight 1, 1→0 2→0.5 3→1
 */
const HAND: Questionnaire = (() => {
  const five = [1, 2, 3, 4, 5].map((value) => ({ value, label: `mức ${value}`, score: value >= 4 ? 1 : 0 }));
  const r = parseQuestionnaire({
    code: 'HAND',
    title: 'Ví dụ tính tay',
    criteria: [
      {
        code: 'C1',
        title: 'Tiếp cận dịch vụ',
        weight: 2,
        questions: [
          {
            code: 'Q1',
            text: 'Niêm yết',
            options: [
              { value: 1, label: 'Sơ sài, khó hiểu', score: 0 },
              { value: 2, label: 'Tạm được', score: 0 },
              { value: 3, label: 'Đầy đủ, dễ hiểu', score: 1 },
              { value: 9, label: 'Không ý kiến', score: null },
            ],
          },
          {
            code: 'Q2',
            text: 'Hài lòng',
            weight: 3,
            options: [...five, { value: 9, label: 'Không ý kiến', score: null }],
          },
        ],
      },
      {
        code: 'C2',
        title: 'Thủ tục hành chính',
        questions: [
          {
            code: 'Q3',
            text: 'Thời hạn',
            options: [
              { value: 1, label: 'Quá dài', score: 0 },
              { value: 2, label: 'Tạm được', score: 0.5 },
              { value: 3, label: 'Hợp lý', score: 1 },
            ],
          },
        ],
      },
    ],
  });
  if (!r.ok) throw new Error('fixture invalid');
  return r.questionnaire;
})();

const compiled = compileQuestionnaire(HAND);

const responses: UnitResponseInput[] = [
  // Unit A: five responses.
  { unit: 'A', answers: { Q1: 3, Q2: 5, Q3: 3 } },
  { unit: 'A', answers: { Q1: 1, Q2: 4, Q3: 2 } },
  { unit: 'A', answers: { Q1: 9, Q2: 2 } }, // "no opinion" on Q1, Q3 blank
  { unit: 'A', answers: { Q1: 3, Q3: 1, AGE: 2 } }, // Q2 blank; a profile answer is ignored
  { unit: 'A', answers: {} }, // all blank: a response, but no score
  // B and C tie at 100; D has responses but nothing scored.
  { unit: 'B', answers: { Q1: 3, Q2: 5, Q3: 3 } },
  { unit: 'C', answers: { Q1: 3, Q2: 4, Q3: 3 } },
  { unit: 'C', answers: { Q1: 3, Q2: 5, Q3: 3 } },
  { unit: 'D', answers: { Q1: 9, Q2: 9 } },
];
const previousResponses: UnitResponseInput[] = Array.from({ length: 4 }, () => ({
  unit: 'A',
  answers: { Q1: 1, Q2: 1, Q3: 1 },
}));

const peerGroups = { A: 'commune', B: 'commune', C: 'commune', D: 'commune', E: 'commune' };
const result = computeIndex(compiled, aggregateByUnit(compiled, responses), {
  period: '2025',
  peerGroups,
  names: { A: 'UBND phường Phương Sài' },
  targets: { groups: { commune: { all: 80, criteria: { C2: 60 } } }, units: { A: { overall: 70 } } },
  previous: aggregateByUnit(compiled, previousResponses),
});
const unit = (code: string): UnitResult => result.units.find((u) => u.unit === code)!;

describe('computeIndex on a hand-computed example', () => {
  const a = unit('A');
  const [c1, c2] = a.criteria as [UnitResult['criteria'][0], UnitResult['criteria'][0]];
  const [q1, q2] = c1.questions as [(typeof c1.questions)[0], (typeof c1.questions)[0]];
  const q3 = c2.questions[0]!;

  it('question index = 100 × Σ scores / scored answers; "no opinion" and blanks left out', () => {
    // Q1: scored answers 3 (r1), 1 (r2), 3 (r4) → 2/3; r3 said "no opinion", r5 left it blank.
    expect(q1).toMatchObject({ index: 200 / 3, answered: 3, noOpinion: 1, ciMethod: 'wilson' });
    expect(q1.distribution).toEqual({ '1': 100 / 3, '2': 0, '3': 200 / 3 });
    // Q2: 5, 4, 2 → 1, 1, 0. Every scored option is listed, zeros included; "9" is not.
    expect(q2).toMatchObject({ index: 200 / 3, answered: 3, noOpinion: 0 });
    expect(q2.distribution).toEqual({ '1': 0, '2': 100 / 3, '3': 0, '4': 100 / 3, '5': 100 / 3 });
    // Q3: 1, 0.5, 0 → mean 0.5.
    expect(q3).toMatchObject({ index: 50, answered: 3, ciMethod: 'normal' });
    expect(q3.distribution).toEqual({ '1': 100 / 3, '2': 100 / 3, '3': 100 / 3 });
  });

  it('criterion and overall indexes are weighted means of the level below', () => {
    expect(c1.index).toBeCloseTo((1 * (200 / 3) + 3 * (200 / 3)) / 4, 12); // 66.67
    expect(c2.index).toBe(50);
    expect(a.overall.index).toBeCloseTo((2 * (200 / 3) + 1 * 50) / 3, 12); // 550/9 = 61.11
    expect(a.responses).toBe(5);
    expect(a.overall.respondents).toBe(4);
    expect(c1.respondents).toBe(4);
    expect(c2.respondents).toBe(3);
  });

  it('intervals: Wilson for a 0/1 question, respondent-level normal otherwise, clipped to [0, 100]', () => {
    // Wilson 2 of 3: centre (2/3 + 1.96²/6) / (1 + 1.96²/3) = 0.573084, half-width 0.365428.
    expect(q1.ciLow).toBeCloseTo(20.7656, 3);
    expect(q1.ciHigh).toBeCloseTo(93.8512, 3);
    // Q3: s = 0.5, 1.96 × 0.5 / √3 = 56.58 points either side of 50 → clipped to [0, 100].
    expect([q3.ciLow, q3.ciHigh]).toEqual([0, 100]);
    // C1 respondent scores 1, 0.75, 0, 1 → s = 0.473242; 1.96 s / √4 = 46.3777 points.
    expect(c1.ciLow).toBeCloseTo(200 / 3 - 46.3777, 3);
    expect(c1.ciHigh).toBe(100);
    // Overall respondent scores 1, 2/3, 0, 2/3 → s = 0.419435; 1.96 s / 2 = 41.1046 points.
    expect(a.overall.ciLow).toBeCloseTo(550 / 9 - 41.1046, 3);
    expect(a.overall.ciHigh).toBe(100);
  });

  it('flags low samples, ranks ties 1, 1, 3 and leaves units without a score unranked', () => {
    expect(result.units.map((u) => [u.unit, u.rank, u.rankOf, u.lowSample])).toEqual([
      ['B', 1, 3, true],
      ['C', 1, 3, true],
      ['A', 3, 3, true],
      ['D', null, 3, true],
      ['E', null, 3, true],
    ]);
    expect(unit('D')).toMatchObject({ responses: 1, overall: { index: null, ciLow: null, ciHigh: null } });
    expect(unit('D').criteria[0]!.questions[0]).toMatchObject({ index: null, answered: 0, noOpinion: 1 });
    expect(unit('E')).toMatchObject({ responses: 0, name: null, peerGroup: 'commune' });
    expect(a.name).toBe('UBND phường Phương Sài');
    expect(result).toMatchObject({
      questionnaire: 'HAND',
      period: '2025',
      previousPeriod: '2024',
      minSample: 30,
    });
  });

  it('targets: a unit target overrides its group item by item; gap = index − target', () => {
    expect(a.overall).toMatchObject({ target: 70 });
    expect(a.overall.gap).toBeCloseTo(550 / 9 - 70, 12);
    expect(c1).toMatchObject({ target: 80 });
    expect(c1.gap).toBeCloseTo(200 / 3 - 80, 12);
    expect(c2).toMatchObject({ target: 60, gap: -10 });
    expect(unit('B').overall).toMatchObject({ target: 80, gap: 20 });
    expect(unit('E').overall).toMatchObject({ target: 80, gap: null });
  });

  it('change against the previous period, with the right test for each level', () => {
    // Previous A: 4 responses, everything at the lowest option → all indexes 0.
    // Q1: 2/3 vs 0/4, pooled p = 2/7 → z = 1.9322, p = 0.0533: not significant.
    expect(q1.change).toMatchObject({
      previous: 0,
      test: 'two-proportion',
      significant: false,
      sameVersion: true,
    });
    expect(q1.change!.delta).toBeCloseTo(200 / 3, 12);
    expect(q1.change!.z).toBeCloseTo(1.93218, 4);
    expect(q1.change!.p).toBeCloseTo(0.05334, 4);
    // Q3 (0/0.5/1): Welch, SE = √(0.25/3 + 0/4) = 0.288675 → z = 1.7321.
    expect(q3.change).toMatchObject({ previous: 0, delta: 50, test: 'welch', significant: false });
    expect(q3.change!.z).toBeCloseTo(1.73205, 4);
    // Overall: SE = √(0.175926/4) = 0.209717; z = 0.611111 / 0.209717 = 2.9140, p = 0.0036.
    expect(a.overall.change).toMatchObject({ previous: 0, test: 'welch', significant: true });
    expect(a.overall.change!.z).toBeCloseTo(2.91398, 4);
    expect(a.overall.change!.p).toBeCloseTo(0.00357, 4);
    // No previous data for B: no change reported.
    expect(unit('B').overall.change).toBeNull();
  });

  it('plans the sample: observed sd, or the p = 0.5 worst case without two scored respondents', () => {
    // A: sd 41.9435 points → ⌈1.96² × 41.9435² / 5²⌉ = ⌈270.33⌉ = 271, minus the 4 it has.
    expect(a.sample).toMatchObject({ respondents: 4, sdSource: 'observed', halfWidth: 5, needed: 267 });
    expect(a.sample.sd).toBeCloseTo(41.9435, 3);
    expect(a.sample.neededForMinSample).toBe(25);
    expect(unit('B').sample).toMatchObject({ sd: 50, sdSource: 'assumed', needed: 384 });
    expect(unit('E').sample).toMatchObject({ respondents: 0, needed: 385, neededForMinSample: 30 });
  });
});

describe('computeIndex options and guards', () => {
  const aggregates = aggregateByUnit(compiled, responses);

  it('a single-number target applies to the overall index and every criterion', () => {
    const r = computeIndex(HAND, aggregates, { targets: { units: { A: 83 } } });
    const a = r.units.find((u) => u.unit === 'A')!;
    expect([a.overall.target, ...a.criteria.map((c) => c.target)]).toEqual([83, 83, 83]);
    expect(r.units.find((u) => u.unit === 'B')!.overall.target).toBeNull();
  });

  it('units without a peer group are ranked together; minSample is configurable', () => {
    const r = computeIndex(compiled, aggregates, { minSample: 2 });
    expect(r.units.map((u) => [u.unit, u.peerGroup, u.rank, u.lowSample])).toEqual([
      ['B', null, 1, true],
      ['C', null, 1, false],
      ['A', null, 3, false],
      ['D', null, null, true],
    ]);
  });

  it('refuses aggregates of another questionnaire or another version', () => {
    const other = compileQuestionnaire({ ...HAND, title: 'Phiên bản 2' });
    const foreign = aggregateByUnit(other, responses);
    expect(() => computeIndex(compiled, foreign)).toThrow(/phiên bản khác/);
    expect(() => computeIndex(compiled, { X: { ...aggregates.A!, questionnaire: 'KHAC' } })).toThrow(/KHAC/);
    // A previous period measured with another version is still compared, and says so.
    const r = computeIndex(compiled, aggregates, { previous: foreign });
    expect(r.units.find((u) => u.unit === 'A')!.overall.change!.sameVersion).toBe(false);
    expect(() => computeIndex(compiled, aggregates, { minSample: -1 })).toThrow(RangeError);
  });
});

describe('competitionRanks', () => {
  it('compares values rounded to 2 decimals as printed: 1, 2, 2, 4', () => {
    expect(competitionRanks([90, 74.456, 74.4649, 70, null])).toEqual([1, 2, 2, 4, null]);
    expect(competitionRanks([74.454, 74.456])).toEqual([2, 1]);
    expect(competitionRanks([])).toEqual([]);
  });
});
