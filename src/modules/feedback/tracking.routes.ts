import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { errors, json, jsonBody, validationHook } from '../../http/openapi.ts';
import { publicLimit } from '../../http/public-limit.ts';
import type { AppContext } from '../../lib/context.ts';
import * as queries from './feedback.queries.ts';
import * as s from './feedback.schema.ts';
import * as service from './feedback.service.ts';

const tags = ['Công khai (public)'];

/**
 * Lookups by code from one client address in any minute. A reporter checks a report a few times;
 * trying check values (2^30) or phone numbers at this pace is hopeless.
 */
export const LOOKUPS_PER_MINUTE = 20;
const limitLookup = publicLimit(LOOKUPS_PER_MINUTE, 'tra cứu phản ánh');

/** The reporter's side, by the secret tracking token `t`: the tracking page, the rating, more information. */
export function trackingRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/feedback/{code}/tracking',
      tags,
      summary: 'Trang theo dõi của người phản ánh (đường dẫn có mã bí mật t)',
      'x-hailong-access': 'public',
      request: { params: s.FeedbackCodeParam, query: s.TrackingQuery },
      responses: { 200: json(s.Tracking, 'Tình trạng'), ...errors },
    }),
    async (c) =>
      c.json(await queries.trackingView(ctx, c.req.valid('param').code, c.req.valid('query').t), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/public/feedback/lookup',
      tags,
      summary:
        'Theo dõi phản ánh bằng mã và mã kiểm tra (hoặc số điện thoại/email đã khai); thiếu thì chỉ biết mã có tồn tại; giới hạn theo địa chỉ, 429 kèm Retry-After',
      'x-hailong-access': 'public',
      request: { body: jsonBody(s.LookupBody) },
      responses: {
        200: json(s.FeedbackLookup, 'Tình trạng (chỉ xem), hoặc chỉ việc mã có tồn tại'),
        ...errors,
      },
    }),
    async (c) => {
      limitLookup(ctx, c.get('clientAddress'));
      const { code, key } = c.req.valid('json');
      return c.json(await queries.lookupFeedback(ctx, code, key), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/public/feedback/{code}/rating',
      tags,
      summary: 'Người phản ánh đánh giá câu trả lời; "chưa hài lòng" (kèm lý do) mở lại phản ánh',
      'x-hailong-access': 'public',
      request: { params: s.FeedbackCodeParam, query: s.TrackingQuery, body: jsonBody(s.RatingBody) },
      responses: {
        201: json(z.object({ rating: z.string(), reopened: z.boolean() }), 'Đã nhận đánh giá'),
        ...errors,
      },
    }),
    async (c) =>
      c.json(
        await service.rate(
          ctx,
          c.req.valid('param').code.toUpperCase(),
          c.req.valid('query').t,
          c.req.valid('json'),
        ),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/public/feedback/{code}/info',
      tags,
      summary: 'Người phản ánh gửi thông tin bổ sung được đề nghị',
      'x-hailong-access': 'public',
      request: { params: s.FeedbackCodeParam, query: s.TrackingQuery, body: jsonBody(s.InfoBody) },
      responses: { 200: json(s.Tracking, 'Tình trạng'), ...errors },
    }),
    async (c) => {
      const code = c.req.valid('param').code.toUpperCase();
      const { t } = c.req.valid('query');
      await service.reporterInfo(ctx, code, t, c.req.valid('json').text);
      return c.json(await queries.trackingView(ctx, code, t), 200);
    },
  );

  return app;
}
