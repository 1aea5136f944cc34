/**
 * The API fuzz, long: the generator of test/fuzz.test.ts over loopback HTTP, for as many requests
 * as asked.
 *   npx tsx bench/fuzz.ts [--count 20000] [--seed 1] [--engine pglite|postgres] [--smoke]
 * Figures: requests sent, requests/s, responses >= 500, error bodies without the one shape, each
 * against GET /api/health measured in the same run (the baseline). Every failure is listed once
 * per operation with the request that caused it, so it can be replayed with the same seed.
 */
import { TEST_PASSWORD } from '../test/factories.ts';
import { casesFor, type FuzzRequest, judge, operations, prng } from '../test/fuzz-cases.ts';
import { seedFuzzData } from '../test/fuzz-seed.ts';
import { arg, contextFor, type Engine, fmt, freshDatabase, listen, machine, smoke } from './lib/harness.ts';

const engine = arg('engine', 'pglite') as Engine;
const count = Number(arg('count', smoke ? '300' : '20000'));
const seed = Number(arg('seed', '1'));
const SKIP_SIGNED_IN = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/auth/password']);

console.log(`# bench/fuzz — ${engine}, ${count} requests, seed ${seed} (${machine()})`);
const { database, cleanup } = await freshDatabase(engine);
const ctx = contextFor(database);
const server = await listen(ctx, engine);
try {
  const known = await seedFuzzData(ctx);

  const signIn = async (): Promise<Record<string, string>> => {
    const res = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin.t', password: TEST_PASSWORD }),
    });
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return { cookie, 'x-csrf-token': csrfToken };
  };
  let admin = await signIn();

  // Baseline: the health route, the same client, sequentially.
  const baselineN = smoke ? 50 : 500;
  let started = performance.now();
  for (let i = 0; i < baselineN; i++) await (await fetch(`${server.url}/api/health`)).text();
  const baselineRps = baselineN / ((performance.now() - started) / 1000);

  const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
  const ops = operations(doc);
  const rng = prng(seed);
  const perOperation = Math.max(1, Math.ceil(count / (ops.length * 2)));
  let sent = 0;
  let fiveHundreds = 0;
  let badShape = 0;
  let resets = 0;
  const byStatus = new Map<number, number>();
  const failures = new Map<string, { problem: string; req: FuzzRequest; body: string }>();
  started = performance.now();
  outer: while (sent < count) {
    for (const op of ops) {
      for (const signedIn of [false, true]) {
        if (signedIn && SKIP_SIGNED_IN.has(`${op.method} ${op.path}`)) continue;
        for (const req of casesFor(doc, op, rng, known, perOperation)) {
          if (sent >= count) break outer;
          let res: Response;
          let text: string;
          const send = () =>
            fetch(`${server.url}${req.path}`, {
              method: req.method,
              headers: { ...(signedIn ? admin : {}), ...req.headers },
              ...(req.body === undefined ? {} : { body: req.body }),
            });
          try {
            try {
              res = await send();
            } catch {
              // A kept-alive socket the server closed after answering the previous request early
              // (before reading its large body) fails the next request: retry once on a new socket.
              resets++;
              res = await send();
            }
            text = await res.text();
          } catch (error) {
            // The server closed the connection without an answer: as bad as a 500.
            sent++;
            fiveHundreds++;
            const key = `${signedIn ? 'admin' : 'anonymous'} ${op.method} ${op.path}`;
            const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
            if (!failures.has(key)) failures.set(key, { problem: `no answer (${cause})`, req, body: '' });
            continue;
          }
          sent++;
          byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
          const problem = judge(req.path, res.status, res.headers.get('content-type'), text);
          if (problem) {
            if (res.status >= 500) fiveHundreds++;
            else badShape++;
            const key = `${signedIn ? 'admin' : 'anonymous'} ${op.method} ${op.path}`;
            if (!failures.has(key)) failures.set(key, { problem, req, body: text.slice(0, 200) });
          }
          // A fuzzed request may end the session (a password reset of this user): sign in again.
          if (signedIn && res.status === 401) admin = await signIn();
        }
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const rps = sent / seconds;
  console.log('');
  console.log('| figure | value |');
  console.log('| --- | --- |');
  console.log(`| operations in /api/openapi.json | ${ops.length} |`);
  console.log(`| requests sent (anonymous + signed-in admin) | ${sent} |`);
  console.log(`| requests/s (sequential) | ${fmt(rps)} |`);
  console.log(`| baseline GET /api/health requests/s | ${fmt(baselineRps)} |`);
  console.log(`| fuzz requests/s ÷ baseline | ${fmt(rps / baselineRps, 3)} |`);
  console.log(`| responses >= 500 | ${fiveHundreds} |`);
  console.log(`| error bodies without the one shape | ${badShape} |`);
  console.log(`| kept-alive sockets closed by the server, retried | ${resets} |`);
  console.log(
    `| statuses | ${[...byStatus]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ')} |`,
  );
  for (const [key, f] of failures) {
    console.log(`\nFAIL ${key}: ${f.problem}\n  ${f.req.label} ${f.req.path.slice(0, 160)}`);
    if (f.req.body !== undefined) console.log(`  sent: ${f.req.body.slice(0, 200)}`);
    console.log(`  got: ${f.body}`);
  }
  process.exitCode = fiveHundreds + badShape > 0 ? 1 : 0;
} finally {
  await server.close();
  await cleanup();
}
