import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';

/**
 * The React app, built by `npm run build` into `webDir`. Any path that is not a file gets
 * index.html, so the SPA's own router handles deep links. Without a build, `/` still answers a
 * short Vietnamese page that says how to build it.
 */
export function mountWeb(app: Hono<AppEnv>, webDir: string): void {
  const indexFile = join(webDir, 'index.html');
  app.use('/assets/*', async (c, next) => {
    await next();
    // Vite puts a content hash in every asset name: safe to cache for a year.
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  if (existsSync(webDir)) app.use('/*', serveStatic({ root: webDir }));
  app.get('*', (c) => {
    if (!existsSync(indexFile)) return c.html(NOT_BUILT_PAGE, 200);
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hài Lòng</title></head>
<body><main><h1>Hài Lòng</h1>
<p>Máy chủ đang chạy nhưng giao diện web chưa được build. Chạy <code>npm run build</code> rồi tải lại trang.</p>
<p>API: <a href="/api/docs">/api/docs</a> · <a href="/api/health">/api/health</a></p></main></body></html>`;
