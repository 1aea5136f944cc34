import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from './rate-limit.ts';

describe('SlidingWindowLimiter', () => {
  it('refuses the hit over the limit inside the window and tells when to come back', () => {
    const limiter = new SlidingWindowLimiter(2, 60_000);
    expect(limiter.take('a', 0)).toBe(true);
    expect(limiter.take('a', 10_000)).toBe(true);
    expect(limiter.take('a', 20_000)).toBe(false);
    expect(limiter.retryAfter('a', 20_000)).toBe(40);
    expect(limiter.take('b', 20_000)).toBe(true);
    expect(limiter.take('a', 60_001)).toBe(true);
  });
});
