import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { PDF_MIME } from '../../../documents/index.ts';
import { download } from '../../../http/download.ts';
import type { AppEnv } from '../../../http/env.ts';
import { errors, json, jsonBody, validationHook } from '../../../http/openapi.ts';
import { requireActor } from '../../../http/request.ts';
import type { AppContext } from '../../../lib/context.ts';
import { UnitCodeParam } from '../surveys.schema.ts';
import * as s from './waves.schema.ts';
import * as waves from './waves.service.ts';

const tags = ['Khảo sát (surveys)'];

/** Survey waves: their list, creation and collection progress, and each unit's QR poster. */
export function wavesRoutes(ctx: AppContext, options: { publicUrl?: string } = {}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

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
    async (c) => c.json(await waves.openWave(ctx, requireActor(c), c.req.valid('json')), 201),
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
      path: '/surveys/posters/{unitCode}',
      tags,
      summary: 'Áp phích mã QR (PDF, A4) dẫn đến phiếu khảo sát của đơn vị',
      'x-hailong-access': 'scoped',
      request: { params: UnitCodeParam },
      responses: {
        200: { content: { [PDF_MIME]: { schema: z.string() } }, description: 'Tệp PDF' },
        ...errors,
      },
    }),
    async (c) => {
      const base = options.publicUrl ?? new URL(c.req.url).origin;
      const poster = await waves.qrPoster(ctx, requireActor(c), c.req.valid('param').unitCode, base);
      return download(poster.bytes, PDF_MIME, poster.fileName);
    },
  );

  return app;
}
