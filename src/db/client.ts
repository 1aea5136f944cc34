import { existsSync, readdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { DurableNodeFS, durableStartParams } from './durable-fs.ts';
import { type FolderLock, lockDataFolder } from './lock.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** A Drizzle database or transaction: repositories accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** The driver underneath, for the few things Drizzle does not cover (migration lock, dumps). */
  driver: { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; pool: pg.Pool };
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string; command: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob | File }
  | { kind: 'postgres'; url: string; poolSize?: number };

/** PGlite's build of pg_trgm (duplicate feedback search); db/migrate.ts creates the extension. */
const PGLITE_EXTENSIONS = { pg_trgm };

/** Open the embedded database (a folder, or memory in tests) or a PostgreSQL server. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle connection dropped by the server (restart, admin kill) must not crash the process:
    // the pool discards it and opens a new one on the next query.
    pool.on('error', () => {});
    // Fail fast with a clear error when the server is unreachable.
    await pool.query('select 1');
    return {
      db: drizzlePg(pool, { schema }) as unknown as Db,
      engine: 'postgres',
      driver: { kind: 'postgres', pool },
      close: () => pool.end(),
    };
  }
  let lock: FolderLock | undefined;
  let client: PGlite;
  if (target.kind === 'pglite') {
    lock = lockDataFolder(target.dataDir, target.command);
    try {
      // Every commit is flushed to disk before it is acknowledged (durable-fs.ts).
      client = await PGlite.create({
        fs: new DurableNodeFS(target.dataDir),
        startParams: durableStartParams(),
        extensions: PGLITE_EXTENSIONS,
      });
    } catch (error) {
      lock.release();
      throw error;
    }
  } else {
    client = await PGlite.create({
      extensions: PGLITE_EXTENSIONS,
      ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
    });
  }
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    engine: 'pglite',
    driver: { kind: 'pglite', client },
    async close() {
      await client.close();
      lock?.release();
    },
  };
}

/** True when an embedded data folder has not been initialised yet. */
export function isEmptyFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).filter((f) => f !== 'hailong.lock').length === 0;
}
