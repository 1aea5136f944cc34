import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { actionRoutes } from '../../http/action-route.ts';
import type { AppEnv } from '../../http/env.ts';
import { errors, json, jsonBody, validationHook } from '../../http/openapi.ts';
import { requireActor } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import { parseInstant } from '../../lib/dates.ts';
import { AppError } from '../../lib/errors.ts';
import { categoriesRoutes } from './categories.routes.ts';
import { dashboardRoutes } from './dashboard.routes.ts';
import * as queries from './feedback.queries.ts';
import * as s from './feedback.schema.ts';
import * as service from './feedback.service.ts';
import { base } from './feedback-links.ts';
import { feedbackCheck } from './lookup-factor.ts';

const tags = ['Phản ánh, kiến nghị (feedback)'];

/** The officers' side: intake by phone or at the counter, routing, handling, answers, the leader's page. */
export function feedbackRoutes(ctx: AppContext, options: { publicUrl?: string } = {}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const baseOf = (c: Context<AppEnv>) =>
    base({ publicUrl: options.publicUrl ?? ctx.publicUrl }, new URL(c.req.url).origin);

  // Categories first: /feedback/{code} would take /feedback/categories.
  app.route('/', categoriesRoutes(ctx));

  app.openapi(
    createRoute({
      method: 'post',
      path: '/feedback',
      tags,
      summary: 'Cán bộ tiếp nhận phản ánh qua đường dây nóng (ghi thời điểm cuộc gọi), tại quầy hoặc kiosk',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.IntakeBody) },
      responses: { 201: json(s.FeedbackIntake, 'Phản ánh đã tiếp nhận, kèm đường dẫn theo dõi'), ...errors },
    }),
    async (c) => {
      const actor = requireActor(c);
      const body = c.req.valid('json');
      const received = await service.receiveFeedback(
        ctx,
        actor,
        { ...body, calledAt: body.calledAt ? parseInstant(body.calledAt) : undefined },
        { baseUrl: baseOf(c) },
      );
      return c.json(
        {
          ...(await queries.feedbackDetail(ctx, actor, received.item.code)),
          trackingUrl: received.trackingUrl,
          trackingToken: received.token,
          checkValue: feedbackCheck(ctx.secret, received.item.code),
        },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/feedback',
      tags,
      summary: 'Danh sách phản ánh (mới nhất trước), kèm hạn của bước hiện tại',
      'x-hailong-access': 'scoped',
      request: { query: s.FeedbackListQuery },
      responses: { 200: json(s.FeedbackList, 'Phản ánh'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        { items: await queries.listFeedback(ctx, requireActor(c), { ...q, mine: q.mine === 'true' }) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/feedback/warnings',
      tags,
      summary: 'Phản ánh sắp đến hạn hoặc đã quá hạn (tiếp nhận/chuyển, trả lời, công khai)',
      'x-hailong-access': 'scoped',
      request: { query: s.WarningQuery },
      responses: { 200: json(s.FeedbackList, 'Hạn gần nhất trước'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        { items: await service.warningList(ctx, requireActor(c), q.unitCode, q.withinDays) },
        200,
      );
    },
  );

  // The leader's page and figures, before /feedback/{code}.
  app.route('/', dashboardRoutes(ctx));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/feedback/{code}',
      tags,
      summary: 'Một phản ánh: trạng thái, các hạn, dòng thời gian, gợi ý trùng lặp, dự thảo trả lời',
      'x-hailong-access': 'scoped',
      request: { params: s.FeedbackCodeParam },
      responses: { 200: json(s.FeedbackDetail, 'Phản ánh'), ...errors },
    }),
    async (c) => c.json(await queries.feedbackDetail(ctx, requireActor(c), c.req.valid('param').code), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/feedback/{code}/duplicates',
      tags,
      summary: 'Phản ánh đang mở giống phản ánh này (cùng lĩnh vực, nơi, nội dung tương tự): đề nghị gộp',
      'x-hailong-access': 'scoped',
      request: { params: s.FeedbackCodeParam },
      responses: { 200: json(s.Duplicates, 'Gợi ý, giống nhất trước'), ...errors },
    }),
    async (c) =>
      c.json({ items: await queries.duplicatesOf(ctx, requireActor(c), c.req.valid('param').code) }, 200),
  );

  /** One action on an item; answers the item as it is afterwards (or where it went, after a transfer). */
  const action = actionRoutes(app, {
    resource: '/feedback',
    tags,
    params: s.FeedbackCodeParam,
    result: s.FeedbackAfterAction,
    description: 'Phản ánh sau thao tác',
    present: async (_c, actor, code) => {
      try {
        return await queries.feedbackDetail(ctx, actor, code);
      } catch (error) {
        // Transferred out of the actor's subtree: say where it went.
        if (error instanceof AppError && error.code === 'FORBIDDEN') {
          return { code, status: 'da_chuyen' as const, events: [], outOfScope: true as const };
        }
        throw error;
      }
    },
  });

  action('accept', 'Tiếp nhận và bắt đầu xử lý (→ Đang xử lý)', undefined, (a, code) =>
    service.accept(ctx, a, code),
  );
  action('reject', 'Từ chối, nêu lý do (hạn 2 ngày làm việc)', s.ReasonBody, (a, code, b) =>
    service.reject(ctx, a, code, b.reason),
  );
  action(
    'transfer',
    'Chuyển đơn vị có thẩm quyền, nêu lý do (hạn 5 ngày làm việc)',
    s.TransferBody,
    (a, code, b) => service.transfer(ctx, a, code, b),
  );
  action(
    'request-info',
    'Đề nghị người phản ánh bổ sung thông tin (hạn 5 ngày làm việc)',
    s.QuestionBody,
    (a, code, b) => service.requestInfo(ctx, a, code, b.question),
  );
  action(
    'info-received',
    'Đã nhận thông tin bổ sung: xử lý tiếp, lùi hạn trả lời',
    s.NoteBody,
    (a, code, b) => service.infoReceived(ctx, a, code, b.note),
  );
  action('assign', 'Giao cán bộ xử lý', s.UsernameBody, (a, code, b) =>
    service.assign(ctx, a, code, b.username),
  );
  action(
    'answer',
    'Dự thảo trả lời (mặc định theo mẫu của lĩnh vực), trình lãnh đạo duyệt',
    s.AnswerBody,
    (a, code, b) => service.draftAnswer(ctx, a, code, b.text),
  );
  action(
    'approve',
    'Lãnh đạo duyệt trả lời (→ Đã trả lời), gửi cho người phản ánh',
    undefined,
    (a, code, _b, c) => service.approve(ctx, a, code, { baseUrl: baseOf(c) }),
  );
  action('return-draft', 'Lãnh đạo trả lại dự thảo, nêu lý do', s.ReasonBody, (a, code, b) =>
    service.returnDraft(ctx, a, code, b.reason),
  );
  action('publish', 'Công khai câu trả lời (hạn 2 ngày làm việc sau khi trả lời)', undefined, (a, code) =>
    service.publish(ctx, a, code),
  );
  action('reopen', 'Mở lại để xem xét (→ Đang xử lý), nêu lý do', s.ReasonBody, (a, code, b) =>
    service.reopen(ctx, a, code, b.reason),
  );
  action('merge', 'Gộp phản ánh trùng vào phản ánh khác', s.MergeBody, (a, code, b) =>
    service.merge(ctx, a, code, b.into),
  );
  action('officer', 'Nêu tên cán bộ bị phản ánh (null: bỏ)', s.OfficerBody, (a, code, b) =>
    service.nameOfficer(ctx, a, code, b.username),
  );
  action('officer-verify', 'Xác minh (hoặc bỏ xác minh) phản ánh về cán bộ', s.VerifyBody, (a, code, b) =>
    service.verifyOfficer(ctx, a, code, b.verified, b.note),
  );

  return app;
}
