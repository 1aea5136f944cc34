/**
 * Large imports against a live server: a CSV and an XLSX of 200,000 survey responses (and an XLSX
 * over the row limit, which must be refused without being held whole) are
 * posted to `POST /api/v1/surveys/responses/import` on loopback while another process polls
 * `GET /api/health` every 50 ms. Figures: import time, peak extra memory of the server process
 * (VmHWM after resetting it, minus the RSS before the import; the parsing worker thread is in the
 * same process) and the health latency p50/p99 during the import, against the health p99 with no
 * import measured in the same run (the baseline).
 * Health is also split by phase: checking (in the worker thread) and writing (the transaction).
 *   npx tsx bench/import.ts [--rows 200000] [--xlsx-rows 200000] [--over-rows 240000] [--engine pglite|postgres|both] [--smoke]
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type Actor, systemActor } from '../src/access/actor.ts';
import { getImportJob } from '../src/modules/imports/jobs.ts';
import {
  getQuestionnaire,
  importQuestionnaire,
} from '../src/modules/surveys/questionnaires/questionnaires.service.ts';
import { importUnitsCsv } from '../src/modules/units/units.service.ts';
import {
  arg,
  contextFor,
  type Engine,
  fmt,
  freshDatabase,
  listen,
  machine,
  signInAdmin,
  smoke,
} from './lib/harness.ts';

const csvRows = Number(arg('rows', smoke ? '500' : '200000'));
const xlsxRows = Number(arg('xlsx-rows', smoke ? '300' : '200000'));
/** The finding's file: more rows than the limit, which must be refused without reading it all. */
const overRows = Number(arg('over-rows', smoke ? '0' : '240000'));
const engineArg = arg('engine', process.env.DATABASE_URL ? 'both' : 'pglite');
const engines: Engine[] = engineArg === 'both' ? ['pglite', 'postgres'] : [engineArg as Engine];
const UNITS = 20;
const phases: string[] = [];

interface Health {
  n: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
  samples: [number, number][];
}

/** p50 and p99 of the health requests `[sent at (epoch ms), latency ms]` that `keep` selects. */
function during(
  health: Health,
  keep: (at: number, ms: number) => boolean,
): { n: number; p50: number; p99: number } {
  const l = health.samples
    .filter(([at, ms]) => keep(at, ms))
    .map(([, ms]) => ms)
    .sort((a, b) => a - b);
  const q = (f: number) => l[Math.min(l.length - 1, Math.floor(f * l.length))] ?? 0;
  return { n: l.length, p50: q(0.5), p99: q(0.99) };
}

async function startPoller(url: string): Promise<{ child: ChildProcess; stop: () => Promise<Health> }> {
  const child = spawn(process.execPath, ['--import', 'tsx/esm', 'bench/lib/health-poller.ts', url, '50'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  let ready: () => void;
  const started = new Promise<void>((resolve) => {
    ready = resolve;
  });
  child.stdout!.on('data', (d) => {
    out += d;
    if (out.startsWith('ready\n')) ready();
  });
  await started;
  return {
    child,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve(JSON.parse(out.slice('ready\n'.length)) as Health));
        child.stdin!.write('stop\n');
      }),
  };
}

const rss = () => process.memoryUsage().rss;
/** Peak RSS since the last reset (Linux: VmHWM, reset by writing 5 to clear_refs). */
function resetPeak(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {}
}
function peakRss(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : rss();
}
const mb = (bytes: number) => fmt(bytes / 1024 / 1024, 0);

async function responsesCsv(codes: readonly string[], values: number[][], n: number): Promise<Uint8Array> {
  const lines = [`unit_code,submitted_at,${codes.join(',')}`];
  for (let i = 0; i < n; i++) {
    const day = 1 + (i % 28);
    const answers = values.map((v, q) => v[(i + q) % v.length]);
    lines.push(
      `U${i % UNITS},2026-03-${String(day).padStart(2, '0')}T08:${String(i % 60).padStart(2, '0')},${answers.join(',')}`,
    );
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

async function responsesXlsx(codes: readonly string[], values: number[][], n: number): Promise<Uint8Array> {
  const file = join(tmpdir(), `hailong-bench-${process.pid}.xlsx`);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const sheet = writer.addWorksheet('Phiếu');
  sheet.addRow(['unit_code', 'submitted_at', ...codes]).commit();
  for (let i = 0; i < n; i++) {
    const answers = values.map((v, q) => v[(i + 1 + q) % v.length]);
    sheet
      .addRow([`U${i % UNITS}`, `2026-04-${String(1 + (i % 28)).padStart(2, '0')}T09:00`, ...answers])
      .commit();
  }
  sheet.commit();
  await writer.commit();
  return new Uint8Array(readFileSync(file));
}

console.log(
  `# bench/import — CSV ${csvRows} rows, XLSX ${xlsxRows} rows, health polled every 50 ms (${machine()})`,
);
console.log(
  '| engine | file | size MB | rows | import s | peak extra RSS MB | health p50 ms | health p99 ms | health max ms | p99 ÷ baseline p99 |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const engine of engines) {
  const { database, cleanup } = await freshDatabase(engine);
  try {
    const ctx = contextFor(database);
    const system = systemActor('bench');
    const unitLines = ['code,name,type,parent_code', 'R,Tỉnh Thử Nghiệm,province,'];
    for (let u = 0; u < UNITS; u++) unitLines.push(`U${u},UBND xã ${u},commune,R`);
    await importUnitsCsv(ctx, system, `${unitLines.join('\n')}\n`);
    await importQuestionnaire(ctx, system, readFileSync('data/questionnaires/KH-UBND-XA.json', 'utf8'));
    const version = await getQuestionnaire(ctx, 'KH-UBND-XA');
    const codes = version.compiled.questionCodes;
    const values = codes.map((_, q) => {
      const start = version.compiled.optionStart[q]!;
      const end = version.compiled.optionStart[q + 1]!;
      return Array.from(version.compiled.optionValue.subarray(start, end));
    });
    const server = await listen(ctx, engine);
    const { userId, headers } = await signInAdmin(ctx, server.url, 'R');

    const files = [
      { name: 'CSV', type: 'text/csv', rows: csvRows, bytes: await responsesCsv(codes, values, csvRows) },
      {
        name: 'XLSX',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        rows: xlsxRows,
        bytes: await responsesXlsx(codes, values, xlsxRows),
      },
      ...(overRows > 0
        ? [
            {
              name: 'XLSX over the row limit',
              type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              rows: overRows,
              bytes: await responsesXlsx(codes, values, overRows),
              refused: true,
            },
          ]
        : []),
    ];

    // Baseline: health with no import, same server, same run.
    const idle = await startPoller(`${server.url}/api/health`);
    await new Promise((r) => setTimeout(r, smoke ? 500 : 3000));
    const baseline = await idle.stop();
    console.log(
      `| ${engine} | none (baseline) | – | – | – | – | ${fmt(baseline.p50)} | ${fmt(baseline.p99)} | ${fmt(baseline.max)} | 1.00 |`,
    );

    for (const file of files) {
      (globalThis as { gc?: () => void }).gc?.();
      const before = rss();
      resetPeak();
      const poller = await startPoller(`${server.url}/api/health`);
      await new Promise((r) => setTimeout(r, 200));
      const t0 = performance.now();
      const res = await fetch(`${server.url}/api/v1/surveys/responses/import?questionnaire=KH-UBND-XA`, {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': file.type,
          prefer: 'respond-async',
          'x-file-name': `bench.${file.name}`,
        },
        body: file.bytes as unknown as BodyInit,
      });
      let result: unknown = await res.json();
      const posted = Date.now();
      let writingFrom = 0;
      if (res.status === 202) {
        const { id } = result as { id: string };
        // The phase is read in-process: on PGlite an HTTP poll waits for the write transaction
        // (its session lookup is a query), so it would never see the job writing.
        const owner = { kind: 'user', userId } as Actor;
        const watch = setInterval(() => {
          if (!writingFrom && getImportJob(owner, id).state === 'writing') writingFrom = Date.now();
        }, 20);
        for (;;) {
          await new Promise((r) => setTimeout(r, 250));
          // A keep-alive socket closed by the server as the client reuses it is retried, not a failure.
          const poll = await fetch(`${server.url}/api/v1/import-jobs/${id}`, { headers }).catch(() => null);
          if (!poll) continue;
          const job = (await poll.json()) as {
            state: string;
            result?: unknown;
            error?: unknown;
          };
          if (job.state === 'done' || job.state === 'failed') {
            clearInterval(watch);
            result = job;
            const refused = 'refused' in file;
            if ((job.state === 'failed') !== refused)
              throw new Error(JSON.stringify(job.error ?? job.result));
            break;
          }
        }
      } else if (res.status !== 200 && !('refused' in file)) {
        throw new Error(`${res.status} ${JSON.stringify(result)}`);
      }
      const seconds = (performance.now() - t0) / 1000;
      const health = await poller.stop();
      const extra = peakRss() - before;
      const ended = Date.now();
      const split = writingFrom || ended;
      // Checking: sent and answered before the write began; writing: answered after it began.
      const checking = during(health, (at, ms) => at >= posted && at + ms <= split);
      const writing = during(health, (at, ms) => at >= posted && at + ms > split);
      phases.push(
        `| ${engine} | ${file.name} | ${fmt(((writingFrom || ended) - posted) / 1000, 1)} | ${fmt(checking.p50)} | ${fmt(checking.p99)} | ${writingFrom ? fmt((ended - writingFrom) / 1000, 1) : '–'} | ${writingFrom ? fmt(writing.p50) : '–'} | ${writingFrom ? fmt(writing.p99) : '–'} |`,
      );
      console.log(
        `| ${engine} | ${file.name} | ${fmt(file.bytes.length / 1024 / 1024)} | ${file.rows} | ${fmt(seconds, 2)} | ${mb(extra)} | ${fmt(health.p50)} | ${fmt(health.p99)} | ${fmt(health.max)} | ${fmt(health.p99 / baseline.p99, 2)} |`,
      );
    }
    await server.close();
  } finally {
    await cleanup();
  }
}
console.log(
  '\nHealth by phase (checking = parsing and checking in the worker; writing = the one transaction):\n',
);
console.log(
  '| engine | file | checking s | health p50 ms | health p99 ms | writing s | health p50 ms | health p99 ms |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const line of phases) console.log(line);
process.exit(0);
