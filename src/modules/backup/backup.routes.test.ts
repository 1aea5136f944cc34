import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createTestApp, login } from '../../../test/app.ts';
import { buildTwoUnitTree, TEST_PASSWORD } from '../../../test/factories.ts';
import { createApp } from '../../server/app.ts';

/** The whole database leaves the server only to a top-level admin or the local `hailong backup`. */
const t = await createTestApp();
await buildTwoUnitTree(t.ctx);

describe('GET /api/v1/admin/backup', { timeout: 60_000 }, () => {
  it('gives a top-level admin the whole database as a backup file', async () => {
    const root = await login(t.app, 'admin.t', TEST_PASSWORD);
    const res = await t.app.request('/api/v1/admin/backup', { headers: root.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.hailong.backup+gzip');
    const lines = gunzipSync(Buffer.from(await res.arrayBuffer()))
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ format: 'hailong-backup', version: 1 });
    expect(lines.at(-1)).toMatchObject({ end: true, counts: { units: 3, users: 3 } });
    expect(lines.some((l) => l.code === 'B' && l.name === 'Xã Bình')).toBe(true);
  });

  it('refuses a unit admin, an anonymous caller and a wrong local key', async () => {
    const ward = await login(t.app, 'admin.a', TEST_PASSWORD);
    expect((await t.app.request('/api/v1/admin/backup', { headers: ward.headers })).status).toBe(403);
    expect((await t.app.request('/api/v1/admin/backup')).status).toBe(401);
    const app = createApp(t.ctx, {
      engine: t.database.engine,
      webDir: '/nonexistent',
      cookieSecure: false,
      version: 'test',
      backupKey: 'k'.repeat(64),
    });
    const wrong = await app.request('/api/v1/admin/backup', {
      headers: { 'x-hailong-backup-key': 'x'.repeat(64) },
    });
    expect(wrong.status).toBe(403);
    const right = await app.request('/api/v1/admin/backup', {
      headers: { 'x-hailong-backup-key': 'k'.repeat(64) },
    });
    expect(right.status).toBe(200);
    await right.arrayBuffer();
  });
});
