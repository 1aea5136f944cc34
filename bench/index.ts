/**
 * The satisfaction index at scale, and web submissions.
 *   npx tsx bench/index.ts [--engine postgres|pglite] [--units 6600] [--responses 300] [--submissions 10000] [--concurrency 32] [--smoke]
 * Defaults: national scale on PostgreSQL (DATABASE_URL) — 6,600 units × 300 responses × 10 questions
 * (≈ 20 M answers); `--engine pglite --units 150` is the province scale.
 * Figures: the full index table (every unit, criterion, question, interval and rank) against a bare
 * `GROUP BY unit` count over the same rows, measured in the same run (median of 3); then web
 * submissions over loopback HTTP against GET /api/health.
 */
import { sql } from 'drizzle-orm';
import { systemActor } from '../src/access/actor.ts';
import { queryRows } from '../src/db/rows.ts';
import { countByUnitId } from '../src/modules/surveys/index/index.queries.ts';
import { indexTable } from '../src/modules/surveys/index/index.service.ts';
import { period, periodBounds } from '../src/modules/surveys/index/period.ts';
import { importQuestionnaire } from '../src/modules/surveys/questionnaires/questionnaires.service.ts';
import { createWave } from '../src/modules/surveys/waves/waves.service.ts';
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
const unitCount = Number(arg('units', smoke ? '60' : engine === 'pglite' ? '150' : '6600'));
const perUnit = Number(arg('responses', smoke ? '50' : '300'));
const submissions = Number(arg('submissions', smoke ? '200' : '10000'));
const concurrency = Number(arg('concurrency', smoke ? '8' : '32'));
const system = systemActor('bench');

const QUESTIONNAIRE = {
  code: 'BENCH-10',
  title: 'Phiếu đo hiệu năng: 10 câu, 5 mức',
  criteria: ['A', 'B'].map((k) => ({
    code: k,
    title: `Tiêu chí ${k}`,
    questions: [1, 2, 3, 4, 5].map((n) => ({
      code: `${k}${n}`,
      text: `Câu ${k}${n}`,
      options: [0, 0.25, 0.5, 0.75, 1].map((score, i) => ({ value: i + 1, label: `Mức ${i + 1}`, score })),
    })),
  })),
};

console.log(
  `# bench/index — ${engine}, ${unitCount} units × ${perUnit} responses × 10 questions = ${fmt((unitCount * perUnit * 10) / 1e6, 2)} M answers (${machine()})`,
);
const { database, cleanup } = await freshDatabase(engine);
try {
  const ctx = contextFor(database);
  const lines = ['code,name,type,parent_code', 'ROOT,Cả nước (đo hiệu năng),province,'];
  const provinces = Math.max(1, Math.round(unitCount / 200));
  for (let p = 0; p < provinces; p++) lines.push(`PV${p},Tỉnh ${p},province,ROOT`);
  for (let i = 0; lines.length < unitCount + 2 + provinces; i++)
    lines.push(`X${i},UBND xã số ${i},commune,PV${i % provinces}`);
  await importUnitsCsv(ctx, system, `${lines.join('\n')}\n`, 'bench');
  const { version } = await importQuestionnaire(ctx, system, QUESTIONNAIRE);

  let t0 = performance.now();
  // Uniform answers 1–5 for the 10 questions; criterion scores = mean of the 5 question scores,
  // overall = mean of the two criteria (equal weights), as scoreResponse computes them.
  await ctx.db.execute(sql`
    insert into responses (questionnaire_id, unit_id, submitted_at, channel, answers, criterion_scores, overall_score)
    select ${version.id}, u.id, s.at, 'import', s.ans, array[s.a, s.b], (s.a + s.b) / 2
    from units u
    cross join generate_series(1, ${perUnit}) g
    cross join lateral (
      select x.at, x.ans,
        (x.ans[1] + x.ans[2] + x.ans[3] + x.ans[4] + x.ans[5] - 5) / 20.0 as a,
        (x.ans[6] + x.ans[7] + x.ans[8] + x.ans[9] + x.ans[10] - 5) / 20.0 as b
      from (select timestamptz '2025-01-01 00:00+07' + (random() * 360 + g * 0) * interval '1 day' as at,
              array(select (1 + floor(random() * 5 + g * 0 + k * 0))::smallint from generate_series(1, 10) k) as ans) x
    ) s
    where u.type = 'commune'`);
  await ctx.db.execute(sql`analyze responses`);
  const [{ n }] = (await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from responses`)) as [
    { n: number },
  ];
  console.log(`inserted ${n.toLocaleString('en')} responses in ${fmt((performance.now() - t0) / 1000, 1)} s`);

  const filter = { questionnaireId: version.id, ...periodBounds(period('2025')) };
  const timings = { index: [] as number[], baseline: [] as number[] };
  let units = 0;
  for (let run = 0; run < 3; run++) {
    t0 = performance.now();
    await countByUnitId(ctx.db, filter);
    timings.baseline.push(performance.now() - t0);
    t0 = performance.now();
    const table = await indexTable(ctx, system, { questionnaire: 'BENCH-10', period: '2025' });
    timings.index.push(performance.now() - t0);
    units = table.units.length;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
  const index = median(timings.index);
  const baseline = median(timings.baseline);
  console.log('| measure | median of 3 (s) |');
  console.log('|---|---|');
  console.log(`| bare GROUP BY unit count (baseline) | ${fmt(baseline / 1000, 3)} |`);
  console.log(
    `| full index table (${units} units, 2 criteria, 10 questions, intervals, ranks) | ${fmt(index / 1000, 3)} |`,
  );
  console.log(`ratio index ÷ baseline: ${fmt(index / baseline, 2)}`);

  // Web submissions: a wave open today on every commune, one device token per request.
  const communes = await queryRows<{ code: string }>(
    ctx.db,
    sql`select code from units where type = 'commune' order by id`,
  );
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  await createWave(ctx, system, {
    code: 'BENCH-WAVE',
    title: 'Đợt đo hiệu năng',
    questionnaire: 'BENCH-10',
    period: today.slice(0, 4),
    opensOn: today,
    closesOn: today,
    ownerUnitCode: 'ROOT',
    unitCodes: communes.map((c) => c.code),
    targetSample: 300,
  });
  const server = await listen(ctx, engine);
  try {
    const answers = Object.fromEntries(
      QUESTIONNAIRE.criteria.flatMap((c) => c.questions.map((q, i) => [q.code, 1 + (i % 5)])),
    );
    const body = JSON.stringify({ answers, consent: true, deviceToken: 'bench-device-{i}' });
    const health = await load({
      url: server.url,
      paths: ['/api/health'],
      concurrency,
      requests: submissions,
    });
    const submit = await load({
      url: server.url,
      paths: communes.slice(0, 500).map((c) => `/api/v1/public/surveys/${c.code}/responses`),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
      body,
      concurrency,
      requests: submissions,
    });
    console.log(
      `\n| route (concurrency ${concurrency}) | requests | errors | req/s | p50 ms | p99 ms | req/s ÷ baseline |`,
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const [name, r] of [
      ['GET /api/health (baseline)', health],
      ['POST /api/v1/public/surveys/{unit}/responses', submit],
    ] as const) {
      console.log(
        `| ${name} | ${r.requests} | ${r.errors} | ${fmt(r.rps)} | ${fmt(r.p50, 2)} | ${fmt(r.p99, 2)} | ${fmt(r.rps / health.rps, 3)} |`,
      );
    }
  } finally {
    await server.close();
  }
} finally {
  await cleanup();
}
