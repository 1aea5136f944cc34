import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileQuestionnaire } from '../questionnaires/questionnaire-compile.ts';
import { fixtureQuestionnaire, THREE_LEVEL, YES_NO, YES_NO_NO_OPINION } from '../testing/fixtures.ts';
import { aggregate, aggregateByUnit, type UnitAggregate } from './index-engine-aggregate.ts';
import { unitFigures } from './index-engine-figures.ts';
import { poolPredecessors, type SuccessionLink, unitHistory } from './index-history.ts';
import { period } from './period.ts';

const compiled = compileQuestionnaire(
  fixtureQuestionnaire({
    code: 'HIS',
    title: 'Phiếu thử lịch sử',
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
  }),
);

const UNITS = ['P1', 'P2', 'P3', 'P4'];
const answersArb = fc.record({
  A: fc.constantFrom(0, 1, 2, 9, null),
  B: fc.constantFrom(0, 1, 2, null),
  C: fc.constantFrom(0, 1, null),
});
const responsesArb = fc.array(fc.record({ unit: fc.constantFrom(...UNITS), answers: answersArb }), {
  minLength: 1,
  maxLength: 40,
});

function closeMoments(a: UnitAggregate, b: UnitAggregate) {
  expect(a.responses).toBe(b.responses);
  expect(a.questions).toEqual(b.questions);
  expect(a.overall.n).toBe(b.overall.n);
  expect(a.overall.sum).toBeCloseTo(b.overall.sum, 9);
  expect(a.overall.sumSq).toBeCloseTo(b.overall.sumSq, 9);
  for (const [code, m] of Object.entries(b.criteria)) {
    expect(a.criteria[code]!.n).toBe(m.n);
    expect(a.criteria[code]!.sum).toBeCloseTo(m.sum, 9);
  }
}

describe('poolPredecessors', () => {
  it('pools the raw sums of every transitive predecessor (A → B → C, D → C)', () => {
    const byUnit = aggregateByUnit(compiled, [
      { unit: 'A', answers: { A: 1, B: 2, C: 1 } },
      { unit: 'A', answers: { A: 0, B: 0, C: 0 } },
      { unit: 'D', answers: { A: 1, B: 1 } },
    ]);
    const links = [
      { predecessor: 'A', successor: 'B' },
      { predecessor: 'B', successor: 'C' },
      { predecessor: 'D', successor: 'C' },
    ];
    const pooled = poolPredecessors('C', links, byUnit);
    expect(pooled.predecessors).toEqual([
      { code: 'A', partial: false },
      { code: 'D', partial: false },
    ]);
    const all = aggregate(compiled, [
      { answers: { A: 1, B: 2, C: 1 } },
      { answers: { A: 0, B: 0, C: 0 } },
      { answers: { A: 1, B: 1 } },
    ]);
    closeMoments(pooled.aggregate!, all);
    // Not the mean of the two units' indexes: A has 2 respondents, D has 1.
    const meanOfIndexes =
      (unitFigures(compiled, byUnit.A).overall.index! + unitFigures(compiled, byUnit.D).overall.index!) / 2;
    expect(unitFigures(compiled, pooled.aggregate!).overall.index).not.toBeCloseTo(meanOfIndexes, 6);
  });

  it('counts a split predecessor in full for each successor, flagged partial', () => {
    const byUnit = aggregateByUnit(compiled, [{ unit: 'OLD', answers: { A: 1, B: 2, C: 1 } }]);
    const links = [
      { predecessor: 'OLD', successor: 'N1' },
      { predecessor: 'OLD', successor: 'N2' },
    ];
    for (const unit of ['N1', 'N2']) {
      const pooled = poolPredecessors(unit, links, byUnit);
      expect(pooled.predecessors).toEqual([{ code: 'OLD', partial: true }]);
      expect(pooled.aggregate!.responses).toBe(1);
    }
    // Split then merged back (OLD → N1, N2 → M): all of OLD ends up in M.
    const back = [...links, { predecessor: 'N1', successor: 'M' }, { predecessor: 'N2', successor: 'M' }];
    expect(poolPredecessors('M', back, byUnit).predecessors).toEqual([{ code: 'OLD', partial: false }]);
  });

  it('gives nothing for a unit without predecessors or whose predecessors have no responses', () => {
    expect(poolPredecessors('X', [], {})).toEqual({ aggregate: null, predecessors: [] });
    expect(poolPredecessors('X', [{ predecessor: 'Y', successor: 'X' }], {})).toEqual({
      aggregate: null,
      predecessors: [],
    });
  });

  it('property: the order of links and aggregates never changes the pooled figures', () => {
    fc.assert(
      fc.property(responsesArb, fc.integer({ min: 0, max: 1_000_000 }), (responses, seed) => {
        const byUnit = aggregateByUnit(compiled, responses);
        const links: SuccessionLink[] = [
          { predecessor: 'P1', successor: 'N' },
          { predecessor: 'P2', successor: 'N' },
          { predecessor: 'P3', successor: 'P2' },
          { predecessor: 'P4', successor: 'N' },
          { predecessor: 'P4', successor: 'OTHER' },
        ];
        const shuffle = <T>(xs: T[]) => {
          let s = seed;
          const out = [...xs];
          for (let i = out.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) % 2147483648;
            const j = s % (i + 1);
            [out[i], out[j]] = [out[j]!, out[i]!];
          }
          return out;
        };
        const reordered = Object.fromEntries(shuffle(Object.entries(byUnit)));
        const a = poolPredecessors('N', links, byUnit);
        const b = poolPredecessors('N', shuffle(links), reordered);
        expect(b).toEqual(a);
        // And it equals aggregating every predecessor's responses at once.
        const union = aggregate(
          compiled,
          responses.filter((r) => UNITS.includes(r.unit)),
        );
        closeMoments(a.aggregate!, union);
        expect(a.predecessors.find((p) => p.code === 'P4')?.partial ?? true).toBe(true);
      }),
    );
  });

  it('property: pooling one predecessor gives exactly its own figures', () => {
    fc.assert(
      fc.property(responsesArb, (responses) => {
        const byUnit = aggregateByUnit(compiled, responses);
        const [only] = Object.keys(byUnit);
        const pooled = poolPredecessors('N', [{ predecessor: only!, successor: 'N' }], byUnit);
        expect(pooled.aggregate).toEqual(byUnit[only!]);
        expect(unitFigures(compiled, pooled.aggregate!)).toEqual(unitFigures(compiled, byUnit[only!]));
      }),
    );
  });
});

describe('unitHistory', () => {
  const old = aggregateByUnit(compiled, [
    { unit: 'W1', answers: { A: 1, B: 2, C: 1 } },
    { unit: 'W2', answers: { A: 0, B: 0, C: 0 } },
    { unit: 'W2', answers: { A: 1, B: 1, C: 1 } },
  ]);
  const now = aggregateByUnit(compiled, [{ unit: 'NEW', answers: { A: 1, B: 2, C: 1 } }]);
  const links = [
    { predecessor: 'W1', successor: 'NEW' },
    { predecessor: 'W2', successor: 'NEW' },
  ];
  const names = { W1: 'Phường A', W2: 'Phường B', NEW: 'Phường Mới' };

  it('shows the predecessors pooled before the unit existed, its own figures after, oldest first', () => {
    const rows = unitHistory(
      compiled,
      { code: 'NEW', validFrom: '2025-07-01' },
      [
        { period: period('2026'), aggregates: now },
        { period: period('2024'), aggregates: old },
        { period: period('2025'), aggregates: {} },
      ],
      links,
      names,
    );
    expect(rows.map((r) => [r.period, r.source, r.n, r.rank])).toEqual([
      ['2024', 'predecessors', 3, null],
      ['2026', 'own', 1, null],
    ]);
    expect(rows[0]!.predecessors).toEqual([
      { code: 'W1', name: 'Phường A', partial: false },
      { code: 'W2', name: 'Phường B', partial: false },
    ]);
    expect(rows[0]!.index).toBeCloseTo(
      unitFigures(
        compiled,
        aggregate(compiled, [
          { answers: { A: 1, B: 2, C: 1 } },
          { answers: { A: 0, B: 0, C: 0 } },
          { answers: { A: 1, B: 1, C: 1 } },
        ]),
      ).overall.index!,
      9,
    );
  });

  it('never pools for a period that straddles the day the unit was created', () => {
    const rows = unitHistory(
      compiled,
      { code: 'NEW', validFrom: '2025-07-01' },
      [{ period: period('2025'), aggregates: { ...old, ...now } }],
      links,
      names,
    );
    expect(rows.map((r) => [r.period, r.source, r.n])).toEqual([['2025', 'own', 1]]);
  });
});
