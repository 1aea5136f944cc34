import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import { appliedMigrations, MIGRATIONS_FOLDER, migrateDatabase } from './migrate.ts';
import { queryRows } from './rows.ts';

/** A copy of the real migrations plus extra files, to see what a failing upgrade leaves behind. */
function folderWith(extra: { tag: string; sql: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'hailong-migrations-'));
  cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  const last = journal.entries.at(-1);
  extra.forEach((m, i) => {
    writeFileSync(join(dir, `${m.tag}.sql`), m.sql);
    journal.entries.push({
      idx: last.idx + i + 1,
      version: last.version,
      when: last.when + i + 1,
      tag: m.tag,
      breakpoints: true,
    });
  });
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

const database = await createTestDatabase();
const dirs: string[] = [];
afterAll(async () => {
  await database.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const tableExists = async (name: string) =>
  (
    await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from pg_tables where tablename = ${name}`,
    )
  )[0]!.n === 1;

describe('migrations', () => {
  it('leave the database at its previous version when one pending migration fails', async () => {
    const before = await appliedMigrations(database);
    const dir = folderWith([
      { tag: '9998_good', sql: 'CREATE TABLE upgrade_probe (id int);' },
      {
        tag: '9999_broken',
        sql: 'CREATE TABLE upgrade_probe_2 (id int);\n--> statement-breakpoint\nSELECT 1/0;',
      },
    ]);
    dirs.push(dir);
    await expect(migrateDatabase(database, dir)).rejects.toThrow();
    expect(await appliedMigrations(database)).toBe(before);
    expect(await tableExists('upgrade_probe')).toBe(false);
    expect(await tableExists('upgrade_probe_2')).toBe(false);
    expect(await tableExists('units')).toBe(true);
  });

  it('apply pending migrations once, and do nothing the second time', async () => {
    const before = await appliedMigrations(database);
    const dir = folderWith([{ tag: '9998_good', sql: 'CREATE TABLE upgrade_probe (id int);' }]);
    dirs.push(dir);
    await migrateDatabase(database, dir);
    await migrateDatabase(database, dir);
    expect(await appliedMigrations(database)).toBe(before + 1);
    expect(await tableExists('upgrade_probe')).toBe(true);
  });

  it('keep the audit log append-only at the database level', async () => {
    await database.db.execute(
      sql`insert into audit_log (at, actor_label, action, entity_type, entity_id, data, prev_hash, hash) values (now(), 't', 'a', 'e', '1', '{}', 'p', 'h')`,
    );
    const failure = (query: Promise<unknown>) =>
      query.then(
        () => 'accepted',
        (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
      );
    expect(await failure(database.db.execute(sql`update audit_log set action = 'x'`))).toMatch(
      /append-only \(UPDATE refused\)/,
    );
    expect(await failure(database.db.execute(sql`delete from audit_log`))).toMatch(
      /append-only \(DELETE refused\)/,
    );
  });
});
