import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { DOCX_MIME, XLSX_MIME } from '../../documents/index.ts';
import { download } from '../../http/download.ts';
import type { AppEnv } from '../../http/env.ts';
import { jsonRoutes } from '../../http/json-route.ts';
import { errors, validationHook } from '../../http/openapi.ts';
import { requireActor } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import * as s from './plans.schema.ts';
import * as reports from './reports.service.ts';

const tags = ['Báo cáo định kỳ (reports)'];

/** Monthly, quarterly, 6-month and annual reports of a unit or a province. */
export function reportsRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  jsonRoutes(app, tags)(
    {
      method: 'get',
      path: '/reports/periodic',
      summary:
        'Số liệu báo cáo định kỳ: chỉ số hài lòng, hồ sơ một cửa, phản ánh kiến nghị, tiến độ kế hoạch (tháng, quý, 6 tháng, năm)',
      query: s.ReportQuery,
      response: s.PeriodicReport,
      description: 'Số liệu',
    },
    (actor, { query }) => reports.periodicReport(ctx, actor, query),
  );

  for (const format of ['docx', 'xlsx'] as const) {
    app.openapi(
      createRoute({
        method: 'get',
        path: `/reports/periodic/${format}`,
        tags,
        summary: `Báo cáo định kỳ dạng ${format.toUpperCase()}`,
        'x-hailong-access': 'scoped',
        request: { query: s.ReportQuery },
        responses: {
          200: {
            content: { [format === 'docx' ? DOCX_MIME : XLSX_MIME]: { schema: z.string() } },
            description: `Tệp ${format.toUpperCase()}`,
          },
          ...errors,
        },
      }),
      async (c) => {
        const out = await reports.periodicReportFile(ctx, requireActor(c), c.req.valid('query'), format);
        return download(out.bytes, out.mime, out.fileName);
      },
    );
  }

  return app;
}
