import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/errors.ts';
import { errorHandler } from './error-handler.ts';

/** Whatever goes wrong, the client gets the one error shape, and its own mistakes are never a 500. */
function appThrowing(error: Error) {
  const app = new Hono();
  app.onError(errorHandler(pino({ level: 'silent' })) as never);
  app.get('/x', () => {
    throw error;
  });
  return app;
}

describe('error handler', () => {
  it('always gives details as an object, whatever the thrower passed', async () => {
    const cases: [AppError, unknown][] = [
      [new AppError('NOT_FOUND', 'Không thấy.'), {}],
      [new AppError('BAD_REQUEST', 'Sai.', undefined), {}],
      [new AppError('BAD_REQUEST', 'Sai.', null), {}],
      [new AppError('BAD_REQUEST', 'Sai.', ['a']), { value: ['a'] }],
      [new AppError('BAD_REQUEST', 'Sai.', { field: 'x' }), { field: 'x' }],
    ];
    for (const [error, details] of cases) {
      const body = (await (await appThrowing(error).request('/x')).json()) as { error: unknown };
      expect(body.error).toEqual({ code: error.code, message: error.message, details });
    }
  });

  it('tells every rate-limited client when to come back (Retry-After), whichever limiter refused', async () => {
    const limited = await appThrowing(
      new AppError('RATE_LIMITED', 'Quá nhiều.', { retryAfterSeconds: 12.2 }),
    ).request('/x');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('13');
    const throttled = await appThrowing(
      new AppError('LOGIN_THROTTLED', 'Chờ.', { retryAfterSeconds: 4 }),
    ).request('/x');
    expect(throttled.headers.get('Retry-After')).toBe('4');
    const other = await appThrowing(new AppError('BAD_REQUEST', 'Sai.', { retryAfterSeconds: 4 })).request(
      '/x',
    );
    expect(other.headers.get('Retry-After')).toBeNull();
  });

  it('keeps a framework client error (415, 405…) a client error with the usual body', async () => {
    const res = await appThrowing(new HTTPException(415)).request('/x');
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({
      error: {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Kiểu nội dung gửi lên không được hỗ trợ (Content-Type).',
        details: {},
      },
    });
    const other = await appThrowing(new HTTPException(405)).request('/x');
    expect(other.status).toBe(405);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('METHOD_NOT_ALLOWED');
    const teapot = await appThrowing(new HTTPException(418)).request('/x');
    expect(teapot.status).toBe(400);
  });

  it('hides the cause of an unexpected failure behind a request id', async () => {
    const res = await appThrowing(new Error('secret detail')).request('/x');
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('INTERNAL');
    expect(JSON.stringify(body)).not.toContain('secret detail');
  });
});
