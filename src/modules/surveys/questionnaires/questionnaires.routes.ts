import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { DOCX_MIME, PDF_MIME } from '../../../documents/index.ts';
import { download } from '../../../http/download.ts';
import type { AppEnv } from '../../../http/env.ts';
import { errors, json, jsonBody, validationHook } from '../../../http/openapi.ts';
import { requireActor } from '../../../http/request.ts';
import type { AppContext } from '../../../lib/context.ts';
import * as paper from './paper.service.ts';
import { presentQuestionnaireDetail } from './questionnaires.present.ts';
import * as s from './questionnaires.schema.ts';
import * as questionnaires from './questionnaires.service.ts';

const tags = ['Khảo sát (surveys)'];

/** Questionnaires: shared reference data every signed-in user reads; the top of the tree imports them. */
export function questionnairesRoutes(ctx: AppContext) {
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
      return c.json(presentQuestionnaireDetail(v), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/questionnaires',
      tags,
      summary: 'Nhập phiếu (JSON); nội dung đổi thì thành phiên bản mới, y hệt thì không đổi gì',
      'x-hailong-access': 'scoped',
      // Any JSON: the questionnaire parser, not zod, names every error with its path (422 below).
      request: { body: jsonBody(z.unknown()) },
      responses: {
        200: json(s.ImportQuestionnaireResult, 'Phiên bản hiện hành'),
        422: json(s.QuestionnaireInvalidBody, 'Phiếu có lỗi; details.errors nêu đường dẫn từng lỗi'),
        ...errors,
      },
    }),
    async (c) => {
      const { version: v, created } = await questionnaires.importQuestionnaire(
        ctx,
        requireActor(c),
        await c.req.json(),
      );
      return c.json({ ...presentQuestionnaireDetail(v), created }, 200);
    },
  );

  const paperResponses = {
    200: {
      content: { [PDF_MIME]: { schema: z.string() }, [DOCX_MIME]: { schema: z.string() } },
      description: 'Tệp PDF (A4) hoặc DOCX',
    },
    ...errors,
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/questionnaires/{ref}/paper',
      tags,
      summary: 'Phiếu khảo sát in giấy (PDF A4 hoặc DOCX) của một phiếu mẫu, dòng đơn vị để trống',
      'x-hailong-access': 'self',
      request: { params: s.QuestionnaireRef, query: s.PaperQuery },
      responses: paperResponses,
    }),
    async (c) => {
      const file = await paper.templatePaper(
        ctx,
        requireActor(c),
        c.req.valid('param').ref,
        c.req.valid('query').format,
      );
      return download(file.bytes, file.mime, file.fileName);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/surveys/waves/{code}/paper',
      tags,
      summary: 'Phiếu khảo sát in giấy của một đợt (PDF A4 hoặc DOCX), kèm tên một đơn vị của đợt nếu chọn',
      'x-hailong-access': 'scoped',
      request: { params: s.WavePaperParam, query: s.WavePaperQuery },
      responses: paperResponses,
    }),
    async (c) => {
      const { format, unitCode } = c.req.valid('query');
      const file = await paper.wavePaper(ctx, requireActor(c), c.req.valid('param').code, unitCode, format);
      return download(file.bytes, file.mime, file.fileName);
    },
  );

  return app;
}
