import { runCli } from '../src/cli/commands.ts';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

type Write = typeof process.stdout.write;

/**
 * Runs one `hailong` command line in this process on the embedded data folder `dataDir`, as
 * `HAILONG_DATA=dataDir hailong …args` would, and returns its exit status and output. Starting
 * node + PGlite for every command cost seconds each; where the process boundary itself is what a
 * test checks (the folder lock, a killed server, an uncaught error), test/cli.test.ts still spawns.
 */
export function hailongIn(dataDir: string, ...args: string[]): Promise<CliResult> {
  // One at a time: stdout, stderr and the environment are the process's own, so calls made
  // together (Promise.all) run one after the other instead of mixing their output.
  const run = queue.then(() => runCaptured(dataDir, args));
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

async function runCaptured(dataDir: string, args: string[]): Promise<CliResult> {
  const saved = {
    HAILONG_DATA: process.env.HAILONG_DATA,
    DATABASE_URL: process.env.DATABASE_URL,
    LOG_LEVEL: process.env.LOG_LEVEL,
  };
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const out = { stdout: '', stderr: '' };
  const capture =
    (stream: 'stdout' | 'stderr'): Write =>
    (chunk: unknown, ...rest: unknown[]) => {
      out[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    };
  process.env.HAILONG_DATA = dataDir;
  delete process.env.DATABASE_URL;
  process.env.LOG_LEVEL = 'warn';
  process.stdout.write = capture('stdout');
  process.stderr.write = capture('stderr');
  try {
    const status = await runCli(args);
    return { status, ...out };
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    restore('HAILONG_DATA', saved.HAILONG_DATA);
    restore('DATABASE_URL', saved.DATABASE_URL);
    restore('LOG_LEVEL', saved.LOG_LEVEL);
  }
}

function restore(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
