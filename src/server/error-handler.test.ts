import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
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
  it('keeps a framework client error (415, 405…) a client error with the usual body', async () => {
    const res = await appThrowing(new HTTPException(415)).request('/x');
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({
      error: {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Kiểu nội dung gửi lên không được hỗ trợ (Content-Type).',
      },
    });
    const other = await appThrowing(new HTTPException(405)).request('/x');
    expect(other.status).toBe(400);
  });

  it('hides the cause of an unexpected failure behind a request id', async () => {
    const res = await appThrowing(new Error('secret detail')).request('/x');
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('INTERNAL');
    expect(JSON.stringify(body)).not.toContain('secret detail');
  });
});
