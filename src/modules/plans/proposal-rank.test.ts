import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CriterionFigure, rankCriteria } from './proposal-rank.ts';

const figure = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });

const criteria = fc
  .uniqueArray(fc.stringMatching(/^C[1-9]$/), { minLength: 0, maxLength: 9 })
  .chain((codes) =>
    fc.tuple(
      ...codes.map((code) =>
        fc.record({
          code: fc.constant(code),
          title: fc.constant(`Tiêu chí ${code}`),
          index: figure,
          target: figure,
        }),
      ),
    ),
  ) as fc.Arbitrary<CriterionFigure[]>;

const measuresOf = (list: CriterionFigure[]) =>
  Object.fromEntries(list.map((c, i) => [c.code, Array.from({ length: i % 3 }, (_, k) => `${c.code}-${k}`)]));

describe('which measures a new plan proposes, and in which order', () => {
  it('ticks exactly the criteria under their target (their own, else the overall one)', () => {
    fc.assert(
      fc.property(criteria, figure, (list, overall) => {
        const ranked = rankCriteria(list, overall, measuresOf(list));
        for (const r of ranked) {
          const c = list.find((x) => x.code === r.code)!;
          const target = c.target ?? overall;
          expect(r.chosen).toBe(c.index !== null && target !== null && c.index < target);
          expect(r.target).toBe(target);
          expect(r.targetFrom).toBe(c.target !== null ? 'criterion' : overall !== null ? 'overall' : null);
          expect(r.measures).toEqual(measuresOf(list)[c.code]);
        }
      }),
    );
  });

  it('orders by gap, largest shortfall first, criteria without a gap last, ties in the questionnaire’s order', () => {
    fc.assert(
      fc.property(criteria, figure, (list, overall) => {
        const ranked = rankCriteria(list, overall, {});
        expect(ranked.map((r) => r.code).sort()).toEqual(list.map((c) => c.code).sort());
        const position = (code: string) => list.findIndex((c) => c.code === code);
        for (let i = 1; i < ranked.length; i++) {
          const [a, b] = [ranked[i - 1]!, ranked[i]!];
          if (a.gap === null) expect(b.gap).toBeNull();
          if (a.gap !== null && b.gap !== null) expect(a.gap).toBeLessThanOrEqual(b.gap);
          if (a.gap === b.gap) expect(position(a.code)).toBeLessThan(position(b.code));
        }
        // Every ticked criterion comes before every unticked one.
        const firstUnticked = ranked.findIndex((r) => !r.chosen);
        if (firstUnticked >= 0) expect(ranked.slice(firstUnticked).some((r) => r.chosen)).toBe(false);
      }),
    );
  });

  it('ranks Phương Sài’s figures (seed 003): C1 72,27 and C6 73,22 first; C3 without its own target uses 83', () => {
    const ranked = rankCriteria(
      [
        { code: 'C1', title: 'Tiếp cận dịch vụ', index: 72.27, target: 83 },
        { code: 'C2', title: 'Điều kiện tiếp đón', index: 82.995, target: 83 },
        { code: 'C3', title: 'Thủ tục hành chính', index: 81, target: null },
        { code: 'C4', title: 'Sự phục vụ', index: 83.004, target: 83 },
        { code: 'C5', title: 'Kết quả', index: null, target: 83 },
        { code: 'C6', title: 'Phản hồi', index: 73.22, target: 83 },
      ],
      83,
      { C1: ['a'], C4: ['b'] },
    );
    expect(ranked.map((r) => [r.code, r.chosen])).toEqual([
      ['C1', true],
      ['C6', true],
      ['C3', true],
      ['C2', true],
      ['C4', false],
      ['C5', false],
    ]);
    expect(ranked[2]).toMatchObject({ target: 83, targetFrom: 'overall' });
    expect(ranked[0]!.gap).toBeCloseTo(-10.73, 10);
    expect(ranked.find((r) => r.code === 'C4')!.measures).toEqual(['b']);
  });
});
