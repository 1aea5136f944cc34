import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../http/env.ts';
import { errors, json, validationHook } from '../../../http/openapi.ts';
import { publicLimit } from '../../../http/public-limit.ts';
import type { AppContext } from '../../../lib/context.ts';
import { findOpenSurveys } from './open-surveys.ts';
import { OpenSurveyList, OpenSurveyQuery } from './waves.schema.ts';

/** Searching costs a ranked query: a person types a few letters at a time, a script would not stop. */
const limitSearch = publicLimit(60, 'tìm đơn vị');

/** The public "rate a unit" search: units whose survey is open today. */
export function publicOpenSurveyRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/surveys',
      tags: ['Công khai (public)'],
      summary:
        'Tìm đơn vị đang khảo sát hôm nay (để mở phiếu của đơn vị); giới hạn theo địa chỉ, 429 kèm Retry-After',
      'x-hailong-access': 'public',
      request: { query: OpenSurveyQuery },
      responses: { 200: json(OpenSurveyList, 'Đơn vị, phù hợp nhất trước'), ...errors },
    }),
    async (c) => {
      limitSearch(ctx, c.get('clientAddress'));
      return c.json({ units: await findOpenSurveys(ctx, c.req.valid('query').q) }, 200);
    },
  );
  return app;
}
