import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire, type Questionnaire } from '../questionnaires/questionnaire.ts';
import { compileQuestionnaire } from '../questionnaires/questionnaire-compile.ts';
import { computeIndex, type IndexOptions, type IndexResult } from './index-engine.ts';
import {
  aggregateByUnit,
  mergeAggregates,
  type UnitAggregate,
  type UnitResponseInput,
} from './index-engine-aggregate.ts';
import { rankKey } from './index-engine-rank.ts';

/**
 * Properties of the index engine over random questionnaires (1–3 criteria, 1–4 questions, 2–5
 * options scored 0, 1, 0.5, null or anything in [0, 1], random positive weights) and random
 * responses (blanks, "no opinion", several units in two peer groups).
 */

const UNITS = ['U1', 'U2', 'U3', 'U4', 'U5'];
const peerGroups = { U1: 'g1', U2: 'g1', U3: 'g1', U4: 'g2', U5: 'g2' };

const score = fc.oneof(
  fc.constant(0),
  fc.constant(1),
  fc.constant(0.5),
  fc.constant(null),
  // Real scores are tenths or quarters; subnormal numbers (1e-323) would only test float underflow.
  fc.double({ min: 0, max: 1, noNaN: true }).filter((x) => x === 0 || x > 1e-6),
);
const weight = fc.oneof(fc.constant(1), fc.double({ min: 0.05, max: 20, noNaN: true }));

const questionnaireArb = fc
  .array(
    fc.record({
      weight,
      questions: fc.array(
        fc.record({
          weight,
          scores: fc.array(score, { minLength: 2, maxLength: 5 }).filter((s) => s.some((x) => x !== null)),
          valueBase: fc.integer({ min: -2, max: 3 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((criteria): Questionnaire => {
    const r = parseQuestionnaire({
      code: 'PROP',
      title: 'Phiếu ngẫu nhiên',
      criteria: criteria.map((c, i) => ({
        code: `C${i + 1}`,
        title: `Tiêu chí ${i + 1}`,
        weight: c.weight,
        questions: c.questions.map((q, j) => ({
          code: `C${i + 1}.${j + 1}`,
          text: `Câu ${j + 1}`,
          weight: q.weight,
          options: q.scores.map((s, k) => ({
            value: q.valueBase + k,
            label: `Phương án ${k + 1}`,
            score: s,
          })),
        })),
      })),
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.questionnaire;
  });

const questionsOf = (q: Questionnaire) => q.criteria.flatMap((c) => c.questions);

/** Random responses for a questionnaire: each question blank or one of its option values. */
const responsesArb = (q: Questionnaire, maxLength = 40) =>
  fc.array(
    fc.record({
      unit: fc.constantFrom(...UNITS),
      answers: fc.tuple(
        ...questionsOf(q).map((question) =>
          fc.option(fc.constantFrom(...question.options.map((o) => o.value)), { nil: undefined, freq: 4 }),
        ),
      ),
    }),
    { maxLength },
  );

const caseArb = questionnaireArb.chain((q) => fc.tuple(fc.constant(q), responsesArb(q)));

/** Responses keyed by code, as the database layer would pass them. */
function byCode(
  q: Questionnaire,
  rows: { unit: string; answers: (number | undefined)[] }[],
): UnitResponseInput[] {
  const codes = questionsOf(q).map((x) => x.code);
  return rows.map((r) => ({
    unit: r.unit,
    answers: Object.fromEntries(
      codes.flatMap((code, i) => (r.answers[i] === undefined ? [] : [[code, r.answers[i]!]])),
    ),
  }));
}

function run(q: Questionnaire, rows: UnitResponseInput[], options: IndexOptions = {}): IndexResult {
  const compiled = compileQuestionnaire(q);
  return computeIndex(compiled, aggregateByUnit(compiled, rows), { peerGroups, ...options });
}

/** Deep equality where numbers may differ by floating-point noise (1e-9 relative). */
function expectClose(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
    if (!(Math.abs(actual - expected) <= tolerance) && !(Number.isNaN(actual) && Number.isNaN(expected))) {
      throw new Error(`${path}: ${actual} ≠ ${expected}`);
    }
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object', path).toBe(true);
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual as object)]);
    for (const key of keys) {
      expectClose(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
    }
    return;
  }
  expect(actual, path).toEqual(expected);
}

/** Just the index figures (no ranks, which can legitimately flip on a rounding boundary). */
function figures(r: IndexResult) {
  return r.units.map((u) => ({
    unit: u.unit,
    responses: u.responses,
    overall: [u.overall.index, u.overall.ciLow, u.overall.ciHigh],
    criteria: u.criteria.map((c) => ({
      c: [c.index, c.ciLow, c.ciHigh],
      q: c.questions.map((x) => [x.index, x.ciLow, x.ciHigh, x.answered, x.distribution]),
    })),
  }));
}

function shuffle<T>(list: T[], keys: number[]): T[] {
  return list
    .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)]! * 1000 + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

describe('index engine properties', () => {
  it('indexes lie in [0, 100], ciLow ≤ index ≤ ciHigh, distributions sum to 100 when answered', () => {
    fc.assert(
      fc.property(caseArb, ([q, rows]) => {
        const r = run(q, byCode(q, rows));
        const check = (e: { index: number | null; ciLow: number | null; ciHigh: number | null }) => {
          if (e.index === null) {
            expect([e.ciLow, e.ciHigh]).toEqual([null, null]);
            return;
          }
          expect(e.index).toBeGreaterThanOrEqual(0);
          expect(e.index).toBeLessThanOrEqual(100);
          expect(e.ciLow!).toBeGreaterThanOrEqual(0);
          expect(e.ciLow!).toBeLessThanOrEqual(e.index);
          expect(e.ciHigh!).toBeGreaterThanOrEqual(e.index);
          expect(e.ciHigh!).toBeLessThanOrEqual(100);
        };
        for (const u of r.units) {
          check(u.overall);
          for (const c of u.criteria) {
            check(c);
            for (const x of c.questions) {
              check(x);
              const total = Object.values(x.distribution).reduce((a, b) => a + b, 0);
              if (x.answered > 0) expect(Math.abs(total - 100)).toBeLessThanOrEqual(1e-9);
              else expect(x.index).toBeNull();
            }
          }
        }
      }),
    );
  });

  it('matches a direct, naive computation of the rules from the raw responses', () => {
    fc.assert(
      fc.property(caseArb, ([q, rows]) => {
        const r = run(q, byCode(q, rows));
        const questions = questionsOf(q);
        for (const u of r.units) {
          const mine = rows.filter((row) => row.unit === u.unit);
          expect(u.responses).toBe(mine.length);
          let offset = 0;
          q.criteria.forEach((criterion, ci) => {
            criterion.questions.forEach((question, qi) => {
              const scores = mine
                .map((row) => question.options.find((o) => o.value === row.answers[offset + qi])?.score)
                .filter((s): s is number => typeof s === 'number');
              const got = u.criteria[ci]!.questions[qi]!;
              expect(got.answered).toBe(scores.length);
              if (scores.length === 0) expect(got.index).toBeNull();
              else
                expect(got.index!).toBeCloseTo((100 * scores.reduce((a, b) => a + b, 0)) / scores.length, 9);
            });
            offset += criterion.questions.length;
          });
          expect(questions.length).toBe(offset);
        }
      }),
    );
  });

  it('does not depend on the order of the responses', () => {
    fc.assert(
      fc.property(
        caseArb.chain(([q, rows]) =>
          fc.tuple(fc.constant(q), fc.constant(rows), fc.array(fc.nat(), { minLength: 1 })),
        ),
        ([q, rows, keys]) => {
          const a = run(q, byCode(q, rows));
          const b = run(q, byCode(q, shuffle(rows, keys)));
          expectClose(figures(b), figures(a));
        },
      ),
    );
  });

  it('merging the aggregates of two halves equals aggregating the whole', () => {
    fc.assert(
      fc.property(
        caseArb.chain(([q, rows]) =>
          fc.tuple(fc.constant(q), fc.constant(rows), fc.nat({ max: rows.length })),
        ),
        ([q, rows, cut]) => {
          const compiled = compileQuestionnaire(q);
          const all = byCode(q, rows);
          const whole = aggregateByUnit(compiled, all);
          const first = aggregateByUnit(compiled, all.slice(0, cut));
          const second = aggregateByUnit(compiled, all.slice(cut));
          const merged: Record<string, UnitAggregate> = { ...first };
          for (const [unit, a] of Object.entries(second)) {
            merged[unit] = merged[unit] ? mergeAggregates(merged[unit]!, a) : a;
          }
          expectClose(merged, whole);
          expectClose(figures(computeIndex(compiled, merged)), figures(computeIndex(compiled, whole)));
        },
      ),
    );
  });

  it('a response with no scored answer (blank or "no opinion") changes no index', () => {
    fc.assert(
      fc.property(
        caseArb.chain(([q, rows]) =>
          fc.tuple(fc.constant(q), fc.constant(rows), fc.constantFrom(...UNITS), fc.array(fc.boolean())),
        ),
        ([q, rows, unit, pickNoOpinion]) => {
          const unscored = questionsOf(q).map((question, i) => {
            const na = question.options.find((o) => o.score === null);
            return na && pickNoOpinion[i % Math.max(1, pickNoOpinion.length)] ? na.value : undefined;
          });
          const before = run(q, byCode(q, rows));
          const after = run(q, byCode(q, [...rows, { unit, answers: unscored }]));
          // Every unit is listed in peerGroups, so every unit appears in both results.
          const strip = (r: IndexResult) => figures(r).map(({ responses: _, ...rest }) => rest);
          expect(strip(after)).toEqual(strip(before));
          const added = after.units.find((u) => u.unit === unit)!;
          expect(added.responses).toBe(rows.filter((r) => r.unit === unit).length + 1);
        },
      ),
    );
  });

  it('scaling every weight by a constant changes nothing', () => {
    const scale = (q: Questionnaire, k: number): Questionnaire => ({
      ...q,
      criteria: q.criteria.map((c) => ({
        ...c,
        weight: c.weight * k,
        questions: c.questions.map((x) => ({ ...x, weight: x.weight * k })),
      })),
    });
    const strip = (r: IndexResult) => r.units.map(({ sample: _, ...u }) => u);
    fc.assert(
      fc.property(caseArb, fc.constantFrom(0.25, 0.5, 2, 8, 1024), ([q, rows], k) => {
        // Powers of two scale exactly in binary floating point: everything, ranks included, is identical.
        const a = run(q, byCode(q, rows));
        const b = run(scale(q, k), byCode(q, rows));
        expect(strip(b)).toEqual(strip(a));
      }),
    );
    fc.assert(
      fc.property(caseArb, fc.double({ min: 0.01, max: 100, noNaN: true }), ([q, rows], k) => {
        expectClose(figures(run(scale(q, k), byCode(q, rows))), figures(run(q, byCode(q, rows))));
      }),
    );
  });

  it('ranks follow the 1, 2, 2, 4 rule inside each peer group', () => {
    fc.assert(
      fc.property(caseArb, ([q, rows]) => {
        const r = run(q, byCode(q, rows));
        for (const group of ['g1', 'g2']) {
          const members = r.units.filter((u) => u.peerGroup === group);
          const ranked = members.filter((u) => u.responses > 0 && u.overall.index !== null);
          for (const u of members) {
            expect(u.rankOf).toBe(ranked.length);
            if (!ranked.includes(u)) {
              expect(u.rank).toBeNull();
              continue;
            }
            const above = ranked.filter((v) => rankKey(v.overall.index!) > rankKey(u.overall.index!)).length;
            expect(u.rank).toBe(above + 1);
          }
        }
      }),
    );
  });

  it("a unit's figures come only from its own responses", () => {
    fc.assert(
      fc.property(caseArb, ([q, rows]) => {
        const all = run(q, byCode(q, rows));
        for (const unit of new Set(rows.map((r) => r.unit))) {
          const alone = run(
            q,
            byCode(
              q,
              rows.filter((r) => r.unit === unit),
            ),
          );
          const only = (r: IndexResult) => figures(r).filter((u) => u.unit === unit);
          expect(only(alone)).toEqual(only(all));
        }
      }),
    );
  });
});
