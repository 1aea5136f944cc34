import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from '../../calendar/index.ts';
import type { AppEnv } from '../../http/env.ts';
import { errors, json, jsonBody, validationHook } from '../../http/openapi.ts';
import { requireActor } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import { setNotice, setOfficeHours, yearCalendar } from './calendar.service.ts';

const tags = ['Lịch làm việc (calendar)'];
const YearParam = z.object({
  year: z.coerce.number().int().min(CALENDAR_FIRST_YEAR).max(CALENDAR_LAST_YEAR),
});
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Dạng HH:MM');
const OfficeHoursBody = z.object({
  open: clock.meta({ example: '07:30' }),
  close: clock.meta({ example: '17:00' }),
  workWeek: z
    .array(z.number().int().min(1).max(7))
    .min(1)
    .max(7)
    .meta({ example: [1, 2, 3, 4, 5] }),
});
const NamedDay = z.object({ date: z.string(), name: z.string() });
const NoticeDay = NamedDay.extend({
  basis: z.string().optional().meta({ description: 'Số văn bản hoặc điều luật quy định ngày này' }),
});
const Notice = z.object({
  number: z.string().optional(),
  date: z.string().optional(),
  issuer: z.string(),
  subject: z.string(),
  summary: z.string(),
  sources: z.array(
    z.object({ url: z.string().optional(), excerpt: z.string().optional(), citation: z.string().optional() }),
  ),
});
/**
 * The official notice of a year (data/calendar notices' format). Every part is checked by the
 * calendar's own checker (checkNoticeFile), which names each wrong field; this schema documents it.
 */
const NoticeFileBody = z.object({
  year: z.number().int(),
  status: z.enum(['official', 'unverified']).optional(),
  notices: z.array(Notice).optional(),
  daysOff: z.array(NoticeDay).optional(),
  workingDays: z.array(NoticeDay).optional(),
});
const YearCalendar = z.object({
  year: z.number().int(),
  lunarNewYear: z.string(),
  hungKings: z.string(),
  daysOff: z.array(NamedDay),
  workingDays: z.array(NamedDay),
  source: z.enum(['admin', 'file', 'default']),
  notices: z.array(Notice),
  status: z.enum(['official', 'unverified', 'computed']).meta({
    description:
      'official: notice checked against its source; unverified: reported, not checked; computed: by law only',
  }),
});

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
        params: z.object({ code: z.string().trim().min(1).max(50) }),
        body: jsonBody(OfficeHoursBody),
      },
      responses: { 200: json(OfficeHoursBody.extend({ unitCode: z.string() }), 'Giờ làm việc'), ...errors },
    }),
    async (c) =>
      c.json(await setOfficeHours(ctx, requireActor(c), c.req.valid('param').code, c.req.valid('json')), 200),
  );

  return app;
}
