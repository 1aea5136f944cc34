import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { z } from 'zod';
import { ping } from '../db/ping.ts';
import type { AppEnv } from '../http/env.ts';
import { rejectNulBytes } from '../http/input-hygiene.ts';
import { json, validationHook } from '../http/openapi.ts';
import type { AppContext } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import '../lib/zod-vi.ts';
import { accountsRoutes } from '../modules/accounts/accounts.routes.ts';
import { auditRoutes } from '../modules/audit/audit.routes.ts';
import { backupRoutes } from '../modules/backup/backup.routes.ts';
import { calendarRoutes } from '../modules/calendar/calendar.routes.ts';
import { dossiersRoutes } from '../modules/dossiers/dossiers.routes.ts';
import { publicDossierRoutes } from '../modules/dossiers/public.routes.ts';
import { feedbackRoutes } from '../modules/feedback/feedback.routes.ts';
import { publicFeedbackRoutes } from '../modules/feedback/public.routes.ts';
import { importsRoutes } from '../modules/imports/imports.routes.ts';
import { open311Routes } from '../modules/open311/open311.routes.ts';
import { documentsRoutes } from '../modules/plans/documents.routes.ts';
import { plansRoutes } from '../modules/plans/plans.routes.ts';
import { reportsRoutes } from '../modules/plans/reports.routes.ts';
import { proceduresRoutes, publicProceduresRoutes } from '../modules/procedures/procedures.routes.ts';
import { publicSurveyRoutes, surveysRoutes } from '../modules/surveys/surveys.routes.ts';
import { unitHeadingsRoutes } from '../modules/units/headings.routes.ts';
import { publicUnitsRoutes } from '../modules/units/public.routes.ts';
import { unitsRoutes } from '../modules/units/units.routes.ts';
import { mountApiDocs } from './api-docs.ts';
import { errorHandler } from './error-handler.ts';
import { authenticate } from './middleware/auth.ts';
import { requestLog } from './middleware/request-log.ts';
import { mountWeb } from './static-web.ts';

export interface AppOptions {
  engine: 'pglite' | 'postgres';
  webDir: string;
  cookieSecure: boolean;
  version: string;
  /** The address citizens reach (QR codes, links); default: the address of the request. */
  publicUrl?: string;
  /** The key `hailong backup` reads from the data folder's lock file to ask this server for a backup. */
  backupKey?: string;
}

/** The whole HTTP application: middleware, every module's routes, OpenAPI, docs and the web app. */
export function createApp(ctx: AppContext, options: AppOptions) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use(requestId());
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use(async (c, next) => {
    c.set('clientAddress', clientAddress(c));
    await next();
  });
  app.use(requestLog(ctx.log));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 25 * 1024 * 1024,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn (tối đa 25 MB).');
      },
    }),
  );
  app.use(rejectNulBytes());
  app.use('/api/*', authenticate(ctx));
  app.onError(errorHandler(ctx.log));
  app.notFound(() => {
    throw new AppError('NOT_FOUND', 'Không tìm thấy địa chỉ này.');
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      tags: ['Hệ thống'],
      summary: 'Tình trạng máy chủ và cơ sở dữ liệu',
      'x-hailong-access': 'public',
      responses: {
        200: json(
          z.object({
            status: z.literal('ok'),
            version: z.string(),
            database: z.enum(['pglite', 'postgres']),
            time: z.string(),
          }),
          'Máy chủ hoạt động',
        ),
      },
    }),
    async (c) => {
      await ping(ctx.db);
      return c.json(
        {
          status: 'ok' as const,
          version: options.version,
          database: options.engine,
          time: ctx.now().toISOString(),
        },
        200,
      );
    },
  );

  app.route('/api/v1', accountsRoutes(ctx, { cookieSecure: options.cookieSecure }));
  app.route('/api/v1', unitsRoutes(ctx));
  app.route('/api/v1', unitHeadingsRoutes(ctx));
  app.route('/api/v1', auditRoutes(ctx));
  app.route('/api/v1', importsRoutes());
  app.route('/api/v1', backupRoutes(ctx, { engine: options.engine, backupKey: options.backupKey }));
  app.route('/api/v1', surveysRoutes(ctx, { publicUrl: options.publicUrl }));
  app.route('/api/v1', publicSurveyRoutes(ctx));
  app.route('/api/v1', dossiersRoutes(ctx, { publicUrl: options.publicUrl }));
  app.route('/api/v1', publicDossierRoutes(ctx));
  app.route('/api/v1', calendarRoutes(ctx));
  app.route('/api/v1', feedbackRoutes(ctx, { publicUrl: options.publicUrl }));
  app.route('/api/v1', publicFeedbackRoutes(ctx, { publicUrl: options.publicUrl }));
  // Open311 GeoReport v2 lives outside /api: no session or CSRF middleware (it reads no cookies),
  // its own body limit, CORS and error shape; anything else under /open311 is an Open311 404, not the web app.
  app.route('/open311/v2', open311Routes(ctx, { publicUrl: options.publicUrl }));
  app.all('/open311/*', (c) =>
    c.json([{ code: 404, description: 'Không có tài nguyên Open311 này (dùng /open311/v2).' }], 404),
  );
  app.route('/api/v1', proceduresRoutes(ctx));
  app.route('/api/v1', publicProceduresRoutes(ctx));
  app.route('/api/v1', publicUnitsRoutes(ctx));
  app.route('/api/v1', plansRoutes(ctx));
  app.route('/api/v1', documentsRoutes(ctx));
  app.route('/api/v1', reportsRoutes(ctx));

  app.doc('/api/openapi.json', {
    openapi: '3.0.3',
    info: {
      title: 'Hài Lòng API',
      version: options.version,
      description:
        'API của Hài Lòng. Đăng nhập bằng cookie phiên (gửi kèm X-CSRF-Token khi ghi) hoặc khoá API (Authorization: Bearer hl_…). Lỗi có dạng {"error": {"code", "message", "details"}}.',
    },
  });
  mountApiDocs(app);
  app.all('/api/*', () => {
    throw new AppError('NOT_FOUND', 'Không có API này.');
  });
  mountWeb(app, options.webDir);
  return app;
}

export type App = ReturnType<typeof createApp>;

function clientAddress(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // in-process requests (tests) have no socket
  }
}
