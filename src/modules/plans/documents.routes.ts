import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { DOCX_MIME, PDF_MIME } from '../../documents/index.ts';
import { download } from '../../http/download.ts';
import type { AppEnv } from '../../http/env.ts';
import { errors, json, jsonBody, validationHook } from '../../http/openapi.ts';
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

  app.openapi(
    createRoute({
      method: 'post',
      path: '/documents/draft',
      tags,
      summary:
        'Dự thảo văn bản (công văn triển khai chỉ số, quyết định công bố chỉ số, quyết định ban hành kế hoạch): phần chữ sửa được và văn bản kết quả',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.DocumentRequest) },
      responses: { 200: json(s.DocumentDraft, 'Dự thảo'), ...errors },
    }),
    async (c) => c.json(await documents.draftDocument(ctx, requireActor(c), c.req.valid('json')), 200),
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

  app.openapi(
    createRoute({
      method: 'post',
      path: '/documents',
      tags,
      summary:
        'Ban hành văn bản: lấy số tiếp theo trong sổ văn bản đi của đơn vị, ghi ngày, lưu nội dung đã ban hành',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.DocumentRequest) },
      responses: { 201: json(s.IssuedDocumentWithContent, 'Văn bản đã ban hành'), ...errors },
    }),
    async (c) => c.json(await documents.issueDocument(ctx, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/documents',
      tags,
      summary: 'Sổ văn bản đã ban hành của đơn vị (và các đơn vị trực thuộc)',
      'x-hailong-access': 'scoped',
      request: { query: s.DocumentListQuery },
      responses: { 200: json(s.DocumentList, 'Văn bản'), ...errors },
    }),
    async (c) =>
      c.json({ documents: await documents.listDocuments(ctx, requireActor(c), c.req.valid('query')) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/documents/{id}',
      tags,
      summary: 'Một văn bản đã ban hành, với nội dung',
      'x-hailong-access': 'scoped',
      request: { params: s.DocumentIdParam },
      responses: { 200: json(s.IssuedDocumentWithContent, 'Văn bản'), ...errors },
    }),
    async (c) => c.json(await documents.getDocument(ctx, requireActor(c), c.req.valid('param').id), 200),
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
