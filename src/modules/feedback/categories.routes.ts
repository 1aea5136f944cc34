import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { errors, json, jsonBody, validationHook } from '../../http/openapi.ts';
import { requireActor } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import * as categories from './categories.service.ts';
import * as s from './feedback.schema.ts';

const tags = ['Phản ánh, kiến nghị (feedback)'];

/** Feedback categories (Open311 services) as officers manage them. */
export function categoriesRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/feedback/categories',
      tags,
      summary: 'Lĩnh vực phản ánh của đơn vị (và lĩnh vực cấp trên phục vụ đơn vị)',
      'x-hailong-access': 'scoped',
      request: { query: s.CategoryQuery },
      responses: { 200: json(s.CategoryList, 'Lĩnh vực'), ...errors },
    }),
    async (c) =>
      c.json(
        { categories: await categories.listCategories(ctx, requireActor(c), c.req.valid('query').unitCode) },
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/feedback/categories',
      tags,
      summary: 'Thêm lĩnh vực phản ánh (dịch vụ Open311): cán bộ xử lý mặc định, mẫu trả lời',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.CategoryBody) },
      responses: { 201: json(s.Category, 'Lĩnh vực đã thêm'), ...errors },
    }),
    async (c) => c.json(await categories.createCategory(ctx, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/feedback/categories/{code}',
      tags,
      summary: 'Sửa lĩnh vực phản ánh (tắt bằng active: false)',
      'x-hailong-access': 'scoped',
      request: { params: s.FeedbackCodeParam, body: jsonBody(s.CategoryPatch) },
      responses: { 200: json(s.Category, 'Lĩnh vực'), ...errors },
    }),
    async (c) =>
      c.json(
        await categories.updateCategory(ctx, requireActor(c), c.req.valid('param').code, c.req.valid('json')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/feedback/deadline-policies',
      tags,
      summary:
        'Các chính sách thời hạn xử lý phản ánh (NĐ 20/2008, quy định của tỉnh, mục tiêu nội bộ) và nguồn',
      'x-hailong-access': 'self',
      responses: { 200: json(s.DeadlinePolicyList, 'Chính sách thời hạn'), ...errors },
    }),
    async (c) => {
      requireActor(c);
      return c.json({ policies: categories.listDeadlinePolicies() }, 200);
    },
  );

  return app;
}
