import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
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
  const app = createApp(booted.ctx, {
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
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
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
