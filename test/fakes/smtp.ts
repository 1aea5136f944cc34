import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The exact bytes the SMTP client sent after DATA. */
  raw: Buffer;
}

export interface SmtpProcess {
  host: string;
  port: number;
  /** smtp://user:pass@127.0.0.1:port */
  url: string;
  received(): ReceivedMail[];
  /** Wait until at least `count` messages have arrived (or throw after timeoutMs). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./smtp-process.ts', import.meta.url));

/** Start test/fakes/smtp-process.ts in a child process and wait until it listens. */
export async function startSmtpProcess(auth: { user: string; pass: string }): Promise<SmtpProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'hailong-smtp-'));
  const out = join(dir, 'received.jsonl');
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx/esm', SCRIPT, '--out', out, '--user', auth.user, '--pass', auth.pass],
    { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const port = await new Promise<number>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`SMTP process did not start: ${stderr}`)), 15_000);
    child.stdout!.on('data', (c: Buffer) => {
      stdout += c.toString();
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n') && line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { port: number }).port);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`SMTP process exited (${code}): ${stderr}`));
    });
  });
  const received = (): ReceivedMail[] =>
    existsSync(out)
      ? readFileSync(out, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => {
            const m = JSON.parse(l) as { from: string; to: string[]; raw: string };
            return { from: m.from, to: m.to, raw: Buffer.from(m.raw, 'base64') };
          })
      : [];
  return {
    host: '127.0.0.1',
    port,
    url: `smtp://${encodeURIComponent(auth.user)}:${encodeURIComponent(auth.pass)}@127.0.0.1:${port}`,
    received,
    async waitFor(count, timeoutMs = 10_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const mails = received();
        if (mails.length >= count) return mails;
        if (Date.now() > end) throw new Error(`expected ${count} mails, got ${mails.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
