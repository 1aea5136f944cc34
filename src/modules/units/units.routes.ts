import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { ErrorBody, errors, json, jsonBody, validationHook } from '../../http/openapi.ts';
import { fileNameHeader, requireActor } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import { decodeUtf8 } from '../../lib/csv.ts';
import { presentJob } from '../imports/imports.present.ts';
import { ImportJob, wantsAsync } from '../imports/imports.schema.ts';
import { checkImportBytes, checkImportSize } from '../imports/limits.ts';
import { importNotUtf8 } from './units.errors.ts';
import * as s from './units.schema.ts';
import * as service from './units.service.ts';

const tags = ['Đơn vị (units)'];

export function unitsRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/units',
      tags,
      summary: 'Cây đơn vị trong phạm vi người dùng',
      'x-hailong-access': 'scoped',
      request: { query: s.UnitTreeQuery },
      responses: { 200: json(s.UnitTree, 'Cây đơn vị, bắt đầu từ đơn vị của người dùng'), ...errors },
    }),
    async (c) => {
      const { includeClosed, root, date } = c.req.valid('query');
      return c.json(
        { units: await service.listUnitTree(ctx, requireActor(c), includeClosed, root, date) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/units/search',
      tags,
      summary: 'Tìm đơn vị theo tên hoặc mã, không phân biệt dấu',
      'x-hailong-access': 'scoped',
      request: { query: s.UnitSearchQuery },
      responses: { 200: json(s.UnitSearchResult, 'Các đơn vị khớp'), ...errors },
    }),
    async (c) => {
      const { q, limit, within } = c.req.valid('query');
      return c.json({ units: await service.searchUnits(ctx, requireActor(c), q, limit, within) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/units/{code}',
      tags,
      summary: 'Chi tiết một đơn vị, kèm đơn vị cấp trên và kế thừa',
      'x-hailong-access': 'scoped',
      request: { params: s.UnitCodeParam },
      responses: { 200: json(s.UnitDetail, 'Đơn vị'), ...errors },
    }),
    async (c) => c.json(await service.getUnit(ctx, requireActor(c), c.req.valid('param').code), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/units',
      tags,
      summary: 'Tạo đơn vị',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.CreateUnitBody) },
      responses: { 201: json(s.Unit, 'Đơn vị vừa tạo'), ...errors },
    }),
    async (c) => c.json(await service.createUnit(ctx, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/units/{code}',
      tags,
      summary: 'Sửa tên, loại, nhóm so sánh hoặc đơn vị cấp trên',
      'x-hailong-access': 'scoped',
      request: { params: s.UnitCodeParam, body: jsonBody(s.UpdateUnitBody) },
      responses: { 200: json(s.Unit, 'Đơn vị sau khi sửa'), ...errors },
    }),
    async (c) =>
      c.json(
        await service.updateUnit(ctx, requireActor(c), c.req.valid('param').code, c.req.valid('json')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/units/{code}/close',
      tags,
      summary: 'Ngừng hoạt động một đơn vị (sáp nhập, giải thể), giữ lịch sử và đơn vị kế thừa',
      'x-hailong-access': 'scoped',
      request: { params: s.UnitCodeParam, body: jsonBody(s.CloseUnitBody) },
      responses: { 200: json(s.Unit, 'Đơn vị đã đóng'), ...errors },
    }),
    async (c) =>
      c.json(
        await service.closeUnit(ctx, requireActor(c), c.req.valid('param').code, c.req.valid('json')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/units/import',
      tags,
      summary:
        'Nhập đơn vị từ tệp CSV (code,name,type,parent_code[,peer_group,valid_from,valid_to,successor_codes]); lỗi một dòng thì không nhập gì',
      'x-hailong-access': 'scoped',
      request: { body: { content: { 'text/csv': { schema: z.string() } }, required: true } },
      responses: {
        200: json(s.ImportUnitsResult, 'Số đơn vị đã nhập'),
        202: json(
          ImportJob,
          'Với "Prefer: respond-async": tệp đang được kiểm tra và nhập nền; xem GET /import-jobs/{id}',
        ),
        413: json(ErrorBody, 'Tệp quá lớn hoặc quá nhiều dòng (IMPORT_TOO_LARGE, IMPORT_TOO_MANY_ROWS)'),
        422: json(
          z.object({
            error: z.object({
              code: z.literal('IMPORT_INVALID'),
              message: z.string(),
              details: z.object({ lines: z.array(s.LineErrorSchema) }),
            }),
          }),
          'Tệp có dòng lỗi; không nhập gì',
        ),
        ...errors,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      // Size and line count are checked before the file is parsed (a declared size before it is read).
      checkImportSize('units', Number(c.req.header('content-length') ?? 0));
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      checkImportBytes('units', bytes, true);
      const text = decodeUtf8(bytes);
      if (text === null) throw importNotUtf8();
      const fileName = fileNameHeader(c.req.header('x-file-name'));
      if (wantsAsync(c.req.header('prefer'))) {
        const job = service.startUnitsImport(ctx, actor, text, fileName);
        c.header('location', `/api/v1/import-jobs/${job.id}`);
        return c.json(presentJob(job), 202);
      }
      return c.json(await service.importUnitsCsv(ctx, actor, text, fileName), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/unit-types',
      tags,
      summary: 'Danh mục loại đơn vị',
      'x-hailong-access': 'self',
      responses: { 200: json(s.UnitTypeList, 'Các loại đơn vị'), ...errors },
    }),
    async (c) => c.json({ types: await service.listUnitTypes(ctx, requireActor(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/unit-types',
      tags,
      summary: 'Thêm loại đơn vị (quản trị viên cấp cao nhất)',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.CreateUnitTypeBody) },
      responses: { 201: json(s.UnitType, 'Loại vừa thêm'), ...errors },
    }),
    async (c) => c.json(await service.createUnitType(ctx, requireActor(c), c.req.valid('json')), 201),
  );

  return app;
}
