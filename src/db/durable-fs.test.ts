import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { DurableNodeFS } from './durable-fs.ts';
import { queryRows } from './rows.ts';

const dir = mkdtempSync(join(tmpdir(), 'hailong-durable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the embedded database on a folder', { timeout: 120_000 }, () => {
  it('flushes every commit to disk before acknowledging it', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'db'), command: 'test' });
    try {
      const show = async (name: string) =>
        (await queryRows<Record<string, string>>(database.db, sql.raw(`show ${name}`)))[0]![name];
      expect(await show('fsync')).toBe('on');
      expect(await show('synchronous_commit')).toBe('on');
      expect(await show('full_page_writes')).toBe('on');
      await database.db.execute(sql`create table probe (id int)`);
      for (let i = 0; i < 5; i++) {
        const before = DurableNodeFS.syncs;
        await database.db.execute(sql`insert into probe values (${i})`);
        // The WAL reached the disk (fsync on its file) before the insert returned.
        expect(DurableNodeFS.syncs).toBeGreaterThan(before);
      }
    } finally {
      await database.close();
    }
  });
});
