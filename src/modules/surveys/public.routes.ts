import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { download } from '../../http/download.ts';
import type { AppEnv } from '../../http/env.ts';
import { errors, json, jsonBody, validationHook } from '../../http/openapi.ts';
import type { AppContext } from '../../lib/context.ts';
import { indexTableCsv, indexTableJson } from './index/results-csv.ts';
import * as publications from './publications/publications.service.ts';
import * as responses from './responses/responses.service.ts';
import * as s from './surveys.schema.ts';

const tags = ['Công khai (public)'];

/** What citizens reach without signing in: the survey form of a unit and the published results. */
export function publicSurveyRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/surveys/{unitCode}',
      tags,
      summary: 'Phiếu khảo sát đang mở của một đơn vị (trang người dân, từ mã QR)',
      'x-hailong-access': 'public',
      request: { params: s.UnitCodeParam },
      responses: { 200: json(s.SurveyForm, 'Phiếu'), ...errors },
    }),
    async (c) => c.json(await responses.formOf(ctx, c.req.valid('param').unitCode), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/public/surveys/{unitCode}/responses',
      tags,
      summary:
        'Gửi phiếu (ẩn danh; cần mã thiết bị và lời giải ALTCHA cấp cùng phiếu; giới hạn theo mạng và đơn vị, 429 kèm Retry-After)',
      'x-hailong-access': 'public',
      request: { params: s.UnitCodeParam, body: jsonBody(s.PublicSubmissionBody) },
      responses: { 201: json(z.object({ received: z.literal(true) }), 'Đã nhận'), ...errors },
    }),
    async (c) => {
      const received = await responses.submitPublicResponse(
        ctx,
        c.req.valid('param').unitCode,
        c.req.valid('json'),
        c.get('clientAddress') ?? null,
      );
      return c.json(received, 201);
    },
  );

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
        const { publication, result } = await publications.publicPublication(ctx, c.req.valid('param').id);
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

const MIME = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;
