/**
 * Due-date computations per second, in-process, against a baseline measured in the same run.
 *   npx tsx bench/due-dates.ts [--n 1000000] [--smoke]   (--smoke: n = 20,000, for CI)
 * Baseline: the cheapest thing a due date could be, `new Date(t + N * 86_400_000)` (calendar days,
 * no holidays). The ratio says how much the working-day rule costs on top of creating a Date.
 * Figures, not a test: nothing here fails on a slow machine.
 */
import { parseArgs } from 'node:util';
import { dueMoment, extendForSupplement, vietnamCalendar } from '../src/calendar/index.ts';

const { values } = parseArgs({ options: { n: { type: 'string' }, smoke: { type: 'boolean' } } });
const n = Number(values.n ?? (values.smoke ? '20000' : '1000000'));
if (!Number.isSafeInteger(n) || n <= 0) throw new Error('--n must be a positive integer');

// Receipts spread over 2024–2026 at any minute of the day (weekends, nights, holidays included).
const FROM = Date.UTC(2024, 0, 1);
const SPAN = 3 * 365 * 86_400_000;
const inputs = Array.from({ length: 4096 }, (_, i) => ({
  t: FROM + Math.floor(((((i * 2654435761) % 4096) / 4096) * SPAN) / 60_000) * 60_000,
  days: [1, 3, 5, 7, 10, 15, 20, 30][i % 8]!,
}));

function time(label: string, fn: (i: number) => number): number {
  let sink = 0;
  for (let i = 0; i < Math.min(n, 200_000); i++) sink += fn(i); // warm up the JIT
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += fn(i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rate = n / seconds;
  if (sink === -1) console.log('(sink)'); // keeps the loop's result alive for the JIT
  console.log(
    `${label.padEnd(44)} ${Math.round(rate).toLocaleString('en-US').padStart(13)} /s  (${seconds.toFixed(3)} s)`,
  );
  return rate;
}

const buildStart = performance.now();
const calendar = vietnamCalendar();
dueMoment(new Date(FROM), 1, calendar); // compile once, outside the timed loops
const buildMs = performance.now() - buildStart;

console.log(`n = ${n.toLocaleString('en-US')} per measurement; Node ${process.version}`);
console.log(`calendar 1968–2100 built and compiled in ${buildMs.toFixed(1)} ms`);
const baseline = time('baseline: new Date(t + N*86400000)', (i) => {
  const x = inputs[i & 4095]!;
  return new Date(x.t + x.days * 86_400_000).getTime();
});
const due = time('dueMoment(receivedAt, N, calendar)', (i) => {
  const x = inputs[i & 4095]!;
  return dueMoment(new Date(x.t), x.days, calendar).getTime();
});
const supplement = time('extendForSupplement(due, req, done, calendar)', (i) => {
  const x = inputs[i & 4095]!;
  const d = new Date(x.t + 20 * 86_400_000);
  return extendForSupplement(d, new Date(x.t), new Date(x.t + x.days * 86_400_000), calendar).getTime();
});
console.log(
  `ratio dueMoment / baseline: ${(due / baseline).toFixed(3)} (baseline is ${(baseline / due).toFixed(1)}× faster)`,
);
console.log(`ratio extendForSupplement / baseline: ${(supplement / baseline).toFixed(3)}`);
