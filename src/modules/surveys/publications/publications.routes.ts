import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { download } from '../../../http/download.ts';
import type { AppEnv } from '../../../http/env.ts';
import { errors, json, jsonBody, validationHook } from '../../../http/openapi.ts';
import { publicLimit } from '../../../http/public-limit.ts';
import { requireActor } from '../../../http/request.ts';
import type { AppContext } from '../../../lib/context.ts';
import { indexTableCsv, indexTableJson } from '../index/results-csv.ts';
import * as s from './publications.schema.ts';
import * as publications from './publications.service.ts';

/** Results on their way to the public: drafts, approval and publication, for signed-in users of the scope. */
export function publicationsRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const tags = ['Khảo sát (surveys)'];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/surveys/publications',
      tags,
      summary: 'Các kết quả (nháp, đã duyệt, đã công bố) trong phạm vi người dùng',
      'x-hailong-access': 'scoped',
      request: { query: s.PublicationListQuery },
      responses: { 200: json(s.PublicationList, 'Kết quả'), ...errors },
    }),
    async (c) =>
      c.json(
        {
          publications: await publications.listPublications(
            ctx,
            requireActor(c),
            c.req.valid('query').scopeUnitCode,
          ),
        },
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/surveys/publications',
      tags,
      summary: 'Lập bản nháp kết quả: bảng chỉ số được chốt lại tại thời điểm này',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.CreatePublicationBody) },
      responses: { 201: json(s.Publication, 'Bản nháp'), ...errors },
    }),
    async (c) => c.json(await publications.createPublication(ctx, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/surveys/publications/{id}',
      tags,
      summary: 'Một kết quả và bảng chỉ số đã chốt',
      'x-hailong-access': 'scoped',
      request: { params: s.PublicationIdParam },
      responses: { 200: json(s.PublicationWithResult, 'Kết quả'), ...errors },
    }),
    async (c) =>
      c.json(await publications.getPublication(ctx, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/surveys/publications/{id}/approve',
      tags,
      summary: 'Duyệt bản nháp (lãnh đạo)',
      'x-hailong-access': 'scoped',
      request: { params: s.PublicationIdParam },
      responses: { 200: json(s.Publication, 'Đã duyệt'), ...errors },
    }),
    async (c) =>
      c.json(await publications.approvePublication(ctx, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/surveys/publications/{id}/publish',
      tags,
      summary: 'Công bố kết quả đã duyệt, kèm số, ngày, người ký và bản quyết định (PDF)',
      'x-hailong-access': 'scoped',
      request: { params: s.PublicationIdParam, body: jsonBody(s.PublishBody) },
      responses: { 200: json(s.Publication, 'Đã công bố'), ...errors },
    }),
    async (c) =>
      c.json(
        await publications.publishPublication(
          ctx,
          requireActor(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
  );

  return app;
}

/** Published results for everyone: the list, one result, and its open data (CSV, JSON). */
export function publicPublicationsRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const tags = ['Công khai (public)'];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/index',
      tags,
      summary: 'Các kết quả chỉ số hài lòng đã công bố',
      'x-hailong-access': 'public',
      responses: { 200: json(s.PublicationList, 'Kết quả đã công bố, mới nhất trước'), ...errors },
    }),
    async (c) => c.json({ publications: await publications.listPublications(ctx, null) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/index/{id}',
      tags,
      summary: 'Một kết quả đã công bố: bảng chỉ số đã chốt',
      'x-hailong-access': 'public',
      request: { params: s.PublicationIdParam },
      responses: { 200: json(s.PublicationWithResult, 'Kết quả'), ...errors },
    }),
    async (c) => c.json(await publications.publicPublication(ctx, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/index/{id}/decision.pdf',
      tags,
      summary: 'Bản quyết định công bố đã ký (PDF); giới hạn theo địa chỉ, 429 kèm Retry-After',
      'x-hailong-access': 'public',
      request: { params: s.PublicationIdParam },
      responses: {
        200: { content: { 'application/pdf': { schema: z.string() } }, description: 'Tệp PDF' },
        ...errors,
      },
    }),
    async (c) => {
      limitDownload(ctx, c.get('clientAddress'));
      const file = await publications.decisionFile(ctx, c.req.valid('param').id);
      return download(file.bytes, 'application/pdf', file.name);
    },
  );

  for (const format of ['csv', 'json'] as const) {
    app.openapi(
      createRoute({
        method: 'get',
        path: `/public/index/{id}/data.${format}`,
        tags,
        summary: `Dữ liệu mở của một kết quả đã công bố (${format.toUpperCase()})`,
        'x-hailong-access': 'public',
        request: { params: s.PublicationIdParam },
        responses: {
          200: { content: { [MIME[format]]: { schema: z.string() } }, description: 'Tệp dữ liệu' },
          ...errors,
        },
      }),
      async (c) => {
        const { publication, result } = await publications.publishedSnapshot(ctx, c.req.valid('param').id);
        const text = format === 'csv' ? indexTableCsv(result) : indexTableJson(result);
        return download(
          Buffer.from(text, 'utf8'),
          MIME[format],
          `chi-so-${publication.questionnaire}-${publication.period}-${publication.id}.${format}`,
        );
      },
    );
  }

  return app;
}

/** A signed decision can be up to 10 MB: plenty for people reading and sharing it, no way to make the server send gigabytes. */
const limitDownload = publicLimit(20, 'tải quyết định');

const MIME = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;
