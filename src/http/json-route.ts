import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Actor } from '../access/actor.ts';
import type { AppEnv } from './env.ts';
import { type Access, errors, json, jsonBody } from './openapi.ts';
import { requireActor } from './request.ts';

/**
 * A JSON route written once (plans, documents and reports use it): validate the path, query and
 * body, call one service function with the actor and the validated input, answer its result.
 * The result must have the response schema's shape, so a presenter that drifts does not compile.
 */
export interface JsonRouteSpec<
  P extends z.ZodType | undefined,
  Q extends z.ZodType | undefined,
  B extends z.ZodType | undefined,
  R extends z.ZodType,
> {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  summary: string;
  access?: Access;
  params?: P;
  query?: Q;
  body?: B;
  status?: 200 | 201;
  response: R;
  description: string;
}

type In<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface JsonRouteInput<P, Q, B> {
  param: In<P>;
  query: In<Q>;
  json: In<B>;
}

export function jsonRoutes(app: OpenAPIHono<AppEnv>, tags: string[]) {
  return function route<
    P extends z.ZodType | undefined,
    Q extends z.ZodType | undefined,
    B extends z.ZodType | undefined,
    R extends z.ZodType,
  >(
    spec: JsonRouteSpec<P, Q, B, R>,
    run: (actor: Actor, input: JsonRouteInput<P, Q, B>) => Promise<z.input<R>>,
  ) {
    const status = spec.status ?? 200;
    const route = createRoute({
      method: spec.method,
      path: spec.path,
      tags,
      summary: spec.summary,
      'x-hailong-access': spec.access ?? 'scoped',
      request: {
        ...(spec.params ? { params: spec.params } : {}),
        ...(spec.query ? { query: spec.query } : {}),
        ...(spec.body ? { body: jsonBody(spec.body) } : {}),
        // Parameter schemas are z.object()s in every spec; the generic bound cannot say so.
      } as never,
      responses: { [status]: json(spec.response, spec.description), ...errors },
    });
    // The route is generic here, so its handler is typed by hand: the inputs were validated.
    const handler = async (c: Context<AppEnv>) => {
      const valid = c.req.valid.bind(c.req) as (target: 'param' | 'query' | 'json') => unknown;
      const input = {
        param: spec.params ? valid('param') : undefined,
        query: spec.query ? valid('query') : undefined,
        json: spec.body ? valid('json') : undefined,
      } as JsonRouteInput<P, Q, B>;
      return c.json((await run(requireActor(c), input)) as object, status);
    };
    app.openapi(route, handler as never);
  };
}
