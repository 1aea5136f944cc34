/**
 * HTTP load from a separate process (so the server's event loop is not shared with the client):
 *   node --import tsx/esm bench/lib/load-client.ts '<json spec>'
 * spec = { url, paths: string[], headers, concurrency, requests, method?, body? } → prints JSON
 * (in `body`, "{i}" becomes the request number, so each request can be distinct)
 * { requests, errors, seconds, rps, p50, p99 } (latencies in ms) on stdout.
 */
import http from 'node:http';

interface Spec {
  url: string;
  paths: string[];
  headers?: Record<string, string>;
  concurrency: number;
  requests: number;
  method?: string;
  body?: string;
}

const spec = JSON.parse(process.argv[2]!) as Spec;
const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
const base = new URL(spec.url);

function once(path: string, i: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method: spec.method ?? 'GET',
        headers: spec.headers,
        agent,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    if (spec.body) req.write(spec.body.replaceAll('{i}', String(i)));
    req.end();
  });
}

const latencies: number[] = [];
let errors = 0;
let next = 0;
const started = performance.now();
async function worker() {
  for (;;) {
    const i = next++;
    if (i >= spec.requests) return;
    const t0 = performance.now();
    const status = await once(spec.paths[i % spec.paths.length]!, i).catch(() => 0);
    latencies.push(performance.now() - t0);
    if (status < 200 || status >= 300) errors++;
  }
}
await Promise.all(Array.from({ length: spec.concurrency }, worker));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
agent.destroy();
process.stdout.write(
  JSON.stringify({
    requests: latencies.length,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50: pct(50),
    p99: pct(99),
  }),
);
