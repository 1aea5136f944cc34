import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { validationHook } from '../../http/openapi.ts';
import type { AppContext } from '../../lib/context.ts';
import { commentsRoutes, publicCommentsRoutes } from './comments/comments.routes.ts';
import { indexRoutes } from './index/index.routes.ts';
import { publicationsRoutes, publicPublicationsRoutes } from './publications/publications.routes.ts';
import { questionnairesRoutes } from './questionnaires/questionnaires.routes.ts';
import { publicResponsesRoutes, responsesRoutes } from './responses/responses.routes.ts';
import { publicOpenSurveyRoutes } from './waves/public.routes.ts';
import { wavesRoutes } from './waves/waves.routes.ts';

/** The one place the survey sub-areas' routes are mounted: by resource, signed-in and public. */
export function surveysRoutes(ctx: AppContext, options: { publicUrl?: string } = {}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.route('/', questionnairesRoutes(ctx));
  app.route('/', wavesRoutes(ctx, options));
  app.route('/', responsesRoutes(ctx));
  app.route('/', indexRoutes(ctx));
  app.route('/', publicationsRoutes(ctx));
  app.route('/', commentsRoutes(ctx));
  return app;
}

/** What citizens reach without signing in: the survey form of a unit and the published results. */
export function publicSurveyRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.route('/', publicOpenSurveyRoutes(ctx));
  app.route('/', publicResponsesRoutes(ctx));
  app.route('/', publicPublicationsRoutes(ctx));
  app.route('/', publicCommentsRoutes(ctx));
  return app;
}
