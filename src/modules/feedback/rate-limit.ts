import type { AppContext } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';

/**
 * Anonymous submissions (the public form, Open311 without an API key) are limited per client
 * address: a sliding window of one minute, SUBMISSIONS_PER_MINUTE requests (well above the 10 a
 * minute the issue guarantees, so a family or an office behind one address is not refused).
 * In memory, per process: the product runs as one process. Addresses are held only in memory
 * and only for the window. Partners with an API key are not limited here (the key is revocable).
 */
export const SUBMISSIONS_PER_MINUTE = 30;
const WINDOW_MS = 60_000;

export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs = WINDOW_MS,
  ) {}

  /** Count one request of `key` at `now` (ms); false when it is over the limit (and not counted). */
  take(key: string, now: number): boolean {
    const since = now - this.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > since && t <= now);
    if (list.length >= this.limit) {
      this.hits.set(key, list);
      return false;
    }
    list.push(now);
    this.hits.set(key, list);
    if (this.hits.size > 10_000) this.prune(since);
    return true;
  }

  /** Seconds until `key` may send again. */
  retryAfter(key: string, now: number): number {
    const oldest = (this.hits.get(key) ?? [])[0];
    return oldest === undefined ? 0 : Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
  }

  private prune(since: number): void {
    for (const [key, list] of this.hits) if (!list.some((t) => t > since)) this.hits.delete(key);
  }
}

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
    throw new AppError(
      'RATE_LIMITED',
      `Quá nhiều phản ánh gửi từ cùng một địa chỉ (tối đa ${limiter.limit} mỗi phút). Vui lòng thử lại sau ${limiter.retryAfter(key, now)} giây.`,
      { retryAfterSeconds: limiter.retryAfter(key, now) },
    );
  }
}
