import type { Context } from 'hono';
import type { Actor } from '../access/actor.ts';
import { AppError } from '../lib/errors.ts';
import type { AppEnv } from './env.ts';

/** The signed-in actor, or a 401. */
export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp tục.');
  return actor;
}

/**
 * Refuse unsafe requests that a browser says come from another site (Sec-Fetch-Site / Origin),
 * for the few cookie-setting routes that run before a CSRF token exists (login).
 */
export function sameOriginOnly(c: Context<AppEnv>): void {
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') {
    throw new AppError('CSRF_FAILED', 'Yêu cầu từ trang web khác bị từ chối.');
  }
  const origin = c.req.header('origin');
  if (origin && new URL(origin).host !== new URL(c.req.url).host) {
    throw new AppError('CSRF_FAILED', 'Yêu cầu từ trang web khác bị từ chối.');
  }
}

/** An uploaded file's name: the browser sends it percent-encoded (headers are ASCII). */
export function fileNameHeader(raw: string | undefined): string {
  if (!raw) return 'web';
  try {
    return decodeURIComponent(raw).slice(0, 200);
  } catch {
    return raw.slice(0, 200);
  }
}
