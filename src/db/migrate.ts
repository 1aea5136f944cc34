import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
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
    return;
  }
  const client = await driver.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    client.release();
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
