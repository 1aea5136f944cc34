import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../../../http/env.ts';
import { errors, json, jsonBody, validationHook } from '../../../http/openapi.ts';
import { requireActor } from '../../../http/request.ts';
import type { AppContext } from '../../../lib/context.ts';
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

  return app;
}
