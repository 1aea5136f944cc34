import type { AppContext } from '../../../lib/context.ts';
import { SlidingWindowLimiter } from '../../../lib/rate-limit.ts';
import { downloadRateLimited } from './publications.errors.ts';

/**
 * A signed decision can be up to 10 MB: one address may fetch DOWNLOADS_PER_MINUTE of them in any
 * minute, plenty for people reading and sharing it, and no way to make the server send gigabytes.
 */
export const DOWNLOADS_PER_MINUTE = 20;

const limiters = new WeakMap<object, SlidingWindowLimiter>();

export function limitDownload(ctx: AppContext, clientAddress: string | undefined): void {
  let limiter = limiters.get(ctx);
  if (!limiter) {
    limiter = new SlidingWindowLimiter(DOWNLOADS_PER_MINUTE, 60_000);
    limiters.set(ctx, limiter);
  }
  const key = clientAddress || 'unknown';
  const now = ctx.now().getTime();
  if (!limiter.take(key, now)) throw downloadRateLimited(DOWNLOADS_PER_MINUTE, limiter.retryAfter(key, now));
}
