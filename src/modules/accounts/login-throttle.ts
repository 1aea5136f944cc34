/**
 * Login throttle (pure): progressive delays instead of a lockout. A key — one username from one
 * client address, or one client address over every username — may fail a few times freely; after
 * that each new try waits 1 s, 2 s, 4 s … after the key's last failure, never more than 15 minutes.
 * Nobody can lock an account: the owner's own address (or any other) keeps its own count.
 */

/** Failures a username may have from one address before the delays start. */
export const FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS = 3;
/**
 * Failures one address may have over all usernames before the delays start: generous, because a
 * whole commune office may sit behind one address and its staff mistype too.
 */
export const FREE_FAILURES_PER_ADDRESS = 20;
/** The longest wait between two tries. */
export const MAX_DELAY_SECONDS = 15 * 60;
/** A username's failures from one address are forgotten after a day (or at its next success there). */
export const ACCOUNT_MEMORY_MS = 24 * 3600 * 1000;
/** An address's failures over all usernames are forgotten after an hour: a shared office recovers. */
export const ADDRESS_MEMORY_MS = 3600 * 1000;

export interface FailureCount {
  count: number;
  last: Date | null;
}

/** Seconds to wait after `count` failures, `free` of them free (0 while under the limit). */
export function delaySeconds(count: number, free: number): number {
  if (count < free) return 0;
  return Math.min(2 ** Math.min(count - free, 30), MAX_DELAY_SECONDS);
}

/** Whole seconds until the key may try again at `now` (0 = now). */
export function waitSeconds(failures: FailureCount, free: number, now: Date): number {
  const delay = delaySeconds(failures.count, free);
  if (delay === 0 || !failures.last) return 0;
  const until = failures.last.getTime() + delay * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

/** The wait for one attempt: the longer of the account-and-address wait and the address wait. */
export function loginWait(pair: FailureCount, address: FailureCount, now: Date): number {
  return Math.max(
    waitSeconds(pair, FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS, now),
    waitSeconds(address, FREE_FAILURES_PER_ADDRESS, now),
  );
}
