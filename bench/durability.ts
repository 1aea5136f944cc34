/**
 * Durability under kill -9: a bounded load of acknowledged writes through the HTTP API, the server
 * killed with SIGKILL several times mid-load and restarted, then every write the server answered
 * 201 is looked for in the database.
 *   npx tsx bench/durability.ts [--engine pglite|postgres|both] [--kills 8] [--seconds 3] [--concurrency 8] [--smoke]
 * PGlite: a data folder, as `hailong serve` opens it (fsync on, see docs/decisions/0010).
 * PostgreSQL: its own throwaway cluster with production durability (fsync, synchronous_commit and
 *   full_page_writes on — unlike scripts/pg-throwaway.sh, which turns them off for tests);
 *   needs Debian's postgresql package.
 * The write: POST /api/v1/units (one transaction: the unit and its audit row), as the province admin.
 * Figures: acknowledged writes, how many are missing after the restarts (must be 0), rows that
 * committed without an answer (in flight at the kill), writes/s, restart time, audit chain check.
 * --smoke: PGlite, 2 kills of 1 s each (CI).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { systemActor } from '../src/access/actor.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { queryRows } from '../src/db/rows.ts';
import { createUser } from '../src/modules/accounts/accounts.service.ts';
import { verifyAuditChain } from '../src/modules/audit/audit.service.ts';
import { importUnitsCsv } from '../src/modules/units/units.service.ts';
import { arg, contextFor, type Engine, fmt, machine, smoke } from './lib/harness.ts';

const engines: Engine[] = (() => {
  const e = arg('engine', smoke ? 'pglite' : 'both');
  return e === 'both' ? ['pglite', 'postgres'] : [e as Engine];
})();
const kills = Number(arg('kills', smoke ? '2' : '8'));
const seconds = Number(arg('seconds', smoke ? '1' : '3'));
const concurrency = Number(arg('concurrency', smoke ? '4' : '8'));
const PASSWORD = 'Mat-khau-ben-vung-2025';

interface Target {
  env: NodeJS.ProcessEnv;
  open(): Promise<Database>;
  cleanup(): void;
  label: string;
}

function baseEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _d, HAILONG_DATA: _h, ...rest } = process.env;
  return { ...rest, LOG_LEVEL: 'error' };
}

function pgliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'hailong-durability-'));
  const data = join(dir, 'db');
  return {
    label: 'PGlite (folder, fsync on)',
    env: { ...baseEnv(), HAILONG_DATA: data },
    open: () => openDatabase({ kind: 'pglite', dataDir: data, command: 'bench' }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A PostgreSQL cluster as production runs it: the defaults fsync, synchronous_commit, full_page_writes on. */
function postgresTarget(): Target {
  const bin = readdirSync('/usr/lib/postgresql')
    .sort()
    .map((v) => `/usr/lib/postgresql/${v}/bin`)
    .at(-1);
  if (!bin) throw new Error('PostgreSQL server not installed (apt-get install postgresql)');
  const root = process.getuid?.() === 0;
  const asPostgres = (cmd: string, args: string[]) =>
    root ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args]) : execFileSync(cmd, args);
  const dir = mkdtempSync(join(tmpdir(), 'hailong-durability-pg-'));
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const port = 54000 + Math.floor(Math.random() * 900);
  asPostgres(`${bin}/initdb`, [
    '-D',
    `${dir}/data`,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  asPostgres(`${bin}/pg_ctl`, [
    '-D',
    `${dir}/data`,
    '-l',
    `${dir}/log`,
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c full_page_writes=on`,
    'start',
  ]);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    label: 'PostgreSQL 15 (fsync, synchronous_commit on)',
    env: { ...baseEnv(), DATABASE_URL: url },
    open: () => openDatabase({ kind: 'postgres', url, poolSize: 2 }),
    cleanup: () => {
      try {
        asPostgres(`${bin}/pg_ctl`, ['-D', `${dir}/data`, '-m', 'immediate', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['bin/hailong.js', 'serve', '--port', '0'], { env });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/[\d.]+:\d+/);
      if (m) resolve(m[0]);
    });
    child.stderr!.on('data', (d) => {
      out += d;
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
  return { child, url };
}

async function login(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'quantri', password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

async function run(target: Target) {
  // The province and its admin, written in this process (no extra CLI start-up), then closed.
  const setup = await target.open();
  try {
    await migrateDatabase(setup);
    const ctx = contextFor(setup);
    const system = systemActor('bench');
    await importUnitsCsv(
      ctx,
      system,
      'code,name,type,parent_code\nKH,Tỉnh Khánh Hòa (đo độ bền),province,\n',
      'bench',
    );
    await createUser(ctx, system, {
      username: 'quantri',
      displayName: 'Quản trị tỉnh',
      password: PASSWORD,
      role: 'admin',
      unitCode: 'KH',
    });
  } finally {
    await setup.close();
  }
  const acknowledged: string[] = [];
  let attempted = 0;
  let next = 0;
  let loadMs = 0;
  const restarts: number[] = [];
  for (let round = 0; round < kills; round++) {
    const t0 = performance.now();
    const { child, url } = await startServer(target.env);
    restarts.push(performance.now() - t0);
    const headers = await login(url);
    let stop = false;
    const worker = async () => {
      while (!stop) {
        const code = `D${++next}`;
        attempted++;
        try {
          const res = await fetch(`${url}/api/v1/units`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ code, name: `Phường thử ${code}`, type: 'ward', parentCode: 'KH' }),
          });
          if (res.status === 201) acknowledged.push(code);
          else await res.body?.cancel();
        } catch {
          // the connection died with the server: not acknowledged
        }
      }
    };
    const started = performance.now();
    const workers = Array.from({ length: concurrency }, worker);
    // Kill at a moment that is not a round number of writes.
    await new Promise((r) => setTimeout(r, seconds * 1000 * (0.5 + Math.random())));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    loadMs += performance.now() - started;
    stop = true;
    await Promise.all(workers);
  }
  const database = await target.open();
  try {
    const rows = await queryRows<{ code: string }>(
      database.db,
      sql`select code from units where code like 'D%'`,
    );
    const present = new Set(rows.map((r) => r.code));
    const lost = acknowledged.filter((c) => !present.has(c));
    const chain = await verifyAuditChain(database.db);
    return {
      attempted,
      acknowledged: acknowledged.length,
      lost: lost.length,
      unanswered: present.size - (acknowledged.length - lost.length),
      perSecond: acknowledged.length / (loadMs / 1000),
      restartMs: restarts.slice(1).reduce((a, b) => a + b, 0) / Math.max(1, restarts.length - 1),
      chain: chain.ok ? `ok (${chain.rows} rows)` : `BROKEN at ${chain.brokenId}`,
    };
  } finally {
    await database.close();
  }
}

console.log(
  `# bench/durability — ${kills} × kill -9 after ${seconds} s (±50 %) of load, concurrency ${concurrency} (${machine()})`,
);
console.log(
  '| engine | kills | acknowledged | lost | committed, unanswered | writes/s | restart s | audit chain |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
let failed = false;
for (const engine of engines) {
  if (engine === 'postgres' && !existsSync('/usr/lib/postgresql')) {
    console.log('| PostgreSQL | skipped: no PostgreSQL server installed | | | | | | |');
    continue;
  }
  const target = engine === 'pglite' ? pgliteTarget() : postgresTarget();
  try {
    const r = await run(target);
    failed ||= r.lost > 0 || !r.chain.startsWith('ok');
    console.log(
      `| ${target.label} | ${kills} | ${r.acknowledged} | ${r.lost} | ${r.unanswered} | ${fmt(r.perSecond)} | ${fmt(r.restartMs / 1000)} | ${r.chain} |`,
    );
  } finally {
    target.cleanup();
  }
}
if (failed) {
  console.log('LOST ACKNOWLEDGED WRITES or a broken audit chain: see the table above.');
  process.exitCode = 1;
}
