import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { jsonRoutes } from '../../http/json-route.ts';
import { validationHook } from '../../http/openapi.ts';
import type { AppContext } from '../../lib/context.ts';
import { measuresRoutes } from './measures.routes.ts';
import * as s from './plans.schema.ts';
import { tasksRoutes } from './tasks.routes.ts';
import { closePlan } from './use-cases/close-plan.ts';
import { createPlan } from './use-cases/create-plan.ts';
import { getPlan } from './use-cases/get-plan.ts';
import { listPlans } from './use-cases/list-plans.ts';
import { planEffect } from './use-cases/plan-effect.ts';
import { planReminders } from './use-cases/plan-reminders.ts';
import { plansOverview } from './use-cases/plans-overview.ts';
import { proposal } from './use-cases/propose-plan.ts';
import { myTasks } from './use-cases/task-assignees.ts';
import { updatePlan } from './use-cases/update-plan.ts';

const tags = ['Kế hoạch nâng cao chỉ số hài lòng (plans)'];

/**
 * Plans (this file), their tasks and progress (tasks.routes.ts), the measures library
 * (measures.routes.ts). Static paths come before `{id}`, so the measures are mounted first.
 */
export function plansRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.route('/', measuresRoutes(ctx, tags));
  const route = jsonRoutes(app, tags);

  route(
    {
      method: 'get',
      path: '/plans/proposal',
      summary:
        'Đề xuất nhiệm vụ cho một đơn vị: tiêu chí dưới chỉ tiêu (theo kết quả đã công bố, hoặc chỉ số tính từ phiếu) và biện pháp trong thư viện',
      query: s.UnitIndexSource,
      response: s.Proposal,
      description: 'Đề xuất',
    },
    (actor, { query }) => proposal(ctx, actor, query),
  );

  route(
    {
      method: 'get',
      path: '/plans/overview',
      summary: 'Tổng quan mọi kế hoạch trong phạm vi (tỉnh, huyện): trạng thái, tiến độ, nhiệm vụ quá hạn',
      query: s.UnitScopeQuery,
      response: s.Overview,
      description: 'Tổng quan',
    },
    (actor, { query }) => plansOverview(ctx, actor, query.unitCode),
  );

  route(
    {
      method: 'get',
      path: '/plans/reminders',
      summary:
        'Nhắc việc: nhiệm vụ quá hạn và nhiệm vụ định kỳ chưa cập nhật tiến độ trong kỳ (kế hoạch đã ban hành)',
      query: s.UnitScopeQuery,
      response: s.Reminders,
      description: 'Nhắc việc',
    },
    (actor, { query }) => planReminders(ctx, actor, query.unitCode),
  );

  route(
    {
      method: 'get',
      path: '/plans/my-tasks',
      summary:
        'Nhiệm vụ của tôi: các nhiệm vụ kế hoạch giao cho người đang đăng nhập (tên kế hoạch, đơn vị, thời hạn, tiến độ); unitCode giới hạn trong một đơn vị',
      query: s.UnitScopeQuery,
      response: s.MyTasks,
      description: 'Nhiệm vụ được giao',
    },
    async (actor, { query }) => ({ tasks: await myTasks(ctx, actor, query.unitCode) }),
  );

  route(
    {
      method: 'get',
      path: '/plans',
      summary: 'Kế hoạch của một đơn vị (và các đơn vị trực thuộc)',
      query: s.PlanListQuery,
      response: s.PlanList,
      description: 'Kế hoạch',
    },
    async (actor, { query }) => ({ plans: await listPlans(ctx, actor, query) }),
  );

  route(
    {
      method: 'post',
      path: '/plans',
      summary:
        'Lập dự thảo kế hoạch của một đơn vị từ chỉ số đã công bố (hoặc tính từ phiếu); không gửi tasks thì lấy nhiệm vụ đề xuất',
      body: s.CreatePlanBody,
      status: 201,
      response: s.PlanDetail,
      description: 'Dự thảo kế hoạch',
    },
    (actor, { json }) => createPlan(ctx, actor, json),
  );

  route(
    {
      method: 'get',
      path: '/plans/{id}',
      summary: 'Một kế hoạch: nhiệm vụ, tiến độ, minh chứng, ý kiến, nhắc việc',
      params: s.PlanIdParam,
      response: s.PlanDetail,
      description: 'Kế hoạch',
    },
    (actor, { param }) => getPlan(ctx, actor, param.id),
  );

  route(
    {
      method: 'patch',
      path: '/plans/{id}',
      summary: 'Sửa tên kế hoạch (dự thảo)',
      params: s.PlanIdParam,
      body: s.UpdatePlanBody,
      response: s.PlanDetail,
      description: 'Kế hoạch',
    },
    (actor, { param, json }) => updatePlan(ctx, actor, param.id, json),
  );

  route(
    {
      method: 'post',
      path: '/plans/{id}/close',
      summary: 'Kết thúc kế hoạch đã ban hành (không cập nhật tiến độ nữa)',
      params: s.PlanIdParam,
      response: s.PlanDetail,
      description: 'Kế hoạch',
    },
    (actor, { param }) => closePlan(ctx, actor, param.id),
  );

  route(
    {
      method: 'get',
      path: '/plans/{id}/effect',
      summary:
        'Hiệu quả kế hoạch: chỉ số kỳ sau bên cạnh kỳ lập kế hoạch, theo từng tiêu chí, với mức thay đổi và ý nghĩa thống kê',
      params: s.PlanIdParam,
      response: s.Effect,
      description: 'Trước → sau',
    },
    (actor, { param }) => planEffect(ctx, actor, param.id),
  );

  app.route('/', tasksRoutes(ctx, tags));
  return app;
}
