/**
 * When to try a message again (pure): 1 min after the first failed attempt, then 2, 4, 8 … minutes,
 * never more than 6 hours, each delay spread ±20 % at random so that messages which failed together
 * (a provider outage) do not all come back in the same second.
 */
export const BASE_DELAY_MS = 60_000;
export const MAX_DELAY_MS = 6 * 60 * 60_000;
export const JITTER = 0.2;

/** Delay after the `attempt`-th failed attempt (1-based); `random` in [0, 1). */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  const base = Math.min(BASE_DELAY_MS * 2 ** exponent, MAX_DELAY_MS);
  const spread = 1 - JITTER + 2 * JITTER * random();
  return Math.round(Math.min(base * spread, MAX_DELAY_MS));
}
