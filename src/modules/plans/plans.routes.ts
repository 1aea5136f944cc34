import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { download } from '../../http/download.ts';
import type { AppEnv } from '../../http/env.ts';
import { errors, json, jsonBody, validationHook } from '../../http/openapi.ts';
import { requireActor } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import * as measures from './measures.service.ts';
import * as s from './plans.schema.ts';
import { addTask } from './use-cases/add-task.ts';
import { closePlan } from './use-cases/close-plan.ts';
import { createPlan } from './use-cases/create-plan.ts';
import { deleteTask } from './use-cases/delete-task.ts';
import { evidenceFile } from './use-cases/evidence-file.ts';
import { getPlan } from './use-cases/get-plan.ts';
import { listPlans } from './use-cases/list-plans.ts';
import { planEffect } from './use-cases/plan-effect.ts';
import { planReminders } from './use-cases/plan-reminders.ts';
import { plansOverview } from './use-cases/plans-overview.ts';
import { proposal } from './use-cases/propose-plan.ts';
import { reportProgress } from './use-cases/report-progress.ts';
import { updatePlan } from './use-cases/update-plan.ts';
import { updateTask } from './use-cases/update-task.ts';

const tags = ['Kế hoạch nâng cao chỉ số hài lòng (plans)'];

/** Plans, their tasks and progress, the measures library. Static paths come before `{id}`. */
export function plansRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/measures',
      tags,
      summary: 'Thư viện biện pháp của một phiếu khảo sát (dùng chung cho mọi đơn vị)',
      'x-hailong-access': 'self',
      request: { query: s.MeasuresQuery },
      responses: { 200: json(s.MeasureList, 'Biện pháp theo tiêu chí'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const list = await measures.listMeasures(ctx, requireActor(c), {
        questionnaire: q.questionnaire,
        criterion: q.criterion,
        includeInactive: q.includeInactive === 'true',
      });
      return c.json({ measures: list }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/measures',
      tags,
      summary: 'Thêm một biện pháp vào thư viện (cấp tỉnh)',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.CreateMeasureBody) },
      responses: { 201: json(s.Measure, 'Biện pháp đã thêm'), ...errors },
    }),
    async (c) => c.json(await measures.createMeasure(ctx, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/measures/import',
      tags,
      summary:
        'Thay toàn bộ thư viện biện pháp của một phiếu bằng một tệp JSON, kiểm tra cả tệp trước (cấp tỉnh)',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.MeasuresFileBody) },
      responses: { 200: json(s.ImportMeasuresResult, 'Thư viện mới'), ...errors },
    }),
    async (c) => c.json(await measures.importMeasures(ctx, requireActor(c), c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/plans/measures/{id}',
      tags,
      summary: 'Sửa, ngừng dùng (active = false) một biện pháp (cấp tỉnh)',
      'x-hailong-access': 'scoped',
      request: { params: s.MeasureIdParam, body: jsonBody(s.UpdateMeasureBody) },
      responses: { 200: json(s.Measure, 'Biện pháp'), ...errors },
    }),
    async (c) =>
      c.json(
        await measures.updateMeasure(ctx, requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/proposal',
      tags,
      summary:
        'Đề xuất nhiệm vụ cho một đơn vị: tiêu chí dưới chỉ tiêu (theo kết quả đã công bố, hoặc chỉ số tính từ phiếu) và biện pháp trong thư viện',
      'x-hailong-access': 'scoped',
      request: { query: s.UnitIndexSource },
      responses: { 200: json(s.Proposal, 'Đề xuất'), ...errors },
    }),
    async (c) => c.json(await proposal(ctx, requireActor(c), c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/overview',
      tags,
      summary: 'Tổng quan mọi kế hoạch trong phạm vi (tỉnh, huyện): trạng thái, tiến độ, nhiệm vụ quá hạn',
      'x-hailong-access': 'scoped',
      request: { query: s.UnitScopeQuery },
      responses: { 200: json(s.Overview, 'Tổng quan'), ...errors },
    }),
    async (c) => c.json(await plansOverview(ctx, requireActor(c), c.req.valid('query').unitCode), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/reminders',
      tags,
      summary:
        'Nhắc việc: nhiệm vụ quá hạn và nhiệm vụ định kỳ chưa cập nhật tiến độ trong kỳ (kế hoạch đã ban hành)',
      'x-hailong-access': 'scoped',
      request: { query: s.UnitScopeQuery },
      responses: { 200: json(s.Reminders, 'Nhắc việc'), ...errors },
    }),
    async (c) => c.json(await planReminders(ctx, requireActor(c), c.req.valid('query').unitCode), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans',
      tags,
      summary: 'Kế hoạch của một đơn vị (và các đơn vị trực thuộc)',
      'x-hailong-access': 'scoped',
      request: { query: s.PlanListQuery },
      responses: { 200: json(s.PlanList, 'Kế hoạch'), ...errors },
    }),
    async (c) => c.json({ plans: await listPlans(ctx, requireActor(c), c.req.valid('query')) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans',
      tags,
      summary:
        'Lập dự thảo kế hoạch của một đơn vị từ chỉ số đã công bố (hoặc tính từ phiếu); không gửi tasks thì lấy nhiệm vụ đề xuất',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.CreatePlanBody) },
      responses: { 201: json(s.PlanDetail, 'Dự thảo kế hoạch'), ...errors },
    }),
    async (c) => c.json(await createPlan(ctx, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}',
      tags,
      summary: 'Một kế hoạch: nhiệm vụ, tiến độ, minh chứng, ý kiến, nhắc việc',
      'x-hailong-access': 'scoped',
      request: { params: s.PlanIdParam },
      responses: { 200: json(s.PlanDetail, 'Kế hoạch'), ...errors },
    }),
    async (c) => c.json(await getPlan(ctx, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/plans/{id}',
      tags,
      summary: 'Sửa tên kế hoạch (dự thảo)',
      'x-hailong-access': 'scoped',
      request: { params: s.PlanIdParam, body: jsonBody(s.UpdatePlanBody) },
      responses: { 200: json(s.PlanDetail, 'Kế hoạch'), ...errors },
    }),
    async (c) =>
      c.json(await updatePlan(ctx, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/close',
      tags,
      summary: 'Kết thúc kế hoạch đã ban hành (không cập nhật tiến độ nữa)',
      'x-hailong-access': 'scoped',
      request: { params: s.PlanIdParam },
      responses: { 200: json(s.PlanDetail, 'Kế hoạch'), ...errors },
    }),
    async (c) => c.json(await closePlan(ctx, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/effect',
      tags,
      summary:
        'Hiệu quả kế hoạch: chỉ số kỳ sau bên cạnh kỳ lập kế hoạch, theo từng tiêu chí, với mức thay đổi và ý nghĩa thống kê',
      'x-hailong-access': 'scoped',
      request: { params: s.PlanIdParam },
      responses: { 200: json(s.Effect, 'Trước → sau'), ...errors },
    }),
    async (c) => c.json(await planEffect(ctx, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/tasks',
      tags,
      summary: 'Thêm nhiệm vụ vào dự thảo kế hoạch',
      'x-hailong-access': 'scoped',
      request: { params: s.PlanIdParam, body: jsonBody(s.AddTaskBody) },
      responses: { 201: json(s.PlanDetail, 'Kế hoạch'), ...errors },
    }),
    async (c) =>
      c.json(await addTask(ctx, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/plans/{id}/tasks/{taskId}',
      tags,
      summary: 'Sửa một nhiệm vụ của dự thảo (nội dung, thời gian, trách nhiệm, sản phẩm, phối hợp, thứ tự)',
      'x-hailong-access': 'scoped',
      request: { params: s.TaskParam, body: jsonBody(s.UpdateTaskBody) },
      responses: { 200: json(s.PlanDetail, 'Kế hoạch'), ...errors },
    }),
    async (c) => {
      const { id, taskId } = c.req.valid('param');
      return c.json(await updateTask(ctx, requireActor(c), id, taskId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/plans/{id}/tasks/{taskId}',
      tags,
      summary: 'Xoá một nhiệm vụ của dự thảo',
      'x-hailong-access': 'scoped',
      request: { params: s.TaskParam },
      responses: { 200: json(s.PlanDetail, 'Kế hoạch'), ...errors },
    }),
    async (c) => {
      const { id, taskId } = c.req.valid('param');
      return c.json(await deleteTask(ctx, requireActor(c), id, taskId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/tasks/{taskId}/updates',
      tags,
      summary: 'Cập nhật tiến độ (%), trạng thái, ý kiến, minh chứng (đường dẫn hoặc tệp ≤ 10 MB)',
      'x-hailong-access': 'scoped',
      request: { params: s.TaskParam, body: jsonBody(s.ProgressBody) },
      responses: { 201: json(s.PlanTask, 'Nhiệm vụ sau cập nhật'), ...errors },
    }),
    async (c) => {
      const { id, taskId } = c.req.valid('param');
      return c.json(await reportProgress(ctx, requireActor(c), id, taskId, c.req.valid('json')), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/tasks/{taskId}/updates/{updateId}/file',
      tags,
      summary: 'Tải tệp minh chứng của một lần cập nhật',
      'x-hailong-access': 'scoped',
      request: { params: s.UpdateParam },
      responses: {
        200: {
          content: { 'application/octet-stream': { schema: z.string() } },
          description: 'Tệp minh chứng',
        },
        ...errors,
      },
    }),
    async (c) => {
      const { id, taskId, updateId } = c.req.valid('param');
      const file = await evidenceFile(ctx, requireActor(c), id, taskId, updateId);
      return download(file.bytes, file.mime, file.name);
    },
  );

  return app;
}
