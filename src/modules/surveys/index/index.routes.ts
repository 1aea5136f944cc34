import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { XLSX_MIME } from '../../../documents/index.ts';
import { download } from '../../../http/download.ts';
import type { AppEnv } from '../../../http/env.ts';
import { errors, json, jsonBody, validationHook } from '../../../http/openapi.ts';
import { requireActor } from '../../../http/request.ts';
import type { AppContext } from '../../../lib/context.ts';
import { queryBool } from '../surveys.schema.ts';
import { presentIndexTable } from './index.present.ts';
import * as s from './index.schema.ts';
import { indexTable, indexWorkbook } from './index.service.ts';
import { setTarget } from './targets.service.ts';

const tags = ['Khảo sát (surveys)'];

/** The index table (JSON and Excel) and the targets it is measured against. */
export function indexRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/surveys/index',
      tags,
      summary: 'Chỉ số hài lòng theo đơn vị, tiêu chí, câu hỏi; khoảng tin cậy, xếp hạng, chỉ tiêu',
      'x-hailong-access': 'scoped',
      request: { query: s.IndexQuery },
      responses: { 200: json(s.IndexTable, 'Bảng chỉ số'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const table = await indexTable(ctx, requireActor(c), { ...q, pooled: queryBool(q.pooled) });
      return c.json(presentIndexTable(table), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/surveys/index.xlsx',
      tags,
      summary: 'Bảng chỉ số dạng Excel: đơn vị, số phiếu, từng tiêu chí %, chỉ số chung %, hạng',
      'x-hailong-access': 'scoped',
      request: { query: s.IndexQuery },
      responses: {
        200: { content: { [XLSX_MIME]: { schema: z.string() } }, description: 'Tệp XLSX' },
        ...errors,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const workbook = await indexWorkbook(ctx, requireActor(c), { ...q, pooled: queryBool(q.pooled) });
      return download(workbook.bytes, XLSX_MIME, workbook.fileName);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/surveys/targets',
      tags,
      summary: 'Đặt (hoặc xoá, value = null) chỉ tiêu cho một nhóm đơn vị hoặc một đơn vị',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.TargetBody) },
      responses: { 200: json(s.TargetList, 'Chỉ tiêu của phiếu và kỳ'), ...errors },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json({ targets: await setTarget(ctx, requireActor(c), body) }, 200);
    },
  );

  return app;
}
