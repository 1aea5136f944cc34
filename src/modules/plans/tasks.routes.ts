import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { download } from '../../http/download.ts';
import type { AppEnv } from '../../http/env.ts';
import { jsonRoutes } from '../../http/json-route.ts';
import { errors, validationHook } from '../../http/openapi.ts';
import { requireActor } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import * as s from './plans.schema.ts';
import { addTask } from './use-cases/add-task.ts';
import { deleteTask } from './use-cases/delete-task.ts';
import { evidenceFile } from './use-cases/evidence-file.ts';
import { reportProgress } from './use-cases/report-progress.ts';
import { assignableUsers } from './use-cases/task-assignees.ts';
import { updateTask } from './use-cases/update-task.ts';

/** A plan's tasks (edited in a draft) and their progress updates with evidence. */
export function tasksRoutes(ctx: AppContext, tags: string[]) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const route = jsonRoutes(app, tags);

  route(
    {
      method: 'get',
      path: '/plans/{id}/assignable-users',
      summary:
        'Cán bộ có thể giao nhiệm vụ của kế hoạch: người dùng đang hoạt động của đơn vị và đơn vị trực thuộc',
      params: s.PlanIdParam,
      response: s.AssignableUsers,
      description: 'Cán bộ',
    },
    async (actor, { param }) => ({ users: await assignableUsers(ctx, actor, param.id) }),
  );

  route(
    {
      method: 'post',
      path: '/plans/{id}/tasks',
      summary: 'Thêm nhiệm vụ vào dự thảo kế hoạch',
      params: s.PlanIdParam,
      body: s.AddTaskBody,
      status: 201,
      response: s.PlanDetail,
      description: 'Kế hoạch',
    },
    (actor, { param, json }) => addTask(ctx, actor, param.id, json),
  );

  route(
    {
      method: 'patch',
      path: '/plans/{id}/tasks/{taskId}',
      summary:
        'Sửa một nhiệm vụ của dự thảo (nội dung, thời gian, trách nhiệm, sản phẩm, phối hợp, thứ tự); cán bộ được giao (chỉ assignees) sửa được cả khi kế hoạch đã ban hành',
      params: s.TaskParam,
      body: s.UpdateTaskBody,
      response: s.PlanDetail,
      description: 'Kế hoạch',
    },
    (actor, { param, json }) => updateTask(ctx, actor, param.id, param.taskId, json),
  );

  route(
    {
      method: 'delete',
      path: '/plans/{id}/tasks/{taskId}',
      summary: 'Xoá một nhiệm vụ của dự thảo',
      params: s.TaskParam,
      response: s.PlanDetail,
      description: 'Kế hoạch',
    },
    (actor, { param }) => deleteTask(ctx, actor, param.id, param.taskId),
  );

  route(
    {
      method: 'post',
      path: '/plans/{id}/tasks/{taskId}/updates',
      summary: 'Cập nhật tiến độ (%), trạng thái, ý kiến, minh chứng (đường dẫn hoặc tệp ≤ 10 MB)',
      params: s.TaskParam,
      body: s.ProgressBody,
      status: 201,
      response: s.PlanTask,
      description: 'Nhiệm vụ sau cập nhật',
    },
    (actor, { param, json }) => reportProgress(ctx, actor, param.id, param.taskId, json),
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
