import type { Context } from 'hono';
import { AppError } from '../lib/errors.ts';

/**
 * Every 429 tells the client when to come back: the limiters put `retryAfterSeconds` in the
 * error's details, and this turns it into the `Retry-After` header, in the one error handler of
 * the API and in Open311's, so no route has to catch its own limiter's error.
 */
export function setRetryAfter(c: Context, err: unknown): void {
  if (!(err instanceof AppError) || err.status !== 429) return;
  const seconds = (err.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0)
    c.header('Retry-After', String(Math.ceil(seconds)));
}
