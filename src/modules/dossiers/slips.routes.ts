import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { PDF_MIME, XLSX_MIME } from '../../documents/index.ts';
import { download } from '../../http/download.ts';
import type { AppEnv } from '../../http/env.ts';
import { errors, validationHook } from '../../http/openapi.ts';
import { requireActor } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import * as s from './dossiers.schema.ts';
import * as slips from './slips.service.ts';

const tags = ['Hồ sơ một cửa (dossiers)'];

/** The desk's documents: the month's register (Mẫu 06 or 07 by regime), the guidance slip, a dossier's slips. */
export function slipsRoutes(ctx: AppContext, options: { publicUrl?: string } = {}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/dossiers/register.xlsx',
      tags,
      summary:
        'Sổ theo dõi hồ sơ của một tháng, dạng Excel: Mẫu số 06 (Thông tư 01/2018) hoặc Mẫu số 07 (Thông tư 03/2025) theo chế độ của hồ sơ; một trang tính cho mỗi chế độ',
      'x-hailong-access': 'scoped',
      request: { query: s.RegisterQuery },
      responses: {
        200: { content: { [XLSX_MIME]: { schema: z.string() } }, description: 'Tệp XLSX' },
        ...errors,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const bytes = await slips.registerOfMonth(ctx, requireActor(c), q.unitCode, q.month);
      return download(bytes, XLSX_MIME, `so-theo-doi-ho-so-${q.unitCode}-${q.month}.xlsx`);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/dossiers/guide',
      tags,
      summary: 'Phiếu hướng dẫn hoàn thiện hồ sơ của một thủ tục (in trước khi tiếp nhận)',
      'x-hailong-access': 'scoped',
      request: { query: s.GuideQuery },
      responses: {
        200: { content: { [PDF_MIME]: { schema: z.string() } }, description: 'Tệp PDF' },
        ...errors,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const bytes = await slips.guidePdf(ctx, requireActor(c), q.unitCode, q.procedureCode);
      return download(bytes, PDF_MIME, `phieu-huong-dan-${q.procedureCode}.pdf`);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/dossiers/{code}/slips/{form}',
      tags,
      summary:
        'In phiếu của hồ sơ (01 tiếp nhận, 02 bổ sung, 03 từ chối, 04 xin lỗi, 05 kiểm soát, giấy mời, stop: thông báo dừng giải quyết); số mẫu in theo chế độ của hồ sơ',
      'x-hailong-access': 'scoped',
      request: { params: s.SlipParam },
      responses: {
        200: { content: { [PDF_MIME]: { schema: z.string() } }, description: 'Tệp PDF' },
        ...errors,
      },
    }),
    async (c) => {
      const { code, form } = c.req.valid('param');
      const base = options.publicUrl ?? new URL(c.req.url).origin;
      const bytes = await slips.slipPdf(ctx, requireActor(c), code, form, base);
      return download(bytes, PDF_MIME, `${code}-mau-${form}.pdf`);
    },
  );

  return app;
}
