import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Actor } from '../access/actor.ts';
import type { AppEnv } from './env.ts';
import { errors, json, jsonBody } from './openapi.ts';
import { requireActor } from './request.ts';

/**
 * The workflow action route shared by the desk and feedback: `POST <resource>/{code}/<action>`,
 * an optional validated JSON body (an absent body is `{}`), one service call, then the item as it
 * is afterwards. It is HTTP only, so it lives in http/; the modules keep their own actions.
 */
export interface ActionRoutes {
  /** e.g. '/dossiers' */
  resource: string;
  tags: string[];
  params: z.ZodObject<{ code: z.ZodType<string> }>;
  /** The item after the action, and its description in the OpenAPI document. */
  result: z.ZodType;
  description: string;
  present: (c: Context<AppEnv>, actor: Actor, code: string) => Promise<unknown>;
}

type Input<B> = B extends z.ZodType ? z.output<B> : undefined;

export function actionRoutes(app: OpenAPIHono<AppEnv>, spec: ActionRoutes) {
  return function action<B extends z.ZodType | undefined>(
    path: string,
    summary: string,
    body: B,
    run: (actor: Actor, code: string, input: Input<B>, c: Context<AppEnv>) => Promise<unknown>,
  ) {
    const route = createRoute({
      method: 'post',
      path: `${spec.resource}/{code}/${path}`,
      tags: spec.tags,
      summary,
      'x-hailong-access': 'scoped',
      request: { params: spec.params, ...(body ? { body: jsonBody(body) } : {}) },
      responses: { 200: json(spec.result, spec.description), ...errors },
    });
    // The route is generic here, so its handler is typed by hand: params and body were validated.
    const handler = async (c: Context<AppEnv>) => {
      const actor = requireActor(c);
      const valid = c.req.valid.bind(c.req) as (target: 'param' | 'json') => unknown;
      const { code } = valid('param') as { code: string };
      const input = (body ? valid('json') : undefined) as Input<B>;
      await run(actor, code, input, c);
      return c.json((await spec.present(c, actor, code)) as object, 200);
    };
    app.openapi(route, handler as never);
  };
}
