// File set: routes, schema, present, errors. No service or repo: jobs.ts keeps the jobs in memory (nothing in the database), and each import's own module writes its rows.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { errors, json, validationHook } from '../../http/openapi.ts';
import { requireActor } from '../../http/request.ts';
import { presentJob } from './imports.present.ts';
import * as s from './imports.schema.ts';
import { getImportJob } from './jobs.ts';

/** Background imports: their progress and result, for the account that started them. */
export function importsRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(
    createRoute({
      method: 'get',
      path: '/import-jobs/{id}',
      tags: ['Nhập tệp'],
      summary: 'Tiến độ và kết quả một lượt nhập tệp chạy nền (chỉ người đã gửi tệp xem được)',
      // The job belongs to the account that uploaded the file: anyone else gets 404.
      'x-hailong-access': 'self',
      request: { params: s.ImportJobIdParam },
      responses: { 200: json(s.ImportJob, 'Trạng thái lượt nhập'), ...errors },
    }),
    (c) => c.json(presentJob(getImportJob(requireActor(c), c.req.valid('param').id)), 200),
  );
  return app;
}
