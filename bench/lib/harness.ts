import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import pg from 'pg';
import pino from 'pino';
import { systemActor } from '../../src/access/actor.ts';
import { type Database, openDatabase } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import type { AppContext } from '../../src/lib/context.ts';
import { createUser } from '../../src/modules/accounts/accounts.service.ts';
import { createApp } from '../../src/server/app.ts';

/** Shared plumbing for the HTTP benchmarks: a database per engine, a server on loopback, a load client. */

export type Engine = 'pglite' | 'postgres';

export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
export const smoke = process.argv.includes('--smoke');

/** A fresh database: a PGlite folder in /tmp, or a new database on the server in DATABASE_URL. */
export async function freshDatabase(
  engine: Engine,
): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'hailong-bench-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: dir, command: 'bench' });
    await migrateDatabase(database);
    return {
      database,
      cleanup: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is needed for the PostgreSQL run');
  const name = `hailong_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: u.toString(), poolSize: 10 });
  await migrateDatabase(database);
  return {
    database,
    cleanup: async () => {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export function contextFor(database: Database): AppContext {
  return {
    db: database.db,
    log: pino({ level: 'silent' }),
    now: () => new Date(),
    secret: 'bench-secret-0123456789abcdef01234567',
  };
}

export async function listen(
  ctx: AppContext,
  engine: Engine,
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = createApp(ctx, { engine, webDir: '/nonexistent', cookieSecure: false, version: 'bench' });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Create an admin of `unitCode` and sign it in: its id and the headers of its session (cookie + CSRF). */
export async function signInAdmin(
  ctx: AppContext,
  url: string,
  unitCode: string,
): Promise<{ userId: number; headers: Record<string, string> }> {
  const credentials = { username: 'bench.admin', password: 'Bench-password-1' };
  const user = await createUser(ctx, systemActor('bench'), {
    ...credentials,
    displayName: 'Bench',
    role: 'admin',
    unitCode,
  });
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return { userId: (user as { id: number }).id, headers: { cookie, 'x-csrf-token': csrfToken } };
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
}

/** Run the load client in its own process (async, so the server in this process keeps serving). */
export async function load(spec: {
  url: string;
  paths: string[];
  headers?: Record<string, string>;
  concurrency: number;
  requests: number;
  method?: string;
  /** "{i}" is replaced by the request number. */
  body?: string;
}): Promise<LoadResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx/esm', 'bench/lib/load-client.ts', JSON.stringify(spec)],
    {
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(stdout) as LoadResult;
}

export function fmt(n: number, digits = 1): string {
  return n.toFixed(digits);
}

export function machine(): string {
  const cpus = execFileSync('nproc').toString().trim();
  return `${cpus} cores, Node ${process.version}`;
}
