import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { errors, json, jsonBody, validationHook } from '../../http/openapi.ts';
import { requireActor } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import {
  NoticeFileBody,
  OfficeHours,
  OfficeHoursBody,
  UnitCodeParam,
  YearCalendar,
  YearParam,
} from './calendar.schema.ts';
import { setNotice, setOfficeHours, yearCalendar } from './calendar.service.ts';

const tags = ['Lịch làm việc (calendar)'];

export function calendarRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/calendar/{year}',
      tags,
      summary: 'Ngày nghỉ lễ, nghỉ bù, làm bù của một năm theo lịch đang áp dụng',
      'x-hailong-access': 'self',
      request: { params: YearParam },
      responses: { 200: json(YearCalendar, 'Lịch năm'), ...errors },
    }),
    async (c) => {
      requireActor(c);
      return c.json(await yearCalendar(ctx, c.req.valid('param').year), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/calendar/notices/{year}',
      tags,
      summary: 'Nhập hoặc sửa thông báo nghỉ lễ chính thức của một năm (ngày hẹn đã tính không tự đổi)',
      'x-hailong-access': 'scoped',
      request: { params: YearParam, body: jsonBody(NoticeFileBody) },
      responses: { 200: json(YearCalendar, 'Lịch năm sau khi sửa'), ...errors },
    }),
    async (c) => {
      const { year } = c.req.valid('param');
      await setNotice(ctx, requireActor(c), year, await c.req.json());
      return c.json(await yearCalendar(ctx, year), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/units/{code}/office-hours',
      tags,
      summary: 'Giờ làm việc của đơn vị (mặc định 07:30–17:00, thứ Hai–thứ Sáu)',
      'x-hailong-access': 'scoped',
      request: {
        params: UnitCodeParam,
        body: jsonBody(OfficeHoursBody),
      },
      responses: { 200: json(OfficeHours, 'Giờ làm việc'), ...errors },
    }),
    async (c) =>
      c.json(await setOfficeHours(ctx, requireActor(c), c.req.valid('param').code, c.req.valid('json')), 200),
  );

  return app;
}
