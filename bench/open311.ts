/**
 * Open311 GeoReport v2 over loopback HTTP.
 *   npx tsx bench/open311.ts [--engine postgres|pglite] [--requests 5000] [--concurrency 32] [--smoke]
 * Defaults: PostgreSQL (DATABASE_URL). Figures: requests/s, p50 and p99 of
 *   POST /open311/v2/requests.json (form-encoded, Vietnamese text, a partner's api_key: citizens
 *   without a key are limited to 30 a minute per address, and the load client is one address),
 *   GET  /open311/v2/requests/{id}.json (one request),
 *   GET  /open311/v2/requests.json?service_code=… (a filtered list, up to 1000),
 * each against GET /api/health measured in the same run.
 */
import { sql } from 'drizzle-orm';
import { systemActor } from '../src/access/actor.ts';
import { queryRows } from '../src/db/rows.ts';
import { findUserById } from '../src/modules/accounts/accounts.repo.ts';
import { actorFromUser, createApiToken, createUser } from '../src/modules/accounts/accounts.service.ts';
import { createCategory } from '../src/modules/feedback/categories.service.ts';
import { importUnitsCsv } from '../src/modules/units/units.service.ts';
import {
  arg,
  contextFor,
  type Engine,
  fmt,
  freshDatabase,
  type LoadResult,
  listen,
  load,
  machine,
  smoke,
} from './lib/harness.ts';

const engine = arg('engine', 'postgres') as Engine;
const requests = Number(arg('requests', smoke ? '200' : '5000'));
const concurrency = Number(arg('concurrency', smoke ? '8' : '32'));
const system = systemActor('bench');

console.log(
  `# bench/open311 — ${engine}, ${requests} requests per route, concurrency ${concurrency} (${machine()})`,
);
const { database, cleanup } = await freshDatabase(engine);
try {
  const ctx = contextFor(database);
  const lines = ['code,name,type,parent_code', 'KH,Tỉnh Khánh Hòa (đo hiệu năng),province,'];
  for (let i = 0; i < 20; i++) lines.push(`P${i},UBND phường số ${i},ward,KH`);
  await importUnitsCsv(ctx, system, `${lines.join('\n')}\n`, 'bench');
  for (const [code, name] of [
    ['DEN-DUONG', 'Đèn chiếu sáng công cộng'],
    ['RAC', 'Vệ sinh môi trường'],
    ['GIAO-THONG', 'Giao thông, lòng đường, vỉa hè'],
  ] as const) {
    await createCategory(ctx, system, { code, name, unitCode: 'KH', group: 'Hạ tầng đô thị' });
  }
  const user = await createUser(ctx, system, {
    username: 'doi.tac',
    displayName: 'Ứng dụng đối tác',
    password: 'Mat-khau-doi-tac-2025',
    role: 'officer',
    unitCode: 'KH',
  });
  // The partner's key, made as that user would make it in the web app.
  const partner = actorFromUser((await findUserById(ctx.db, user.id))!, 'session');
  const { token } = await createApiToken(ctx, partner, 'bench');

  const server = await listen(ctx, engine);
  try {
    // "{i}" is replaced by the request number in the load client: keep it out of the encoding.
    const enc = encodeURIComponent;
    const body =
      `service_code=DEN-DUONG&description=${enc('Đèn đường số ')}{i}${enc(' trên đường Trần Phú bị tắt, khu vực rất tối')}` +
      `&address_string=${enc('phường số ')}{i}&lat=12.2388&long=109.1967&api_key=${enc(token)}`;
    const health = await load({ url: server.url, paths: ['/api/health'], concurrency, requests });
    const post = await load({
      url: server.url,
      paths: ['/open311/v2/requests.json'],
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      concurrency,
      requests,
    });
    const ids = await queryRows<{ code: string }>(
      ctx.db,
      sql`select code from feedback_items order by id limit 2000`,
    );
    const one = await load({
      url: server.url,
      paths: ids.map((r) => `/open311/v2/requests/${r.code}.json`),
      concurrency,
      requests,
    });
    const list = await load({
      url: server.url,
      paths: ['/open311/v2/requests.json?service_code=DEN-DUONG&status=open'],
      concurrency,
      requests: Math.max(20, Math.round(requests / 10)),
    });
    const [{ n }] = (await queryRows<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from feedback_items`,
    )) as [{ n: number }];
    console.log(`${n} requests stored after the POST phase`);
    console.log(
      `\n| route (concurrency ${concurrency}) | requests | errors | req/s | p50 ms | p99 ms | req/s ÷ baseline |`,
    );
    console.log('|---|---|---|---|---|---|---|');
    const rows: [string, LoadResult][] = [
      ['GET /api/health (baseline)', health],
      ['POST /open311/v2/requests.json (form, api_key)', post],
      ['GET /open311/v2/requests/{id}.json', one],
      [`GET /open311/v2/requests.json?service_code (≤ 1000 of ${n})`, list],
    ];
    for (const [name, r] of rows) {
      console.log(
        `| ${name} | ${r.requests} | ${r.errors} | ${fmt(r.rps)} | ${fmt(r.p50, 2)} | ${fmt(r.p99, 2)} | ${fmt(r.rps / health.rps, 3)} |`,
      );
    }
    if (post.errors > 0 || one.errors > 0 || list.errors > 0) process.exitCode = 1;
  } finally {
    await server.close();
  }
} finally {
  await cleanup();
}
