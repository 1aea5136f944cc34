// File set: routes, service, errors. No schema or presenter (the answer is the backup file itself, streamed) and no repo (db/backup.ts reads every table).
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { errors, validationHook } from '../../http/openapi.ts';
import type { AppContext } from '../../lib/context.ts';
import { authorizeBackup, snapshot } from './backup.service.ts';

const tags = ['Hệ thống'];

export const BACKUP_MIME = 'application/vnd.hailong.backup+gzip';

export function backupRoutes(
  ctx: AppContext,
  options: { engine: 'pglite' | 'postgres'; backupKey?: string | undefined },
) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/admin/backup',
      tags,
      summary:
        'Sao lưu toàn bộ cơ sở dữ liệu (ảnh chụp nhất quán, JSON lines nén gzip); quản trị viên cấp cao nhất hoặc lệnh hailong backup',
      'x-hailong-access': 'scoped',
      responses: {
        200: {
          description: 'Tệp sao lưu; khôi phục bằng hailong restore',
          content: { [BACKUP_MIME]: { schema: { type: 'string', format: 'binary' } } },
        },
        ...errors,
      },
    }),
    async (c) => {
      authorizeBackup(c.get('actor'), c.req.header('x-hailong-backup-key'), options.backupKey);
      const taken = await snapshot(ctx, options.engine);
      const stream = createReadStream(taken.file);
      stream.once('close', () => taken.remove());
      const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
      return new Response(Readable.toWeb(stream) as ReadableStream, {
        status: 200,
        headers: {
          'content-type': BACKUP_MIME,
          'content-length': String(taken.bytes),
          'content-disposition': `attachment; filename="hailong-${stamp}.backup"`,
          'cache-control': 'no-store',
          'x-hailong-backup-rows': String(taken.rows),
        },
      });
    },
  );

  return app;
}
