import { existsSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import { errorHandler } from './error-handler.ts';

/**
 * A full disk is not "an internal error": the person gets a message that says so (507 DISK_FULL),
 * and the log line an operator reads names the cause.
 */
const database = await createTestDatabase();
afterAll(() => database.close());

function appWithLog(handler: () => unknown) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const app = new Hono();
  app.onError(errorHandler(pino({ level: 'info' }, sink)) as never);
  app.get('/x', async () => {
    await handler();
    return new Response('ok');
  });
  return { app, lines };
}

describe('disk full', () => {
  it('names disk_full (SQLSTATE 53100) from the database in the answer and the log', async () => {
    // The database reports a full disk with SQLSTATE 53100, through the real driver and Drizzle.
    const { app, lines } = appWithLog(() =>
      database.db.execute(
        sql`do $$ begin raise exception 'could not extend file: No space left on device' using errcode = '53100'; end $$`,
      ),
    );
    const res = await app.request('/x');
    expect(res.status).toBe(507);
    const body = (await res.json()) as { error: { code: string; message: string; details: unknown } };
    expect(body.error.code).toBe('DISK_FULL');
    expect(body.error.message).toContain('Ổ đĩa của máy chủ đã đầy');
    expect(body.error.details).toEqual({ cause: 'disk_full (53100)' });
    expect(lines.some((l) => l.code === 'DISK_FULL' && String(l.msg).includes('DISK_FULL'))).toBe(true);
  });

  it.skipIf(!existsSync('/dev/full'))('names ENOSPC from the file system', async () => {
    // Linux's /dev/full answers every write with ENOSPC, as a full disk does.
    const { app, lines } = appWithLog(() => writeFileSync('/dev/full', 'x'));
    const res = await app.request('/x');
    expect(res.status).toBe(507);
    const body = (await res.json()) as { error: { code: string; details: unknown } };
    expect(body.error).toMatchObject({ code: 'DISK_FULL', details: { cause: 'ENOSPC' } });
    expect(lines.some((l) => l.code === 'DISK_FULL')).toBe(true);
  });
});
