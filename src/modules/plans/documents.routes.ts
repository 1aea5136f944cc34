import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { DOCX_MIME, PDF_MIME } from '../../documents/index.ts';
import { download } from '../../http/download.ts';
import type { AppEnv } from '../../http/env.ts';
import { jsonRoutes } from '../../http/json-route.ts';
import { errors, jsonBody, validationHook } from '../../http/openapi.ts';
import { requireActor } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import * as documents from './documents.service.ts';
import * as s from './plans.schema.ts';

const tags = ['Văn bản (documents)'];

const file = (mime: string, description: string) => ({
  200: { content: { [mime]: { schema: z.string() } }, description },
  ...errors,
});

/**
 * Letters and decisions generated from the data: draft (JSON, editable text), preview (DOCX/PDF
 * without number), issue (number from the unit's register), then the issued files.
 */
export function documentsRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  const route = jsonRoutes(app, tags);

  route(
    {
      method: 'post',
      path: '/documents/draft',
      summary:
        'Dự thảo văn bản (công văn triển khai chỉ số, quyết định công bố chỉ số, quyết định ban hành kế hoạch): phần chữ sửa được và văn bản kết quả',
      body: s.DocumentRequest,
      response: s.DocumentDraft,
      description: 'Dự thảo',
    },
    (actor, { json }) => documents.draftDocument(ctx, actor, json),
  );

  for (const format of ['docx', 'pdf'] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/documents/preview/${format}`,
        tags,
        summary: `Xem trước dự thảo dạng ${format.toUpperCase()} (chưa có số, chưa có ngày)`,
        'x-hailong-access': 'scoped',
        request: { body: jsonBody(s.DocumentRequest) },
        responses: file(format === 'docx' ? DOCX_MIME : PDF_MIME, `Tệp ${format.toUpperCase()}`),
      }),
      async (c) => {
        const out = await documents.renderDraft(ctx, requireActor(c), c.req.valid('json'), format);
        return download(out.bytes, out.mime, out.fileName);
      },
    );
  }

  route(
    {
      method: 'post',
      path: '/documents',
      summary:
        'Ban hành văn bản: lấy số tiếp theo trong sổ văn bản đi của đơn vị, ghi ngày, lưu nội dung đã ban hành',
      body: s.DocumentRequest,
      status: 201,
      response: s.IssuedDocumentWithContent,
      description: 'Văn bản đã ban hành',
    },
    (actor, { json }) => documents.issueDocument(ctx, actor, json),
  );

  route(
    {
      method: 'get',
      path: '/documents',
      summary: 'Sổ văn bản đã ban hành của đơn vị (và các đơn vị trực thuộc)',
      query: s.DocumentListQuery,
      response: s.DocumentList,
      description: 'Văn bản',
    },
    async (actor, { query }) => ({ documents: await documents.listDocuments(ctx, actor, query) }),
  );

  route(
    {
      method: 'get',
      path: '/documents/{id}',
      summary: 'Một văn bản đã ban hành, với nội dung',
      params: s.DocumentIdParam,
      response: s.IssuedDocumentWithContent,
      description: 'Văn bản',
    },
    (actor, { param }) => documents.getDocument(ctx, actor, param.id),
  );

  for (const format of ['docx', 'pdf'] as const) {
    app.openapi(
      createRoute({
        method: 'get',
        path: `/documents/{id}/${format}`,
        tags,
        summary: `Văn bản đã ban hành dạng ${format.toUpperCase()}`,
        'x-hailong-access': 'scoped',
        request: { params: s.DocumentIdParam },
        responses: file(format === 'docx' ? DOCX_MIME : PDF_MIME, `Tệp ${format.toUpperCase()}`),
      }),
      async (c) => {
        const out = await documents.documentFile(ctx, requireActor(c), c.req.valid('param').id, format);
        return download(out.bytes, out.mime, out.fileName);
      },
    );
  }

  return app;
}
