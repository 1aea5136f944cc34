import type { AppContext } from '../../lib/context.ts';
import { SlidingWindowLimiter } from '../../lib/rate-limit.ts';
import { lookupRateLimited } from './dossiers.errors.ts';

/**
 * The public dossier lookup is limited per client address, so codes cannot be tried in bulk:
 * LOOKUPS_PER_MINUTE in any minute and LOOKUPS_PER_HOUR in any hour. A citizen checks a dossier
 * a few times; a one-stop desk's Wi-Fi, where many applicants share one address, stays well
 * below these. Beyond guessing codes (which shows only that a dossier exists), the hourly cap
 * makes trying check values hopeless (2^30 values, 300 tries an hour).
 */
export const LOOKUPS_PER_MINUTE = 30;
export const LOOKUPS_PER_HOUR = 300;

const limiters = new WeakMap<object, [SlidingWindowLimiter, SlidingWindowLimiter]>();

/** Other limits for one app (the benchmark measures the lookup itself from one address, not the limiter). */
export function setLookupLimits(ctx: AppContext, perMinute: number, perHour: number): void {
  limiters.set(ctx, [
    new SlidingWindowLimiter(perMinute, 60_000),
    new SlidingWindowLimiter(perHour, 3_600_000),
  ]);
}

function limitersOf(ctx: AppContext): [SlidingWindowLimiter, SlidingWindowLimiter] {
  let pair = limiters.get(ctx);
  if (!pair) {
    pair = [
      new SlidingWindowLimiter(LOOKUPS_PER_MINUTE, 60_000),
      new SlidingWindowLimiter(LOOKUPS_PER_HOUR, 3_600_000),
    ];
    limiters.set(ctx, pair);
  }
  return pair;
}

/** Count one lookup from `clientAddress`; RATE_LIMITED (429, details.retryAfterSeconds) when over a limit. */
export function limitLookup(ctx: AppContext, clientAddress: string | undefined): void {
  const key = clientAddress || 'unknown';
  const now = ctx.now().getTime();
  const [minute, hour] = limitersOf(ctx);
  for (const limiter of [minute, hour]) {
    if (!limiter.take(key, now)) {
      const retryAfterSeconds = limiter.retryAfter(key, now);
      const per = limiter === minute ? 'mỗi phút' : 'mỗi giờ';
      throw lookupRateLimited(limiter.limit, per, retryAfterSeconds, limiter.windowMs / 1000);
    }
  }
}
