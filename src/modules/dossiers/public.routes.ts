import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { errors, json, jsonBody, validationHook } from '../../http/openapi.ts';
import type { AppContext } from '../../lib/context.ts';
import * as queries from './dossiers.queries.ts';
import * as s from './dossiers.schema.ts';
import { limitLookup } from './lookup-limit.ts';
import { ratingForm, submitRating } from './rating.service.ts';

const tags = ['Công khai (public)'];

/** The citizen's side of the desk: the dossier clock and rating a dossier once. */
export function publicDossierRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/dossiers/{code}',
      tags,
      summary:
        'Tra cứu hồ sơ: trạng thái, số ngày làm việc còn lại, nơi đang giữ, tạm dừng, phiếu đã cấp. Cần mã kiểm tra `k` in trên giấy tiếp nhận (thiếu thì chỉ biết hồ sơ có tồn tại); giới hạn theo địa chỉ, 429 kèm Retry-After',
      'x-hailong-access': 'public',
      request: { params: s.DossierCodeParam, query: s.LookupQuery },
      responses: {
        200: json(s.PublicLookup, 'Hồ sơ (chỉ tên viết tắt của người nộp), hoặc chỉ việc hồ sơ có tồn tại'),
        ...errors,
      },
    }),
    async (c) => {
      limitLookup(ctx, c.get('clientAddress'));
      return c.json(await queries.publicLookup(ctx, c.req.valid('param').code, c.req.valid('query').k), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/dossiers/{code}/rating',
      tags,
      summary: 'Phiếu đánh giá việc giải quyết một hồ sơ (một lần cho mỗi hồ sơ)',
      'x-hailong-access': 'public',
      request: { params: s.DossierCodeParam, query: s.RatingQuery },
      responses: { 200: json(s.RatingForm, 'Phiếu'), ...errors },
    }),
    async (c) => c.json(await ratingForm(ctx, c.req.valid('param').code, c.req.valid('query').t), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/public/dossiers/{code}/rating',
      tags,
      summary: 'Gửi đánh giá hồ sơ',
      'x-hailong-access': 'public',
      request: { params: s.DossierCodeParam, query: s.RatingQuery, body: jsonBody(s.RatingBody) },
      responses: { 201: json(z.object({ received: z.literal(true) }), 'Đã nhận'), ...errors },
    }),
    async (c) =>
      c.json(
        await submitRating(
          ctx,
          c.get('actor') ?? null,
          c.req.valid('param').code,
          c.req.valid('query').t,
          c.req.valid('json').answers,
        ),
        201,
      ),
  );

  return app;
}
