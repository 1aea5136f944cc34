import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { errors, json, validationHook } from '../../http/openapi.ts';
import { requireActor } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import * as h from './headings.schema.ts';
import { unitHeadings } from './headings.service.ts';
import { UnitCodeParam } from './units.schema.ts';

const tags = ['Đơn vị (units)'];

/** A unit's document headings over time; the import is the CLI's (`hailong units headings import`). */
export function unitHeadingsRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(
    createRoute({
      method: 'get',
      path: '/units/{code}/headings',
      tags,
      summary: 'Tiêu đề văn bản của đơn vị theo thời gian (cơ quan ban hành, địa danh, nơi tiếp nhận hồ sơ)',
      'x-hailong-access': 'scoped',
      request: { params: UnitCodeParam, query: h.UnitHeadingsQuery },
      responses: {
        200: json(h.UnitHeadings, 'Các tiêu đề đã lưu và tiêu đề áp dụng vào ngày hỏi'),
        ...errors,
      },
    }),
    async (c) =>
      c.json(
        await unitHeadings(ctx, requireActor(c), c.req.valid('param').code, c.req.valid('query').date),
        200,
      ),
  );
  return app;
}
