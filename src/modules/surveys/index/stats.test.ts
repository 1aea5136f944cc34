import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  additionalSampleNeeded,
  normalCdf,
  sampleSd,
  sampleVariance,
  twoProportionZTest,
  twoSidedP,
  welchZTest,
  wilsonInterval,
} from './stats.ts';

const moments = (xs: number[]) => ({
  n: xs.length,
  sum: xs.reduce((a, b) => a + b, 0),
  sumSq: xs.reduce((a, b) => a + b * b, 0),
});

describe('normal distribution', () => {
  it('matches reference values (1e-13 within 3 sd, 1e-7 in the far tail)', () => {
    const reference: [number, number][] = [
      [0, 0.5],
      [1.96, 0.9750021048517795],
      [-1, 0.15865525393145707],
      [-3, 0.0013498980316300957],
      [-6, 9.865876450377012e-10],
      [-8, 6.220960574271819e-16],
      [2.5, 0.9937903346742238],
    ];
    for (const [x, p] of reference) {
      expect(Math.abs(normalCdf(x) - p) / p).toBeLessThan(Math.abs(x) <= 3 ? 1e-13 : 1e-7);
    }
  });

  it('gives the familiar two-sided p-values', () => {
    expect(twoSidedP(1.96)).toBeCloseTo(0.05, 4);
    expect(twoSidedP(-2.576)).toBeCloseTo(0.01, 4);
    expect(twoSidedP(0)).toBe(1);
  });
});

describe('intervals', () => {
  it('Wilson matches published values', () => {
    // Newcombe (1998), table I: 81/263 → 0.2553–0.3662; 0/10 → 0–0.2775.
    const a = wilsonInterval(81, 263);
    expect(a.low).toBeCloseTo(0.2553, 4);
    expect(a.high).toBeCloseTo(0.3662, 4);
    const b = wilsonInterval(0, 10);
    expect(b.low).toBe(0);
    expect(b.high).toBeCloseTo(0.2775, 4);
  });

  it('Wilson always contains the observed proportion and stays in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, f) => {
          const x = Math.round(f * n);
          const { low, high } = wilsonInterval(x, n);
          expect(low).toBeGreaterThanOrEqual(0);
          expect(high).toBeLessThanOrEqual(1);
          expect(low).toBeLessThanOrEqual(x / n + 1e-12);
          expect(high).toBeGreaterThanOrEqual(x / n - 1e-12);
        },
      ),
    );
  });

  it('sample variance from moments equals the two-pass formula and is never negative', () => {
    expect(sampleVariance(moments([1, 0.75, 0, 1]))).toBeCloseTo(0.22395833333333334, 15);
    expect(sampleVariance(moments([0.7, 0.7, 0.7]))).toBe(0);
    expect(sampleVariance(moments(Array.from({ length: 1001 }, () => 1 / 3)))).toBe(0);
    expect(sampleVariance(moments([...Array.from({ length: 100_000 }, () => 0.5), 0.51]))).toBeGreaterThan(0);
    expect(sampleSd(moments([1]))).toBeNull();
  });
});

describe('tests of change', () => {
  it('two-proportion z-test (pooled) on a worked example', () => {
    // 60/100 vs 45/100: pooled p = 0.525, SE = √(0.525·0.475·0.02) = 0.070622…, z = 2.1240
    const t = twoProportionZTest(60, 100, 45, 100)!;
    expect(t.z).toBeCloseTo(2.12398, 4);
    expect(t.p).toBeCloseTo(0.03367, 4);
    expect(twoProportionZTest(10, 10, 20, 20)).toEqual({ z: 0, p: 1 });
    expect(twoProportionZTest(1, 1, 0, 0)).toBeNull();
  });

  it('Welch z-test on respondent-level moments', () => {
    const a = moments([1, 0.5, 1, 1, 0.5, 1]);
    const b = moments([0, 0.5, 0.5, 1, 0, 0.5]);
    // means 0.8333 and 0.4167; variances 0.066667 and 0.141667; SE = √(0.034722) = 0.186339
    const t = welchZTest(5 / 12, a, b)!;
    expect(t.z).toBeCloseTo(2.23607, 4);
    expect(welchZTest(0.1, moments([1]), b)).toBeNull();
  });
});

describe('sample planner', () => {
  it('asks 385 responses for ±5 points at the worst case sd of 50 points', () => {
    expect(additionalSampleNeeded(50, 0, 5)).toBe(385);
    expect(additionalSampleNeeded(50, 100, 5)).toBe(285);
    expect(additionalSampleNeeded(50, 1000, 5)).toBe(0);
    expect(additionalSampleNeeded(30, 0, 3)).toBe(385);
  });
});
