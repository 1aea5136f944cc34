import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client.ts';
import { MIGRATIONS_FOLDER, migrateDatabase } from '../src/db/migrate.ts';

/**
 * Migrate one template database once per run; every test file then starts from a copy of it
 * instead of running initdb and the migrations again.
 * - PGlite: a migrated data folder dumped to var/test/, cached by a hash of the migrations.
 * - PostgreSQL (DATABASE_URL set): a template database that each test file clones.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `hailong_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    const database = await openDatabase({ kind: 'postgres', url: withDatabase(url, name), poolSize: 1 });
    await migrateDatabase(database);
    await database.close();
    project.provide('postgresTemplate', name);
    project.provide('pgliteTemplate', '');
    return async () => {
      const leftovers = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like 'hailong_t_%' or datname = $1`,
        [name],
      );
      for (const { datname } of leftovers.rows)
        await admin.query(`drop database if exists ${datname} with (force)`);
      await admin.end();
    };
  }

  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_FOLDER).sort()) {
    if (file.endsWith('.sql')) hash.update(readFileSync(join(MIGRATIONS_FOLDER, file)));
  }
  // The migrator also creates extensions (pg_trgm): a change there makes a new template too.
  hash.update(readFileSync(join(MIGRATIONS_FOLDER, '..', 'migrate.ts')));
  const dir = join(process.cwd(), 'var', 'test');
  const path = join(dir, `pglite-template-${hash.digest('hex').slice(0, 16)}.tar.gz`);
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    const fresh = await openDatabase({ kind: 'pglite-memory' });
    await migrateDatabase(fresh);
    if (fresh.driver.kind !== 'pglite') throw new Error('expected PGlite');
    const dump = await fresh.driver.client.dumpDataDir('gzip');
    writeFileSync(`${path}.tmp`, Buffer.from(await dump.arrayBuffer()));
    renameSync(`${path}.tmp`, path);
    await fresh.close();
  }
  project.provide('pgliteTemplate', path);
  project.provide('postgresTemplate', '');
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
