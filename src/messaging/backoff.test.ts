import { describe, expect, it } from 'vitest';
import { MAX_DELAY_MS, retryDelayMs } from './backoff.ts';

const MIN = 60_000;

describe('retryDelayMs', () => {
  it('doubles from one minute (without jitter at the midpoint)', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(n, mid) / MIN)).toEqual([1, 2, 4, 8, 16, 32, 64]);
  });

  it('never exceeds six hours', () => {
    expect(retryDelayMs(9, () => 0.5)).toBe(256 * MIN);
    expect(retryDelayMs(10, () => 0.5)).toBe(MAX_DELAY_MS);
    expect(retryDelayMs(50, () => 0.999)).toBe(MAX_DELAY_MS);
  });

  it('spreads each delay by at most ±20 %', () => {
    expect(retryDelayMs(3, () => 0)).toBe(0.8 * 4 * MIN);
    expect(retryDelayMs(3, () => 0.999_999)).toBeCloseTo(1.2 * 4 * MIN, -2);
    for (let i = 0; i < 200; i++) {
      const d = retryDelayMs(2);
      expect(d).toBeGreaterThanOrEqual(0.8 * 2 * MIN);
      expect(d).toBeLessThanOrEqual(1.2 * 2 * MIN);
    }
  });
});
