import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { errors, json, validationHook } from '../../http/openapi.ts';
import { requireActor } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import * as queries from './feedback.queries.ts';
import * as s from './feedback.schema.ts';
import * as service from './feedback.service.ts';

const tags = ['Phản ánh, kiến nghị (feedback)'];

/** The leader's page: the period's figures, overdue items, officers named repeatedly. */
export function dashboardRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/feedback/dashboard',
      tags,
      summary: 'Trang lãnh đạo: số liệu kỳ, theo trạng thái, quá hạn, cán bộ bị phản ánh nhiều lần',
      'x-hailong-access': 'scoped',
      request: { query: s.PeriodQuery },
      responses: { 200: json(s.Dashboard, 'Số liệu'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await service.dashboard(ctx, requireActor(c), q.unitCode, q.period, q.min), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/feedback/figures',
      tags,
      summary: 'Số liệu phản ánh của kỳ (tiêu chí "Tiếp cận, xử lý thông tin phản hồi")',
      'x-hailong-access': 'scoped',
      request: { query: s.PeriodQuery },
      responses: { 200: json(s.Figures, 'Tiếp nhận, trả lời đúng hạn, hài lòng, mở lại'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await queries.figuresFor(ctx, requireActor(c), q.unitCode, q.period), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/feedback/officers',
      tags,
      summary: 'Cán bộ bị phản ánh đích danh (đã xác minh) trong kỳ; từ N lần trở lên được đánh dấu',
      'x-hailong-access': 'scoped',
      request: { query: s.PeriodQuery },
      responses: { 200: json(s.Officers, 'Cán bộ'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        { officers: await queries.officerComplaints(ctx, requireActor(c), q.unitCode, q.period, q.min) },
        200,
      );
    },
  );

  return app;
}
