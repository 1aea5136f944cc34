import type { AppContext } from '../../lib/context.ts';
import { SlidingWindowLimiter } from '../../lib/rate-limit.ts';
import { reportsRateLimited } from './feedback.errors.ts';

export { SlidingWindowLimiter };

/**
 * Anonymous submissions (the public form, Open311 without an API key) are limited per client
 * address: a sliding window of one minute, SUBMISSIONS_PER_MINUTE requests (well above the 10 a
 * minute the issue guarantees, so a family or an office behind one address is not refused).
 * In memory, per process: the product runs as one process. Addresses are held only in memory
 * and only for the window. Partners with an API key are not limited here (the key is revocable).
 */
export const SUBMISSIONS_PER_MINUTE = 30;
const limiters = new WeakMap<object, SlidingWindowLimiter>();

/** The one limiter of a running app (shared by the web form and Open311). */
export function submissionLimiter(ctx: AppContext): SlidingWindowLimiter {
  let limiter = limiters.get(ctx);
  if (!limiter) {
    limiter = new SlidingWindowLimiter(SUBMISSIONS_PER_MINUTE);
    limiters.set(ctx, limiter);
  }
  return limiter;
}

/** Throw RATE_LIMITED (429) when the address sent too many reports in the last minute. */
export function limitSubmission(ctx: AppContext, clientAddress: string | undefined): void {
  const key = clientAddress || 'unknown';
  const limiter = submissionLimiter(ctx);
  const now = ctx.now().getTime();
  if (!limiter.take(key, now)) {
    throw reportsRateLimited(limiter.limit, limiter.retryAfter(key, now));
  }
}
