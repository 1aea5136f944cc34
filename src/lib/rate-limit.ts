/**
 * A sliding-window rate limiter: at most `limit` hits of a key in the last `windowMs`.
 * In memory, per process (the product runs as one process); keys are kept only for the window.
 * Pure: the caller passes the time, so tests and benchmarks can drive a simulated clock.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  readonly limit: number;
  readonly windowMs: number;

  constructor(limit: number, windowMs = 60_000) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

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
