import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { ErrorBody, errors, json, validationHook } from '../../http/openapi.ts';
import { fileNameHeader, requireActor } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import { decodeUtf8 } from '../../lib/csv.ts';
import { fileNotUtf8 } from '../imports/imports.errors.ts';
import { checkImportBytes, checkImportSize } from '../imports/limits.ts';
import { CSV_COLUMNS } from './import/catalogue.ts';
import * as s from './procedures.schema.ts';
import * as service from './procedures.service.ts';

const tags = ['Thủ tục hành chính (procedures)'];

const importInvalid = json(s.ImportInvalidBody, 'Tệp có dòng (CSV) hoặc mục (JSON) lỗi; không nhập gì');

/**
 * The JSON body is documented, not validated by zod here: the import checks the whole file itself
 * and names every bad item ("Mục N: …"), which a schema validator would not.
 */
const jsonFileSchema = {
  type: 'array' as const,
  description:
    'Mảng thủ tục: {code, name, field, level: toan_trinh|mot_phan|truc_tiep, processingTime: {amount, unit: working_days|working_hours}, fees?, documents: [{name, kind: original|certified_copy|copy, count}], forms?: [{name, url}], legalBasis, unitCodes: [mã đơn vị]}',
  items: { type: 'object' as const },
};

/** Routes for signed-in users: the catalogue import (top-level admins) and a procedure's full record. */
export function proceduresRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/procedures/import',
      tags,
      summary: `Nhập danh mục thủ tục từ tệp CSV (${CSV_COLUMNS.join(',')}) hoặc JSON; mã đã có thì cập nhật; lỗi một dòng thì không nhập gì`,
      'x-hailong-access': 'scoped',
      request: {
        body: {
          content: { 'text/csv': { schema: z.string() }, 'application/json': { schema: jsonFileSchema } },
          required: true,
        },
      },
      responses: {
        200: json(s.ImportProceduresResult, 'Số thủ tục tạo mới, cập nhật, không đổi'),
        413: json(ErrorBody, 'Tệp quá lớn hoặc quá nhiều dòng (IMPORT_TOO_LARGE, IMPORT_TOO_MANY_ROWS)'),
        422: importInvalid,
        ...errors,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const fileName = fileNameHeader(c.req.header('x-file-name'));
      const isJson =
        /^application\/([a-z.-]+\+)?json/i.test(c.req.header('content-type') ?? '') ||
        /\.json$/i.test(fileName);
      // Size (and a CSV's line count) are checked before the file is parsed; a declared size before it is read.
      checkImportSize('procedures', Number(c.req.header('content-length') ?? 0));
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      checkImportBytes('procedures', bytes, !isJson);
      const text = decodeUtf8(bytes);
      if (text === null) throw fileNotUtf8();
      return c.json(await service.importProcedures(ctx, actor, text, isJson ? 'json' : 'csv', fileName), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/procedures/{code}',
      tags,
      summary: 'Một thủ tục, kể cả đã ngừng áp dụng, với mọi đơn vị tiếp nhận',
      'x-hailong-access': 'self',
      request: { params: s.ProcedureCodeParam },
      responses: { 200: json(s.ProcedureAdminDetail, 'Thủ tục'), ...errors },
    }),
    async (c) => c.json(await service.getProcedure(ctx, requireActor(c), c.req.valid('param').code), 200),
  );

  return app;
}

/** The public catalogue ("niêm yết công khai"): no sign-in. */
export function publicProceduresRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/procedures',
      tags: ['Công khai (public)', ...tags],
      summary: 'Danh mục thủ tục hành chính đang áp dụng; tìm không phân biệt dấu, lọc theo lĩnh vực, đơn vị',
      'x-hailong-access': 'public',
      request: { query: s.PublicProcedureQuery },
      responses: { 200: json(s.PublicProcedureList, 'Các thủ tục khớp'), ...errors },
    }),
    async (c) => c.json(await service.listPublicProcedures(ctx, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/procedures/{code}',
      tags: ['Công khai (public)', ...tags],
      summary: 'Một thủ tục đang áp dụng, với các đơn vị tiếp nhận',
      'x-hailong-access': 'public',
      request: { params: s.ProcedureCodeParam },
      responses: { 200: json(s.ProcedureDetail, 'Thủ tục'), ...errors },
    }),
    async (c) => c.json(await service.getPublicProcedure(ctx, c.req.valid('param').code), 200),
  );

  return app;
}
