import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { errors, json, validationHook } from '../../http/openapi.ts';
import type { AppContext } from '../../lib/context.ts';
import { vnDate } from '../../lib/time.ts';
import { rootsOn } from './units.repo.ts';

export const Site = z
  .object({
    /** The top units the installation serves today, e.g. [{"code":"KH25","name":"Tỉnh Khánh Hòa"}]. */
    serves: z.array(z.object({ code: z.string(), name: z.string() })),
  })
  .meta({ id: 'Site' });

/** What the public front door says about the installation: whom it serves. */
export function publicUnitsRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/site',
      tags: ['Công khai (public)'],
      summary: 'Đơn vị cao nhất mà hệ thống phục vụ hôm nay (tên hiển thị ở trang chủ công khai)',
      'x-hailong-access': 'public',
      responses: { 200: json(Site, 'Đơn vị'), ...errors },
    }),
    async (c) => c.json({ serves: await rootsOn(ctx.db, vnDate(ctx.now())) }, 200),
  );
  return app;
}
