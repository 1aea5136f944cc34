import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { PDF_MIME, XLSX_MIME } from '../../documents/index.ts';
import { download } from '../../http/download.ts';
import type { AppEnv } from '../../http/env.ts';
import { ErrorBody, errors, json, jsonBody, validationHook } from '../../http/openapi.ts';
import { fileNameHeader, requireActor } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import { ImportJob, wantsAsync } from '../imports/imports.schema.ts';
import { presentJob, resultOf } from '../imports/jobs.ts';
import { checkImportSize } from '../imports/limits.ts';
import { LineErrorSchema } from '../units/units.schema.ts';
import { requireUnit } from '../units/units.service.ts';
import { indexTable, requirePeriod } from './index/index.service.ts';
import { formatPeriodVi } from './index/period.ts';
import { indexTableXlsx } from './index/results-xlsx.ts';
import { setTarget } from './index/targets.service.ts';
import * as publications from './publications/publications.service.ts';
import * as questionnaires from './questionnaires/questionnaires.service.ts';
import * as holds from './responses/holds.service.ts';
import * as responses from './responses/responses.service.ts';
import { startResponsesImport } from './responses/responses-import.service.ts';
import * as s from './surveys.schema.ts';
import { qrPosterPdf } from './waves/qr-poster.ts';
import * as waves from './waves/waves.service.ts';

const tags = ['Khảo sát (surveys)'];
const bool = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');

export function surveysRoutes(ctx: AppContext, options: { publicUrl?: string } = {}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/questionnaires',
      tags,
      summary: 'Các phiếu khảo sát và phiên bản (dữ liệu dùng chung)',
      'x-hailong-access': 'self',
      responses: { 200: json(s.QuestionnaireList, 'Mọi phiên bản, mới nhất trước'), ...errors },
    }),
    async (c) => {
      requireActor(c);
      return c.json({ questionnaires: await questionnaires.listQuestionnaires(ctx) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/questionnaires/{ref}',
      tags,
      summary: 'Một phiên bản phiếu (CODE = mới nhất, CODE@N)',
      'x-hailong-access': 'self',
      request: { params: s.QuestionnaireRef },
      responses: { 200: json(s.QuestionnaireDetail, 'Phiếu'), ...errors },
    }),
    async (c) => {
      requireActor(c);
      const v = await questionnaires.getQuestionnaire(ctx, c.req.valid('param').ref);
      return c.json(
        { code: v.code, version: v.version, title: v.title, hash: v.hash, definition: v.definition },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/questionnaires',
      tags,
      summary: 'Nhập phiếu (JSON); nội dung đổi thì thành phiên bản mới, y hệt thì không đổi gì',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(z.unknown()) },
      responses: {
        200: json(s.ImportQuestionnaireResult, 'Phiên bản hiện hành'),
        422: json(z.unknown(), 'Phiếu có lỗi; details.errors nêu đường dẫn từng lỗi'),
        ...errors,
      },
    }),
    async (c) => {
      const { version: v, created } = await questionnaires.importQuestionnaire(
        ctx,
        requireActor(c),
        await c.req.json(),
      );
      return c.json(
        { code: v.code, version: v.version, title: v.title, hash: v.hash, definition: v.definition, created },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/surveys/waves',
      tags,
      summary: 'Các đợt khảo sát trong phạm vi người dùng',
      'x-hailong-access': 'scoped',
      request: { query: s.WaveListQuery },
      responses: { 200: json(s.WaveList, 'Đợt khảo sát, mới nhất trước'), ...errors },
    }),
    async (c) =>
      c.json({ waves: await waves.listWaves(ctx, requireActor(c), c.req.valid('query').unitCode) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/surveys/waves',
      tags,
      summary: 'Tạo đợt khảo sát: phiếu, kỳ, đơn vị, số phiếu mục tiêu, ngày mở và đóng',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.CreateWaveBody) },
      responses: { 201: json(s.WaveSummary, 'Đợt đã tạo'), ...errors },
    }),
    async (c) => {
      const actor = requireActor(c);
      const body = c.req.valid('json');
      await waves.createWave(ctx, actor, body);
      return c.json(await waves.requireWave(ctx, actor, body.code), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/surveys/waves/{code}/progress',
      tags,
      summary: 'Tiến độ thu phiếu theo đơn vị, kèm số phiếu cần thêm',
      'x-hailong-access': 'scoped',
      request: { params: s.WaveCodeParam },
      responses: { 200: json(s.WaveProgress, 'Tiến độ'), ...errors },
    }),
    async (c) => c.json(await waves.waveProgress(ctx, requireActor(c), c.req.valid('param').code), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/surveys/form/{unitCode}',
      tags,
      summary: 'Phiếu đang mở của một đơn vị (cho máy tại quầy và nhập phiếu giấy)',
      'x-hailong-access': 'scoped',
      request: { params: s.UnitCodeParam },
      responses: { 200: json(s.SurveyForm, 'Phiếu'), ...errors },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { unitCode } = c.req.valid('param');
      await responses.requireEntryUnit(ctx, actor, unitCode);
      return c.json(await responses.formOf(ctx, unitCode), 200);
    },
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
        422: json(
          z.object({
            error: z.object({
              code: z.literal('IMPORT_INVALID'),
              message: z.string(),
              details: z.object({ lines: z.array(LineErrorSchema) }),
            }),
          }),
          'Tệp có dòng lỗi; không nhập gì',
        ),
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
        flagged: bool(q.flagged),
        excluded: bool(q.excluded),
        held: bool(q.held),
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
      path: '/surveys/index',
      tags,
      summary: 'Chỉ số hài lòng theo đơn vị, tiêu chí, câu hỏi; khoảng tin cậy, xếp hạng, chỉ tiêu',
      'x-hailong-access': 'scoped',
      request: { query: s.IndexQuery },
      responses: { 200: json(s.IndexTable, 'Bảng chỉ số'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await indexTable(ctx, requireActor(c), { ...q, pooled: bool(q.pooled) }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/surveys/index.xlsx',
      tags,
      summary: 'Bảng chỉ số dạng Excel: đơn vị, số phiếu, từng tiêu chí %, chỉ số chung %, hạng',
      'x-hailong-access': 'scoped',
      request: { query: s.IndexQuery },
      responses: {
        200: { content: { [XLSX_MIME]: { schema: z.string() } }, description: 'Tệp XLSX' },
        ...errors,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const table = await indexTable(ctx, requireActor(c), { ...q, pooled: bool(q.pooled) });
      const version = await questionnaires.getQuestionnaire(ctx, `${table.questionnaire}@${table.version}`);
      const bytes = await indexTableXlsx(table, {
        title: `Chỉ số hài lòng ${formatPeriodVi(requirePeriod(q.period))}`,
        questionnaireTitle: version.title,
        generatedAt: ctx.now(),
      });
      return download(bytes, XLSX_MIME, `chi-so-${table.questionnaire}-${table.period}.xlsx`);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/surveys/posters/{unitCode}',
      tags,
      summary: 'Áp phích mã QR (PDF, A4) dẫn đến phiếu khảo sát của đơn vị',
      'x-hailong-access': 'scoped',
      request: { params: s.UnitCodeParam },
      responses: {
        200: { content: { [PDF_MIME]: { schema: z.string() } }, description: 'Tệp PDF' },
        ...errors,
      },
    }),
    async (c) => {
      const { unitCode } = c.req.valid('param');
      const unit = await requireUnit(ctx, requireActor(c), unitCode, 'surveys.read');
      const base = (options.publicUrl ?? new URL(c.req.url).origin).replace(/\/$/, '');
      const bytes = await qrPosterPdf({
        unitName: unit.name,
        unitCode: unit.code,
        url: `${base}/khao-sat/${encodeURIComponent(unit.code)}`,
      });
      return download(bytes, PDF_MIME, `ap-phich-qr-${unit.code}.pdf`);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/surveys/targets',
      tags,
      summary: 'Đặt (hoặc xoá, value = null) chỉ tiêu cho một nhóm đơn vị hoặc một đơn vị',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.TargetBody) },
      responses: { 200: json(s.TargetList, 'Chỉ tiêu của phiếu và kỳ'), ...errors },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json({ targets: await setTarget(ctx, requireActor(c), body) }, 200);
    },
  );

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
      summary: 'Công bố kết quả đã duyệt, kèm số quyết định',
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
          c.req.valid('json').decisionNumber ?? null,
        ),
        200,
      ),
  );

  return app;
}
