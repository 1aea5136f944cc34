/**
 * The dossier desk at scale.
 *   npx tsx bench/dossiers.ts [--engine postgres|pglite] [--dossiers 1000000] [--units 500] [--requests 20000] [--concurrency 32] [--smoke]
 * Default: 1 M dossiers on PostgreSQL (DATABASE_URL), 500 units of one province, a year of
 * receptions with two timeline events each. Figures:
 * - public lookup by code and check value (GET /api/v1/public/dossiers/{code}?k=) over loopback against GET /api/health;
 * - the monthly on-time report of the whole province (the dashboard query) against a bare count of
 *   the month's receptions, median of 3;
 * - due moments computed in process (the desk's hot rule) against adding calendar days.
 */
import { sql } from 'drizzle-orm';
import { systemActor } from '../src/access/actor.ts';
import { dueMoment, vietnamCalendar } from '../src/calendar/index.ts';
import { queryRows } from '../src/db/rows.ts';
import { procedures, procedureUnits } from '../src/db/schema/index.ts';
import { unitCalendar } from '../src/modules/calendar/calendar.service.ts';
import { dashboard } from '../src/modules/dossiers/dossiers.queries.ts';
import { lookupCheck } from '../src/modules/dossiers/lookup-check.ts';
import { setLookupLimits } from '../src/modules/dossiers/lookup-limit.ts';
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
  smoke,
} from './lib/harness.ts';

const engine = arg('engine', 'postgres') as Engine;
const total = Number(arg('dossiers', smoke ? '5000' : '1000000'));
const unitCount = Number(arg('units', smoke ? '20' : '500'));
const requests = Number(arg('requests', smoke ? '300' : '20000'));
const concurrency = Number(arg('concurrency', smoke ? '8' : '32'));
const system = systemActor('bench');

console.log(
  `# bench/dossiers — ${engine}, ${total.toLocaleString('en')} dossiers in ${unitCount} units (${machine()})`,
);
const { database, cleanup } = await freshDatabase(engine);
try {
  const ctx = contextFor(database);
  const lines = ['code,name,type,parent_code', 'KH,Tỉnh đo hiệu năng,province,'];
  for (let i = 0; i < unitCount; i++) lines.push(`X${i},UBND xã số ${i},commune,KH`);
  await importUnitsCsv(ctx, system, `${lines.join('\n')}\n`, 'bench');
  const [p] = await ctx.db
    .insert(procedures)
    .values({
      code: 'KS',
      name: 'Đăng ký khai sinh',
      nameSearch: 'dang ky khai sinh',
      field: 'Hộ tịch',
      level: 'mot_phan',
      processingAmount: 5,
      processingUnit: 'working_days',
      documents: [],
      forms: [],
      legalBasis: 'Luật Hộ tịch 2014',
    })
    .returning();
  await ctx.db.execute(
    sql`insert into procedure_units (procedure_id, unit_id) select ${p!.id}, id from units where type = 'commune'`,
  );
  void procedureUnits;
  const { version } = await unitCalendar(ctx, 2);

  let t0 = performance.now();
  // Receptions spread over 2025 in office hours; due 7 calendar days later; results mostly before.
  await ctx.db.execute(sql`
    insert into dossiers (code, unit_id, procedure_id, channel, status, rule_set, applicant_kind, applicant_name,
                          documents, received_at, legal_days, due_at, calendar_version, result_ready_at, returned_at, held_by)
    select u.code || '-' || to_char(s.at at time zone 'Asia/Ho_Chi_Minh', 'YYYYMMDD') || '-' || lpad(g::text, 7, '0'),
           u.id, ${p!.id}, 'direct', case when s.done is null then 4 else 10 end, 'ND118-2025', 'person', 'Nguyễn Văn A',
           '[]'::jsonb, s.at, 5, s.at + interval '7 days', ${version}, s.done, s.done, u.name
    from generate_series(1::bigint, ${total}) g
    join units u on u.code = 'X' || (g % ${unitCount})
    cross join lateral (
      select timestamptz '2025-01-01 08:00+07' + ((g * 7919) % 365) * interval '1 day' + ((g * 31) % 480) * interval '1 minute' as at
    ) t
    cross join lateral (
      select t.at as at,
             case when g % 50 = 0 then null else t.at + ((g * 13) % 9) * interval '1 day' end as done
    ) s`);
  await ctx.db.execute(sql`
    insert into dossier_events (dossier_id, at, kind, to_status, actor_label)
    select id, received_at, 'received', 2, 'bench' from dossiers
    union all
    select id, result_ready_at, 'result_ready', 9, 'bench' from dossiers where result_ready_at is not null`);
  await ctx.db.execute(sql`analyze`);
  console.log(
    `inserted ${total.toLocaleString('en')} dossiers and their events in ${fmt((performance.now() - t0) / 1000, 1)} s`,
  );

  // Monthly on-time report of the whole province against a bare count of the month's receptions.
  const runs = { report: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < 3; i++) {
    t0 = performance.now();
    await queryRows(
      ctx.db,
      sql`select count(*) from dossiers where received_at >= '2025-06-01 00:00+07' and received_at < '2025-07-01 00:00+07'`,
    );
    runs.baseline.push(performance.now() - t0);
    t0 = performance.now();
    await dashboard(ctx, system, 'KH', '2025-06');
    runs.report.push(performance.now() - t0);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
  console.log('| measure | median of 3 (s) |\n|---|---|');
  console.log(
    `| bare count of the month's receptions (baseline) | ${fmt(median(runs.baseline) / 1000, 3)} |`,
  );
  console.log(`| monthly on-time report, whole province | ${fmt(median(runs.report) / 1000, 3)} |`);
  console.log(`ratio report ÷ baseline: ${fmt(median(runs.report) / median(runs.baseline), 2)}`);

  // Public lookup over loopback.
  const codes = await queryRows<{ code: string }>(
    ctx.db,
    sql`select code from dossiers order by random() limit 2000`,
  );
  // With each code's check value (as the receipt's QR carries it); one address sends everything,
  // so the per-address limit is lifted: this measures the lookup, not the limiter.
  setLookupLimits(ctx, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const server = await listen(ctx, engine);
  try {
    const health = await load({ url: server.url, paths: ['/api/health'], concurrency, requests });
    const lookup = await load({
      url: server.url,
      paths: codes.map((c) => `/api/v1/public/dossiers/${c.code}?k=${lookupCheck(ctx.secret, c.code)}`),
      concurrency,
      requests,
    });
    console.log(
      `\n| route (concurrency ${concurrency}) | requests | errors | req/s | p50 ms | p99 ms | req/s ÷ baseline |\n|---|---|---|---|---|---|---|`,
    );
    for (const [name, r] of [
      ['GET /api/health (baseline)', health],
      ['GET /api/v1/public/dossiers/{code}', lookup],
    ] as const) {
      console.log(
        `| ${name} | ${r.requests} | ${r.errors} | ${fmt(r.rps)} | ${fmt(r.p50, 2)} | ${fmt(r.p99, 2)} | ${fmt(r.rps / health.rps, 3)} |`,
      );
    }
  } finally {
    await server.close();
  }

  // Due moments in process.
  const calendar = vietnamCalendar();
  const n = smoke ? 20_000 : 1_000_000;
  const start = Date.UTC(2025, 0, 1);
  t0 = performance.now();
  let sink = 0;
  for (let i = 0; i < n; i++)
    sink += new Date(start + (i % 300_000) * 97_000 + (1 + (i % 20)) * 86_400_000).getTime();
  const base = performance.now() - t0;
  t0 = performance.now();
  for (let i = 0; i < n; i++)
    sink += dueMoment(new Date(start + (i % 300_000) * 97_000), 1 + (i % 20), calendar).getTime();
  const due = performance.now() - t0;
  console.log(
    `\ndue moments: ${fmt(n / (due / 1000) / 1e6, 2)} M/s; calendar-day baseline ${fmt(n / (base / 1000) / 1e6, 2)} M/s; ratio ${fmt(base / due, 3)} (checksum ${sink % 7})`,
  );
} finally {
  await cleanup();
}
