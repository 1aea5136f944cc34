import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../http/env.ts';
import { jsonRoutes } from '../../../http/json-route.ts';
import { errors, json, validationHook } from '../../../http/openapi.ts';
import type { AppContext } from '../../../lib/context.ts';
import { UnitCodeParam } from '../surveys.schema.ts';
import * as s from './comments.schema.ts';
import * as comments from './comments.service.ts';

const tags = ['Khảo sát (surveys)'];

/** Officers moderate citizens' comments: list them, publish or hide one (audited). */
export function commentsRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const route = jsonRoutes(app, tags);
  route(
    {
      method: 'get',
      path: '/surveys/comments',
      summary: 'Ý kiến khác của người dân gửi kèm phiếu (đã che số điện thoại, email), để duyệt công khai',
      query: s.CommentListQuery,
      response: s.CommentList,
      description: 'Ý kiến, ngày mới nhất trước',
    },
    async (actor, { query }) => ({ comments: await comments.listComments(ctx, actor, query) }),
  );
  route(
    {
      method: 'patch',
      path: '/surveys/units/{unitCode}/comments/{id}',
      summary: 'Công khai hoặc ẩn một ý kiến của đơn vị (ghi nhật ký); ý kiến của đơn vị khác: 404',
      params: s.CommentParams,
      body: s.ModerateBody,
      response: s.CommentItem,
      description: 'Ý kiến với trạng thái mới',
    },
    (actor, { param, json }) => comments.moderateComment(ctx, actor, param.unitCode, param.id, json.status),
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
