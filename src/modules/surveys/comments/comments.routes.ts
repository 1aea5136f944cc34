import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../http/env.ts';
import { errors, json, jsonBody, validationHook } from '../../../http/openapi.ts';
import { requireActor } from '../../../http/request.ts';
import type { AppContext } from '../../../lib/context.ts';
import { UnitCodeParam } from '../surveys.schema.ts';
import * as s from './comments.schema.ts';
import * as comments from './comments.service.ts';

const tags = ['Khảo sát (surveys)'];

/** Officers moderate citizens' comments: list them, publish or hide one (audited). */
export function commentsRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/surveys/comments',
      tags,
      summary: 'Ý kiến khác của người dân gửi kèm phiếu (đã che số điện thoại, email), để duyệt công khai',
      'x-hailong-access': 'scoped',
      request: { query: s.CommentListQuery },
      responses: { 200: json(s.CommentList, 'Ý kiến, ngày mới nhất trước'), ...errors },
    }),
    async (c) =>
      c.json({ comments: await comments.listComments(ctx, requireActor(c), c.req.valid('query')) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/surveys/units/{unitCode}/comments/{id}',
      tags,
      summary: 'Công khai hoặc ẩn một ý kiến của đơn vị (ghi nhật ký)',
      'x-hailong-access': 'scoped',
      request: { params: s.CommentParams, body: jsonBody(s.ModerateBody) },
      responses: { 200: json(s.CommentItem, 'Ý kiến với trạng thái mới'), ...errors },
    }),
    async (c) => {
      const { unitCode, id } = c.req.valid('param');
      const { status } = c.req.valid('json');
      return c.json(await comments.moderateComment(ctx, requireActor(c), unitCode, id, status), 200);
    },
  );

  return app;
}

/** The published comments of a unit, for its public result page. */
export function publicCommentsRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/surveys/{unitCode}/comments',
      tags: ['Công khai (public)'],
      summary: 'Ý kiến của người dân về một đơn vị đã được cán bộ duyệt công khai, theo kỳ',
      'x-hailong-access': 'public',
      request: { params: UnitCodeParam, query: s.PublicCommentsQuery },
      responses: { 200: json(s.PublicComments, 'Ý kiến đã công khai'), ...errors },
    }),
    async (c) =>
      c.json(
        await comments.publicComments(ctx, c.req.valid('param').unitCode, c.req.valid('query').period),
        200,
      ),
  );
  return app;
}
