import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../../http/env.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { SESSION_COOKIE } from '../../modules/accounts/accounts.routes.ts';
import { resolveApiToken, resolveSession } from '../../modules/accounts/accounts.service.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Find who is calling: a session cookie (browser) or a bearer token (machine client).
 * Cookie-authenticated writes must echo the session's CSRF token in `X-CSRF-Token`; token
 * clients are exempt because a browser never attaches their header by itself.
 */
export function authenticate(ctx: AppContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization?.startsWith('Bearer ')) {
      const actor = await resolveApiToken(ctx, authorization.slice(7).trim());
      if (!actor) throw new AppError('UNAUTHENTICATED', 'Khoá API không hợp lệ hoặc đã bị thu hồi.');
      c.set('actor', actor);
      return next();
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) {
      const session = await resolveSession(ctx, cookie);
      if (session) {
        c.set('actor', session.actor);
        c.set('sessionToken', cookie);
        c.set('csrfToken', session.csrfToken);
        if (UNSAFE.has(c.req.method) && c.req.header('x-csrf-token') !== session.csrfToken) {
          throw new AppError(
            'CSRF_FAILED',
            'Phiên làm việc không hợp lệ (thiếu mã CSRF). Hãy tải lại trang.',
          );
        }
      }
    }
    return next();
  };
}
