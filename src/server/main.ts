import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { annotateLock } from '../db/lock.ts';
import { sendersFromEnv } from '../messaging/notifications.config.ts';
import { startOutboxWorker } from '../messaging/worker.ts';
import { auditAnchor } from '../modules/audit/audit.service.ts';
import { recordOverdue } from '../modules/dossiers/dossiers.service.ts';
import { scanOverdue } from '../modules/feedback/feedback.service.ts';
import { queuePlanReminders } from '../modules/plans/reminders-outbox.ts';
import { createApp } from './app.ts';
import type { Booted } from './boot.ts';
import type { Config } from './config.ts';

export const VERSION: string = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serve the app on the configured host and port until SIGINT/SIGTERM, then close the HTTP server
 * and the database cleanly (PGlite must be closed to flush its files and release the folder lock).
 */
export async function serveApp(booted: Booted, config: Config): Promise<RunningServer> {
  // A channel half configured stops the start here, with the variable named, not at the first message.
  const senders = sendersFromEnv(process.env);
  const backupKey = randomBytes(32).toString('hex');
  const app = createApp(booted.ctx, {
    backupKey,
    engine: booted.database.engine,
    webDir: config.webDir,
    cookieSecure: config.cookieSecure,
    version: VERSION,
    publicUrl: config.publicUrl,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Cổng ${config.port} trên ${config.host} đang được chương trình khác dùng. Chọn cổng khác bằng --port hoặc PORT.`,
            )
          : error,
      );
    });
  });
  const { port } = server.address() as AddressInfo;
  // Background work of the one process that owns the database: messages out, the late-dossier
  // register, and plan reminders.
  const stopOutbox = startOutboxWorker(booted.ctx, senders, 10_000);
  const overdue = setInterval(() => {
    recordOverdue(booted.ctx).catch((error) => booted.ctx.log.error({ err: error }, 'overdue scan failed'));
    scanOverdue(booted.ctx).catch((error) =>
      booted.ctx.log.error({ err: error }, 'feedback overdue scan failed'),
    );
    queuePlanReminders(booted.ctx).catch((error) =>
      booted.ctx.log.error({ err: error }, 'plan reminders failed'),
    );
  }, 300_000);
  overdue.unref();
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  // One more copy of the audit anchor, in the log (docs/decisions/0010).
  auditAnchor(booted.ctx.db)
    .then((a) =>
      booted.ctx.log.info({ auditRows: a.rows, auditHead: a.head, auditHeadId: a.headId }, 'audit anchor'),
    )
    .catch((error) => booted.ctx.log.error({ err: error }, 'audit anchor failed'));
  // `hailong backup` cannot open a folder this process holds: it finds us (and the key) here.
  if (booted.database.engine === 'pglite')
    annotateLock(config.dataDir, { url: loopbackUrl(config.host, port), backupKey });
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      clearInterval(overdue);
      await stopOutbox();
      await Promise.all(senders.map((s) => s.close?.()));
      await booted.close();
    })();
    return closing;
  };
  const onSignal = () => {
    booted.ctx.log.info('shutting down');
    void close().then(() => process.exit(0));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return { url, close };
}

/** An address a command on this machine can reach the server at, whatever interface it listens on. */
function loopbackUrl(host: string, port: number): string {
  if (host === '0.0.0.0' || host === '::') return `http://127.0.0.1:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
