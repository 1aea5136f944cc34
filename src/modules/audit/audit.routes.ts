import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { errors, json, validationHook } from '../../http/openapi.ts';
import { requireActor } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import { presentAuditEntry, presentChainCheck } from './audit.present.ts';
import { AuditList, AuditQuery, ChainCheckResult } from './audit.schema.ts';
import { checkAuditChain, listAudit } from './audit.service.ts';

const tags = ['Nhật ký (audit)'];

export function auditRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/audit',
      tags,
      summary: 'Nhật ký thay đổi trong phạm vi đơn vị, mới nhất trước',
      'x-hailong-access': 'scoped',
      request: { query: AuditQuery },
      responses: { 200: json(AuditList, 'Các dòng nhật ký'), ...errors },
    }),
    async (c) => {
      const rows = await listAudit(ctx, requireActor(c), c.req.valid('query'));
      return c.json({ entries: rows.map(presentAuditEntry) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/audit/verify',
      tags,
      summary: 'Kiểm tra chuỗi băm của toàn bộ nhật ký (quản trị viên cấp cao nhất)',
      'x-hailong-access': 'scoped',
      responses: { 200: json(ChainCheckResult, 'Kết quả kiểm tra'), ...errors },
    }),
    async (c) => c.json(presentChainCheck(await checkAuditChain(ctx, requireActor(c))), 200),
  );

  return app;
}
