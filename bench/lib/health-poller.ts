/**
 * Polls `GET <url>` at a fixed rate (one request every `intervalMs`, not waiting for the previous
 * one, so a stalled server shows up as long latencies rather than as missing samples) until a line
 * arrives on stdin; then prints `{ n, errors, p50, p99, max, samples }` (ms) as JSON. Runs in its own process
 * so that it measures the server's event loop, not its own.
 *   node --import tsx/esm bench/lib/health-poller.ts URL INTERVAL_MS
 */
const [url, intervalArg] = process.argv.slice(2);
const intervalMs = Number(intervalArg ?? '50');
const latencies: number[] = [];
/** [start (epoch ms), latency ms] of every request, so the caller can split them by phase. */
const samples: [number, number][] = [];
let errors = 0;
const inFlight = new Set<Promise<void>>();

const timer = setInterval(() => {
  const t0 = performance.now();
  const started = Date.now();
  const p = fetch(url!)
    .then(async (res) => {
      await res.arrayBuffer();
      if (!res.ok) errors++;
    })
    .catch(() => {
      errors++;
    })
    .finally(() => {
      latencies.push(performance.now() - t0);
      samples.push([started, performance.now() - t0]);
      inFlight.delete(p);
    });
  inFlight.add(p);
}, intervalMs);

// Tell the parent the clock is running.
process.stdout.write('ready\n');

process.stdin.once('data', async () => {
  clearInterval(timer);
  await Promise.all(inFlight);
  latencies.sort((a, b) => a - b);
  const q = (f: number) => latencies[Math.min(latencies.length - 1, Math.floor(f * latencies.length))] ?? 0;
  process.stdout.write(
    JSON.stringify({ n: latencies.length, errors, p50: q(0.5), p99: q(0.99), max: q(1), samples }),
  );
  process.exit(0);
});
