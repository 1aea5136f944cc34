import { randomBytes } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { type Database, openDatabase } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { getOrCreateSetting } from '../db/settings.ts';
import type { AppContext } from '../lib/context.ts';
import type { Config } from './config.ts';

/** Logs go to stderr: stdout carries only a command's result. */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({ level, base: undefined }, pino.destination({ fd: 2, sync: false }));
}

export interface Booted {
  ctx: AppContext;
  database: Database;
  close(): Promise<void>;
}

/**
 * Open the configured database (PGlite folder or PostgreSQL), bring its schema up to date and
 * build the services' context. Every command that touches the database starts here, so an empty
 * `HAILONG_DATA` folder is always created and migrated first.
 */
export async function boot(
  config: Config,
  command: string,
  log = createLogger(config.logLevel),
): Promise<Booted> {
  const database = await openDatabase(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl }
      : { kind: 'pglite', dataDir: config.dataDir, command },
  );
  try {
    await migrateDatabase(database);
    const secret =
      config.secret ??
      (await getOrCreateSetting(database.db, 'secret', () => randomBytes(32).toString('hex')));
    const ctx: AppContext = {
      db: database.db,
      log,
      now: () => new Date(),
      secret,
      publicUrl: config.publicUrl,
    };
    return { ctx, database, close: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}
