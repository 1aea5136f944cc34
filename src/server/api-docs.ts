import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';

/** Swagger UI from the installed swagger-ui-dist package: the docs work offline, with no CDN. */
export function mountApiDocs(app: Hono<AppEnv>): void {
  const dist = join(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'), '..');
  const files: Record<string, string> = {
    'swagger-ui.css': 'text/css; charset=utf-8',
    'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  };
  for (const [file, type] of Object.entries(files)) {
    const body = readFileSync(join(dist, file));
    app.get(`/api/docs/${file}`, (c) => {
      c.header('Content-Type', type);
      c.header('Cache-Control', 'public, max-age=86400');
      return c.body(body);
    });
  }
  app.get('/api/docs/init.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body(
      "window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });",
    );
  });
  app.get('/api/docs', (c) =>
    c.html(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Hài Lòng — API</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="swagger-ui"></div><script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`),
  );
}
