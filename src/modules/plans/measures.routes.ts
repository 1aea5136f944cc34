import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { jsonRoutes } from '../../http/json-route.ts';
import { validationHook } from '../../http/openapi.ts';
import type { AppContext } from '../../lib/context.ts';
import * as measures from './measures.service.ts';
import * as s from './plans.schema.ts';

/** The measures library shared by every unit (edited at the top of the tree). */
export function measuresRoutes(ctx: AppContext, tags: string[]) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const route = jsonRoutes(app, tags);

  route(
    {
      method: 'get',
      path: '/plans/measures',
      summary: 'Thư viện biện pháp của một phiếu khảo sát (dùng chung cho mọi đơn vị)',
      access: 'self',
      query: s.MeasuresQuery,
      response: s.MeasureList,
      description: 'Biện pháp theo tiêu chí',
    },
    async (actor, { query }) => ({
      measures: await measures.listMeasures(ctx, actor, {
        questionnaire: query.questionnaire,
        criterion: query.criterion,
        includeInactive: query.includeInactive === 'true',
      }),
    }),
  );

  route(
    {
      method: 'post',
      path: '/plans/measures',
      summary: 'Thêm một biện pháp vào thư viện (cấp tỉnh)',
      body: s.CreateMeasureBody,
      status: 201,
      response: s.Measure,
      description: 'Biện pháp đã thêm',
    },
    (actor, { json }) => measures.createMeasure(ctx, actor, json),
  );

  route(
    {
      method: 'post',
      path: '/plans/measures/import',
      summary:
        'Thay toàn bộ thư viện biện pháp của một phiếu bằng một tệp JSON, kiểm tra cả tệp trước (cấp tỉnh)',
      body: s.MeasuresFileBody,
      response: s.ImportMeasuresResult,
      description: 'Thư viện mới',
    },
    (actor, { json }) => measures.importMeasures(ctx, actor, json),
  );

  route(
    {
      method: 'patch',
      path: '/plans/measures/{id}',
      summary: 'Sửa, ngừng dùng (active = false) một biện pháp (cấp tỉnh)',
      params: s.MeasureIdParam,
      body: s.UpdateMeasureBody,
      response: s.Measure,
      description: 'Biện pháp',
    },
    (actor, { param, json }) => measures.updateMeasure(ctx, actor, param.id, json),
  );

  return app;
}
