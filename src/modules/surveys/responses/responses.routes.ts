import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../../../http/env.ts';
import { ErrorBody, errors, json, jsonBody, validationHook } from '../../../http/openapi.ts';
import { fileNameHeader, requireActor } from '../../../http/request.ts';
import type { AppContext } from '../../../lib/context.ts';
import { presentJob } from '../../imports/imports.present.ts';
import { ImportJob, wantsAsync } from '../../imports/imports.schema.ts';
import { resultOf } from '../../imports/jobs.ts';
import { checkImportSize } from '../../imports/limits.ts';
import { queryBool, UnitCodeParam } from '../surveys.schema.ts';
import * as holds from './holds.service.ts';
import * as s from './responses.schema.ts';
import * as responses from './responses.service.ts';
import { startResponsesImport } from './responses-import.service.ts';

const tags = ['Khảo sát (surveys)'];

/** Responses as officers handle them: the counter form, kiosk and paper entry, file import, review and holds. */
export function responsesRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/surveys/form/{unitCode}',
      tags,
      summary: 'Phiếu đang mở của một đơn vị (cho máy tại quầy và nhập phiếu giấy)',
      'x-hailong-access': 'scoped',
      request: { params: UnitCodeParam },
      responses: { 200: json(s.SurveyForm, 'Phiếu'), ...errors },
    }),
    async (c) =>
      c.json(await responses.officerForm(ctx, requireActor(c), c.req.valid('param').unitCode), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/surveys/responses',
      tags,
      summary: 'Lưu một phiếu từ máy tại quầy (kiosk) hoặc phiếu giấy do điều tra viên nhập',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.EnterResponseBody) },
      responses: { 201: json(s.EnteredResponse, 'Đã lưu'), ...errors },
    }),
    async (c) => c.json(await responses.enterResponse(ctx, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/surveys/responses/import',
      tags,
      summary:
        'Nhập phiếu từ tệp CSV hoặc XLSX (unit_code, submitted_at, mỗi câu một cột); lỗi một dòng thì không nhập gì',
      'x-hailong-access': 'scoped',
      request: {
        query: s.ImportResponsesQuery,
        body: {
          content: {
            'text/csv': { schema: z.string() },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() },
          },
          required: true,
        },
      },
      responses: {
        200: json(s.ImportResponsesResult, 'Số phiếu đã nhập theo đơn vị'),
        202: json(
          ImportJob,
          'Với "Prefer: respond-async": tệp đang được nhập nền; xem GET /import-jobs/{id}',
        ),
        413: json(ErrorBody, 'Tệp quá lớn hoặc quá nhiều dòng (IMPORT_TOO_LARGE, IMPORT_TOO_MANY_ROWS)'),
        422: json(s.ImportInvalidBody, 'Tệp có dòng lỗi; không nhập gì'),
        ...errors,
      },
    }),
    async (c) => {
      const { questionnaire, channel } = c.req.valid('query');
      // A declared size over the limit is refused before the body is read.
      checkImportSize('responses', Number(c.req.header('content-length') ?? 0));
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const job = await startResponsesImport(ctx, requireActor(c), bytes, {
        questionnaire,
        channel,
        fileName: fileNameHeader(c.req.header('x-file-name')),
      });
      if (wantsAsync(c.req.header('prefer'))) {
        c.header('location', `/api/v1/import-jobs/${job.id}`);
        return c.json(presentJob(job), 202);
      }
      return c.json((await resultOf(job)) as z.infer<typeof s.ImportResponsesResult>, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/surveys/responses',
      tags,
      summary: 'Phiếu để rà soát (cờ nghi vấn, đã loại); không hiện câu trả lời',
      'x-hailong-access': 'scoped',
      request: { query: s.ReviewQuery },
      responses: { 200: json(s.ReviewList, 'Phiếu, mới nhất trước'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const list = await responses.listForReview(ctx, requireActor(c), {
        flagged: queryBool(q.flagged),
        excluded: queryBool(q.excluded),
        held: queryBool(q.held),
        unitCode: q.unitCode,
        period: q.period,
        limit: q.limit,
      });
      return c.json({ responses: list }, 200);
    },
  );

  for (const [action, exclude] of [
    ['exclude', true],
    ['include', false],
  ] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/surveys/responses/{id}/${action}`,
        tags,
        summary: exclude
          ? 'Loại một phiếu khỏi chỉ số, có lý do (ghi nhật ký)'
          : 'Khôi phục một phiếu đã loại',
        'x-hailong-access': 'scoped',
        request: { params: s.ResponseIdParam, ...(exclude ? { body: jsonBody(s.ExcludeBody) } : {}) },
        responses: { 200: json(s.ExclusionResult, 'Trạng thái mới của phiếu'), ...errors },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const reason = exclude ? ((await c.req.json()) as { reason: string }).reason : undefined;
        return c.json(await responses.setExcluded(ctx, requireActor(c), id, exclude, reason), 200);
      },
    );
  }

  app.openapi(
    createRoute({
      method: 'post',
      path: '/surveys/responses/{id}/release',
      tags,
      summary: 'Mở một phiếu đang tạm giữ (quy tắc gửi dồn): phiếu được tính từ nay (ghi nhật ký)',
      'x-hailong-access': 'scoped',
      request: { params: s.ResponseIdParam },
      responses: { 200: json(s.ReleaseResult, 'Trạng thái mới của phiếu'), ...errors },
    }),
    async (c) => c.json(await holds.releaseOne(ctx, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/surveys/responses/held',
      tags,
      summary:
        'Mở hoặc loại hàng loạt các phiếu tạm giữ theo quy tắc: cùng mã băm địa chỉ, trong một khoảng thời gian (ghi nhật ký)',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.BulkHeldBody) },
      responses: { 200: json(s.BulkHeldResult, 'Các phiếu đã xử lý'), ...errors },
    }),
    async (c) => {
      const b = c.req.valid('json');
      return c.json(
        await holds.decideBulk(ctx, requireActor(c), {
          ...b,
          from: new Date(b.from),
          to: new Date(b.to),
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/surveys/settings/address-form',
      tags,
      summary: 'Cách xưng hô với người dân đang dùng trong phiếu khảo sát (cài đặt chung của hệ thống)',
      'x-hailong-access': 'self',
      responses: { 200: json(s.AddressFormBody, 'Cách xưng hô'), ...errors },
    }),
    async (c) => {
      requireActor(c);
      return c.json({ addressForm: await responses.addressFormOf(ctx) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/surveys/settings/address-form',
      tags,
      summary:
        'Cách xưng hô với người dân trong phiếu khảo sát, cho cả hệ thống: "Ông/Bà" (mặc định) hoặc "Anh/Chị" (chỉ cấp cao nhất; ghi nhật ký)',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.AddressFormBody) },
      responses: { 200: json(s.AddressFormBody, 'Cách xưng hô mới'), ...errors },
    }),
    async (c) =>
      c.json(await responses.setAddressForm(ctx, requireActor(c), c.req.valid('json').addressForm), 200),
  );

  return app;
}

/** What a citizen reaches without signing in: the open form of a unit, and sending it. */
export function publicResponsesRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const tags = ['Công khai (public)'];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/surveys/{unitCode}',
      tags,
      summary: 'Phiếu khảo sát đang mở của một đơn vị (trang người dân, từ mã QR)',
      'x-hailong-access': 'public',
      request: { params: UnitCodeParam },
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
      request: { params: UnitCodeParam, body: jsonBody(s.PublicSubmissionBody) },
      responses: { 201: json(s.PublicReceived, 'Đã nhận'), ...errors },
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

  return app;
}
