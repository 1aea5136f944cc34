/**
 * Units at scale: a tree of 10,000 units, listed whole and searched by name over HTTP on loopback,
 * on PGlite and (with DATABASE_URL) on PostgreSQL. The figure is the ratio of each route's p50 and
 * requests/s to a trivial authenticated route (GET /api/v1/roles with the same session) measured in
 * the same run.
 *   npx tsx bench/units.ts [--units 10000] [--requests 400] [--concurrency 4] [--engine pglite|postgres|both] [--smoke]
 */

import { systemActor } from '../src/access/actor.ts';
import { importUnitsCsv } from '../src/modules/units/units.service.ts';
import {
  arg,
  contextFor,
  type Engine,
  fmt,
  freshDatabase,
  listen,
  load,
  machine,
  signInAdmin,
  smoke,
} from './lib/harness.ts';

const unitCount = Number(arg('units', smoke ? '300' : '10000'));
const requests = Number(arg('requests', smoke ? '40' : '400'));
const concurrency = Number(arg('concurrency', '4'));
const engineArg = arg('engine', process.env.DATABASE_URL ? 'both' : 'pglite');
const engines: Engine[] = engineArg === 'both' ? ['pglite', 'postgres'] : [engineArg as Engine];

const WARDS = [
  'Phương Sài',
  'Vĩnh Hòa',
  'Phước Đồng',
  'Ngọc Hiệp',
  'Lộc Thọ',
  'Tân Lập',
  'Xương Huân',
  'Vạn Thạnh',
];

/** Province → districts → communes (with one health station in ten), about `n` units in all. */
function treeCsv(n: number): string {
  const lines = ['code,name,type,parent_code', 'R,Tỉnh Thử Nghiệm,province,'];
  const districts = Math.max(1, Math.round(Math.sqrt(n)));
  for (let d = 0; d < districts && lines.length <= n; d++) {
    lines.push(`D${d},Huyện ${d},district,R`);
    for (let c = 0; lines.length <= n && c < Math.ceil(n / districts); c++) {
      lines.push(`D${d}-${c},UBND xã ${WARDS[c % WARDS.length]} ${d}-${c},commune,D${d}`);
      if (c % 10 === 0 && lines.length <= n)
        lines.push(`D${d}-${c}-T,Trạm y tế ${WARDS[c % WARDS.length]} ${d}-${c},health_station,D${d}-${c}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

console.log(
  `# bench/units — ${unitCount} units, ${requests} requests per route, concurrency ${concurrency} (${machine()})`,
);
for (const engine of engines) {
  const { database, cleanup } = await freshDatabase(engine);
  try {
    const ctx = contextFor(database);
    const t0 = performance.now();
    const imported = await importUnitsCsv(ctx, systemActor('bench'), treeCsv(unitCount - 1));
    const importMs = performance.now() - t0;
    const server = await listen(ctx, engine);
    const { headers } = await signInAdmin(ctx, server.url, 'R');
    const run = (paths: string[], n = requests) =>
      load({ url: server.url, paths, headers, concurrency, requests: n });

    await run(['/api/v1/roles'], 20); // warm-up
    const baseline = await run(['/api/v1/roles']);
    const tree = await run(['/api/v1/units'], Math.max(10, Math.round(requests / 10)));
    const search = await run(
      WARDS.map(
        (w) =>
          `/api/v1/units/search?q=${encodeURIComponent(
            w
              .normalize('NFD')
              .replace(/[\u0300-\u036f]/g, '')
              .replace(/đ/gi, 'd'),
          )}`,
      ),
    );
    await server.close();

    console.log(`\n## ${engine}: imported ${imported.imported} units in ${fmt(importMs / 1000, 2)} s`);
    console.log(
      '| route | requests | errors | req/s | p50 ms | p99 ms | p50 ÷ baseline | req/s ÷ baseline |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const [name, r] of [
      ['GET /api/v1/roles (baseline)', baseline],
      ['GET /api/v1/units (whole tree)', tree],
      ['GET /api/v1/units/search', search],
    ] as const) {
      console.log(
        `| ${name} | ${r.requests} | ${r.errors} | ${fmt(r.rps)} | ${fmt(r.p50, 2)} | ${fmt(r.p99, 2)} | ${fmt(r.p50 / baseline.p50, 2)} | ${fmt(r.rps / baseline.rps, 3)} |`,
      );
    }
  } finally {
    await cleanup();
  }
}
