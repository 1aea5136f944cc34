import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { AppError } from '../lib/errors.ts';
import type { Database } from './client.ts';
import { queryRows } from './rows.ts';

export const MIGRATIONS_FOLDER = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Any number: identifies the migration lock among the server's advisory locks. */
const MIGRATION_LOCK_KEY = 7243001;

/**
 * Apply the pending migrations. Drizzle runs all pending files in one transaction, so a failed
 * migration leaves the database at its previous version. On a PostgreSQL server a session
 * advisory lock keeps two starting processes from migrating at the same time.
 */
export async function migrateDatabase(
  database: Database,
  migrationsFolder = MIGRATIONS_FOLDER,
): Promise<void> {
  const { driver } = database;
  if (driver.kind === 'pglite') {
    // biome-ignore lint/suspicious/noExplicitAny: each driver's migrator wants its own db type
    await migratePglite(database.db as any, { migrationsFolder });
    await createExtensions((text) => driver.client.exec(text));
    return;
  }
  const client = await driver.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg(client), { migrationsFolder });
    await createExtensions((text) => client.query(text));
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    client.release();
  }
}

/**
 * pg_trgm (`similarity()`, duplicate feedback search) on both engines: PGlite loads its build of
 * the extension (db/client.ts), Debian's PostgreSQL ships it, and it is a trusted extension, so a
 * role that owns the database may create it. Created here rather than in a migration so that one
 * code path serves both engines and a database migrated before it gets it too.
 */
async function createExtensions(exec: (text: string) => Promise<unknown>): Promise<void> {
  try {
    await exec('create extension if not exists pg_trgm');
  } catch (error) {
    throw new AppError(
      'DATABASE_EXTENSION_MISSING',
      'Cơ sở dữ liệu thiếu extension pg_trgm (dùng để tìm phản ánh trùng) và tài khoản này không tạo được. Người quản trị PostgreSQL cần chạy: create extension pg_trgm;',
      { extension: 'pg_trgm', reason: error instanceof Error ? error.message : String(error) },
    );
  }
}

/** The number of migrations applied, for `hailong migrate` to report. */
export async function appliedMigrations(database: Database): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return Number(rows[0]?.n ?? 0);
}
