import type { AppContext } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { SlidingWindowLimiter } from '../lib/rate-limit.ts';

/**
 * A per-address limit for one public endpoint: at most `perMinute` requests from one client
 * address in any minute, else RATE_LIMITED (429 with Retry-After) saying what was limited. One
 * limiter per app (a test app gets its own). The dossier lookup and survey posting have their own,
 * stricter, rules.
 */
export function publicLimit(perMinute: number, what: string) {
  const limiters = new WeakMap<object, SlidingWindowLimiter>();
  return (ctx: AppContext, clientAddress: string | undefined): void => {
    let limiter = limiters.get(ctx);
    if (!limiter) {
      limiter = new SlidingWindowLimiter(perMinute, 60_000);
      limiters.set(ctx, limiter);
    }
    const key = clientAddress || 'unknown';
    const now = ctx.now().getTime();
    if (limiter.take(key, now)) return;
    const retryAfterSeconds = limiter.retryAfter(key, now);
    throw new AppError(
      'RATE_LIMITED',
      `Quá nhiều lượt ${what} từ cùng một địa chỉ (tối đa ${perMinute} lượt mỗi phút). Vui lòng thử lại sau ${retryAfterSeconds} giây.`,
      { retryAfterSeconds, limit: perMinute, windowSeconds: 60 },
    );
  };
}
