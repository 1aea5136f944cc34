/**
 * Survey stuffing against the layered defence (docs/decisions/0009-survey-stuffing.md), over
 * loopback HTTP to a real server in this process.
 *   npx tsx bench/stuffing.ts [--honest 200] [--attack 1000] [--drip 101] [--smoke]
 * PGlite by default; PostgreSQL when DATABASE_URL is set.
 *
 * The server's clock is simulated (ctx.now reads a variable the script moves), so "1,000 responses
 * in one minute" and "40 phones in ten minutes" are what the server sees, whatever the machine's
 * speed. Every request is a real HTTP round trip with the real checks: the form is fetched (device
 * token + ALTCHA challenge), the proof of work is solved, the answers are posted. All requests come
 * from 127.0.0.1, i.e. one address (one counter Wi-Fi, or one attacker).
 *
 * Phase 1, the attack: the attacker solves the proof of work at a difficulty of 1,000 instead of
 * the default — a stand-in for an attacker with as many cores as needed — so the figure shows what
 * the other layers do even when the proof of work is beaten. 1,000 posts of the lowest ratings,
 * spread evenly over 60 simulated seconds.
 * Phase 2, the counter: an hour later, 40 citizens on the same address at the default difficulty,
 * at times drawn uniformly over 10 minutes (a Poisson queue conditioned on 40 arrivals), seeded.
 * Phase 3, the drip: one scripted post every 61 s, just under the minute and hour rules (59 in any
 * hour); the day rule holds the day's posts of the address to that unit from the 101st on
 * (`--drip 100` shows the most an address can still add to one unit in a day).
 * Also: the time Node takes to solve a default challenge (a phone's browser is slower).
 */
import { readFileSync } from 'node:fs';
import { solveChallenge } from 'altcha-lib/v1';
import { systemActor } from '../src/access/actor.ts';
import { indexTable } from '../src/modules/surveys/index/index.service.ts';
import { importQuestionnaire } from '../src/modules/surveys/questionnaires/questionnaires.service.ts';
import { DEFAULT_FORM_GUARD, formGuard } from '../src/modules/surveys/responses/form-guard.ts';
import { enterResponse } from '../src/modules/surveys/responses/responses.service.ts';
import { createWave } from '../src/modules/surveys/waves/waves.service.ts';
import { importUnitsCsv } from '../src/modules/units/units.service.ts';
import { arg, contextFor, type Engine, fmt, freshDatabase, listen, machine, smoke } from './lib/harness.ts';

const engine: Engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const honest = Number(arg('honest', smoke ? '30' : '200'));
const attack = Number(arg('attack', smoke ? '40' : '1000'));
const phones = smoke ? 12 : 40;
const drip = Number(arg('drip', smoke ? '10' : '101'));
const solveSamples = smoke ? 2 : 20;
const system = systemActor('bench');
const QUESTIONNAIRE = readFileSync('data/questionnaires/KH-UBND-XA.json', 'utf8');
const questions = (
  JSON.parse(QUESTIONNAIRE) as { criteria: { questions: { code: string; options: { value: number }[] }[] }[] }
).criteria.flatMap((c) => c.questions);

/** Seeded (mulberry32): the same arrivals and answers on every run. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(9);
/** A satisfied citizen: mostly the last (best) options, sometimes one lower. */
const honestAnswers = () =>
  Object.fromEntries(
    questions.map((q) => {
      const v = q.options.map((o) => o.value).filter((x) => x !== 9);
      return [q.code, v[Math.max(0, v.length - 1 - (random() < 0.25 ? 1 : 0))]!];
    }),
  );
/** The script: the lowest option everywhere. */
const worstAnswers = Object.fromEntries(questions.map((q) => [q.code, q.options[0]!.value]));

console.log(
  `# bench/stuffing — ${engine}, ${honest} honest responses per ward, ${attack} scripted in one minute, ${phones} phones in ten minutes (${machine()})`,
);
const { database, cleanup } = await freshDatabase(engine);
let clock = Date.parse('2026-03-02T08:00:00+07:00');
try {
  const ctx = { ...contextFor(database), now: () => new Date(clock) };
  const lines = ['code,name,type,parent_code', 'KH,Tỉnh Khánh Hòa (đo hiệu năng),province,'];
  for (const w of ['P01', 'P02', 'P03']) lines.push(`${w},UBND phường ${w},ward,KH`);
  await importUnitsCsv(ctx, system, `${lines.join('\n')}\n`, 'bench');
  await importQuestionnaire(ctx, system, QUESTIONNAIRE);
  await createWave(ctx, system, {
    code: 'W-BENCH',
    title: 'Khảo sát đo hiệu năng',
    questionnaire: 'KH-UBND-XA',
    period: '2026',
    opensOn: '2026-01-01',
    closesOn: '2026-12-31',
    ownerUnitCode: 'KH',
    unitCodes: ['P01', 'P02', 'P03'],
    targetSample: 400,
  });
  // The honest baseline: kiosk answers the day before (signed in, so no token or proof needed).
  clock -= 86_400_000;
  for (const unitCode of ['P01', 'P02', 'P03']) {
    for (let i = 0; i < honest; i++) {
      await enterResponse(ctx, system, { unitCode, channel: 'kiosk', answers: honestAnswers() });
    }
  }
  clock += 86_400_000;
  const indexOf = async (unit: string) => {
    const t = await indexTable(ctx, system, { questionnaire: 'KH-UBND-XA', period: '2026', unit });
    const u = t.units.find((x) => x.unit === unit)!;
    return {
      index: u.overall.index ?? Number.NaN,
      responses: u.responses,
      held: u.held ?? 0,
      excluded: u.excluded,
    };
  };

  const server = await listen(ctx, engine);
  try {
    /** One citizen or one script: open the form, solve the challenge, send. */
    const respond = async (unitCode: string, answers: Record<string, number>) => {
      const formRes = await fetch(`${server.url}/api/v1/public/surveys/${unitCode}`);
      const form = (await formRes.json()) as {
        deviceToken: string;
        challenge: {
          algorithm: string;
          challenge: string;
          maxnumber: number;
          salt: string;
          signature: string;
        };
      };
      const c = form.challenge;
      const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
      const proof = Buffer.from(
        JSON.stringify({ ...c, maxnumber: undefined, number: solution?.number }),
      ).toString('base64');
      const res = await fetch(`${server.url}/api/v1/public/surveys/${unitCode}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers, consent: true, deviceToken: form.deviceToken, proof }),
      });
      await res.arrayBuffer();
      return res.status;
    };
    const tally = (statuses: number[]) => {
      const by = new Map<number, number>();
      for (const s of statuses) by.set(s, (by.get(s) ?? 0) + 1);
      return [...by].map(([s, n]) => `${n} × ${s}`).join(', ');
    };

    // Solve time at the default difficulty, in Node (WebCrypto, one core).
    const solveMs: number[] = [];
    for (let i = 0; i < solveSamples; i++) {
      const { issueFormToken } = await import('../src/modules/surveys/responses/form-guard.ts');
      const { challenge: c } = await issueFormToken(ctx, 1);
      const t0 = performance.now();
      await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
      solveMs.push(performance.now() - t0);
    }
    solveMs.sort((a, b) => a - b);

    // Phase 1: the attack.
    formGuard(ctx, { powMaxNumber: 1000 });
    const before = await indexOf('P01');
    const attackStart = clock;
    const attackStatuses: number[] = [];
    const t1 = performance.now();
    for (let i = 0; i < attack; i++) {
      clock = attackStart + Math.floor((i * 60_000) / attack);
      attackStatuses.push(await respond('P01', worstAnswers));
    }
    const attackSeconds = (performance.now() - t1) / 1000;
    const after = await indexOf('P01');

    // Phase 2: the counter, an hour later, at the default difficulty.
    formGuard(ctx, { ...DEFAULT_FORM_GUARD });
    const phoneStart = attackStart + 3_600_000;
    const arrivals = Array.from({ length: phones }, () => Math.floor(random() * 600_000)).sort(
      (a, b) => a - b,
    );
    let busiestMinute = 0;
    for (const t of arrivals)
      busiestMinute = Math.max(busiestMinute, arrivals.filter((u) => u >= t && u < t + 60_000).length);
    const counterBefore = await indexOf('P02');
    const phoneStatuses: number[] = [];
    for (const t of arrivals) {
      clock = phoneStart + t;
      phoneStatuses.push(await respond('P02', honestAnswers()));
    }
    const counterAfter = await indexOf('P02');

    // Phase 3: the drip, another hour later.
    formGuard(ctx, { powMaxNumber: 1000 });
    const dripStart = phoneStart + 3_600_000;
    const dripBefore = await indexOf('P03');
    const dripStatuses: number[] = [];
    for (let i = 0; i < drip; i++) {
      clock = dripStart + i * 61_000;
      dripStatuses.push(await respond('P03', worstAnswers));
    }
    const dripAfter = await indexOf('P03');

    const g = DEFAULT_FORM_GUARD;
    console.log(
      `\nDefaults: token ${g.tokenTtlMs / 60_000} min; ALTCHA maxnumber ${g.powMaxNumber}; ${g.perAddress} per address and ${g.perUnit} per unit in ${g.windowMs / 60_000} min; hold ${g.holdRules.map((r) => `more than ${r.after} from one address in ${r.windowMs / 60_000} min`).join(', or ')}, or more than ${g.dayHoldAfter} from one address to one unit in a Vietnam day.`,
    );
    console.log(
      `Proof of work at the default difficulty, Node ${process.version} on one core: median ${fmt(solveMs[Math.floor(solveMs.length / 2)]!, 0)} ms, max ${fmt(solveMs.at(-1)!, 0)} ms over ${solveMs.length} challenges.`,
    );
    console.log(
      '\n| phase | posts | answers | counted | held | excluded | index before | index after | change (points) |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    const row = (
      name: string,
      statuses: number[],
      b: Awaited<ReturnType<typeof indexOf>>,
      a: Awaited<ReturnType<typeof indexOf>>,
    ) =>
      console.log(
        `| ${name} | ${statuses.length} | ${tally(statuses)} | ${a.responses - b.responses} | ${a.held - b.held} | ${a.excluded - b.excluded} | ${fmt(b.index, 2)} | ${fmt(a.index, 2)} | ${fmt(a.index - b.index, 2)} |`,
      );
    row(`scripted, one address, 60 s (P01, ${honest} honest)`, attackStatuses, before, after);
    row(
      `${phones} phones, one Wi-Fi, 10 min (P02; busiest minute ${busiestMinute})`,
      phoneStatuses,
      counterBefore,
      counterAfter,
    );
    row(`drip: one every 61 s, ${drip} posts (P03)`, dripStatuses, dripBefore, dripAfter);
    console.log(`\nThe attack's ${attack} round trips took ${fmt(attackSeconds, 1)} s of real time.`);

    const moved = Math.abs(after.index - before.index);
    const allPhonesCount =
      phoneStatuses.every((s) => s === 201) &&
      counterAfter.responses - counterBefore.responses === phones &&
      counterAfter.held === 0;
    console.log(
      `Goal: scripted burst moves the index by < 0.5 points: ${moved < 0.5 ? 'met' : 'NOT met'} (${fmt(moved, 2)}); all ${phones} phones count: ${allPhonesCount ? 'met' : 'NOT met'}.`,
    );
    if (!(moved < 0.5) || !allPhonesCount) process.exitCode = 1;
  } finally {
    await server.close();
  }
} finally {
  await cleanup();
}
