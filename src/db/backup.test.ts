import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildDossierOf } from '../../test/dossier-factories.ts';
import { buildTwoUnitTree, buildUnit } from '../../test/factories.ts';
import { buildFeedbackOf } from '../../test/feedback-factories.ts';
import { withDatabase } from '../../test/global-setup.ts';
import { buildPlanOf } from '../../test/plan-factories.ts';
import { buildSurveyOf } from '../../test/survey-factories.ts';
import type { AppContext } from '../lib/context.ts';
import { verifyAuditChain } from '../modules/audit/audit.service.ts';
import { restoreBackup, writeBackup } from './backup.ts';
import { type Database, openDatabase } from './client.ts';
import { migrateDatabase } from './migrate.ts';
import { queryRows } from './rows.ts';

/**
 * A backup is only worth what its restore gives back: every table, every row, every value, and an
 * audit chain that still verifies — into a new embedded folder and into PostgreSQL.
 */
const dir = mkdtempSync(join(tmpdir(), 'hailong-backup-test-'));
const opened: Database[] = [];
const pgDatabases: string[] = [];

/** An embedded database with the current schema (the test template when there is one). */
async function pgliteSource(): Promise<Database> {
  const template = inject('pgliteTemplate');
  const database = template
    ? await openDatabase({ kind: 'pglite-memory', loadDataDir: new Blob([readFileSync(template)]) })
    : await openDatabase({ kind: 'pglite-memory' });
  if (!template) await migrateDatabase(database);
  opened.push(database);
  return database;
}

async function emptyPglite(): Promise<Database> {
  const database = await openDatabase({ kind: 'pglite-memory' });
  opened.push(database);
  return database;
}

/** A new, empty PostgreSQL database (not from the template: restore brings its own schema). */
async function emptyPostgres(url: string): Promise<Database> {
  const name = `hailong_restore_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  pgDatabases.push(name);
  const database = await openDatabase({ kind: 'postgres', url: withDatabase(url, name), poolSize: 2 });
  opened.push(database);
  return database;
}

/** Every table of the public schema: its row count and a digest of all its rows' contents. */
async function fingerprint(database: Database): Promise<Record<string, { rows: number; digest: string }>> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone = 'UTC'`);
    const tables = await queryRows<{ t: string }>(
      tx,
      sql`select c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
    );
    const out: Record<string, { rows: number; digest: string }> = {};
    for (const { t } of tables) {
      const [r] = await queryRows<{ rows: number; digest: string | null }>(
        tx,
        sql.raw(
          `select count(*)::int as rows, md5(string_agg(j, E'\\n' order by j)) as digest
           from (select row_to_json(x)::text as j from "${t}" x) s`,
        ),
      );
      out[t] = { rows: Number(r?.rows ?? 0), digest: r?.digest ?? '' };
    }
    return out;
  });
}

let source: Database;
let ctx: AppContext;
let file: string;

beforeAll(async () => {
  source = await pgliteSource();
  ctx = {
    db: source.db,
    log: pino({ level: 'silent' }),
    now: () => new Date(),
    secret: 'test-secret-0123456789abcdef0123456789',
  };
  // Data in every module: units and users, a survey with responses, a dossier, feedback, a plan.
  await buildTwoUnitTree(ctx);
  await buildSurveyOf(ctx, 'A');
  await buildDossierOf(ctx, 'A');
  await buildFeedbackOf(ctx, 'A');
  await buildPlanOf(ctx, 'A');
  file = join(dir, 'hailong.backup');
  await writeBackup(source, file);
}, 120_000);

afterAll(async () => {
  for (const d of opened) await d.close().catch(() => {});
  const url = process.env.DATABASE_URL;
  if (url && pgDatabases.length) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    for (const name of pgDatabases) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', { timeout: 120_000 }, () => {
  it('restores every row of every table into a new embedded database', async () => {
    const before = await fingerprint(source);
    const nonEmpty = Object.values(before).filter((t) => t.rows > 0).length;
    expect(nonEmpty).toBeGreaterThanOrEqual(15);

    const target = await emptyPglite();
    const summary = await restoreBackup(target, file, 'memory');
    expect(await fingerprint(target)).toEqual(before);
    expect(summary.rows).toBe(Object.values(before).reduce((a, t) => a + t.rows, 0));
    // The audit chain survives, and new rows get fresh ids after the restored ones.
    const chain = await verifyAuditChain(target.db);
    expect(chain.ok).toBe(true);
    expect(chain.rows).toBe(before.audit_log!.rows);
    const restoredCtx = { ...ctx, db: target.db };
    await buildUnit(restoredCtx, { code: 'C', name: 'Xã Mới', parentCode: 'T' });
    const [max] = await queryRows<{ id: number }>(source.db, sql`select max(id)::int as id from units`);
    const [added] = await queryRows<{ id: number }>(target.db, sql`select id from units where code = 'C'`);
    expect(added!.id).toBeGreaterThan(max!.id);
    expect((await verifyAuditChain(target.db)).ok).toBe(true);
  });

  it.skipIf(!process.env.DATABASE_URL)('restores an embedded backup into PostgreSQL', async () => {
    const before = await fingerprint(source);
    const target = await emptyPostgres(process.env.DATABASE_URL!);
    await restoreBackup(target, file, 'DATABASE_URL');
    expect(await fingerprint(target)).toEqual(before);
    expect((await verifyAuditChain(target.db)).ok).toBe(true);
  });

  it('refuses a target that already holds data, and leaves it as it was', async () => {
    const target = await pgliteSource();
    await buildUnit({ ...ctx, db: target.db }, { code: 'X', name: 'Tỉnh Khác', type: 'province' });
    const before = await fingerprint(target);
    await expect(restoreBackup(target, file, 'memory')).rejects.toMatchObject({
      code: 'RESTORE_TARGET_NOT_EMPTY',
      details: { target: 'memory' },
    });
    expect(await fingerprint(target)).toEqual(before);
  });

  it('refuses a truncated file before writing anything', async () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const cut = join(dir, 'cut.backup');
    writeFileSync(cut, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));
    const target = await emptyPglite();
    await expect(restoreBackup(target, cut, 'memory')).rejects.toMatchObject({ code: 'BACKUP_INVALID' });
    const [tables] = await queryRows<{ n: number }>(
      target.db,
      sql`select count(*)::int as n from pg_tables where schemaname = 'public'`,
    );
    expect(tables!.n).toBe(0);
  });
});
