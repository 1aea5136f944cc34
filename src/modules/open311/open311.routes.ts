import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { rejectNulBytes } from '../../http/input-hygiene.ts';
import { setRetryAfter } from '../../http/retry-after.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { base } from '../feedback/feedback-links.ts';
import { limitSubmission } from '../feedback/rate-limit.ts';
import {
  jsonNotObject,
  jsonOnly,
  payloadTooLarge,
  resourceNotFound,
  unsupportedBody,
} from './open311.errors.ts';
import * as service from './open311.service.ts';

/**
 * Open311 GeoReport v2 at /open311/v2 (JSON only). Mounted outside /api, so the session and
 * CSRF middleware never run here: this API does not read cookies at all, so a cookie sent by a
 * browser grants nothing and a cross-site POST can do only what an anonymous citizen can (file a
 * report, rate-limited per address). Partners identify themselves with `api_key` (an API token,
 * also accepted as `Authorization: Bearer`). Every error answers `[{"code": n, "description": "…"}]`.
 */
export function open311Routes(ctx: AppContext, options: { publicUrl?: string } = {}) {
  const app = new Hono<AppEnv>();
  const baseOf = (c: Context<AppEnv>) =>
    base({ publicUrl: options.publicUrl ?? ctx.publicUrl }, new URL(c.req.url).origin);

  app.onError((err, c) => {
    const { status, description } = toOpen311(err);
    if (status >= 500) ctx.log.error({ err, reqId: c.get('requestId') }, 'open311 request failed');
    setRetryAfter(c, err);
    return c.json(service.open311Error(status, description), status as ContentfulStatusCode);
  });
  // Public data, no cookies: any site may read it (credentials are never allowed).
  app.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Authorization'],
    }),
  );
  app.use(
    '*',
    bodyLimit({
      maxSize: 20 * 1024 * 1024,
      onError: () => {
        throw payloadTooLarge();
      },
    }),
  );
  // NUL bytes in a form or JSON body: a 400 in Open311's own error shape (after the body limit).
  app.use('*', rejectNulBytes({ bodies: 'all' }));

  app.get('/discovery.json', (c) => c.json(service.discovery(baseOf(c), ctx.now()), 200));
  app.get('/services.json', async (c) => c.json(await service.services(ctx), 200));
  app.get('/services/:file', async (c) => {
    const code = jsonName(c.req.param('file'));
    return c.json(await service.serviceDefinition(ctx, code), 200);
  });
  app.get('/requests.json', async (c) =>
    c.json(await service.searchRequests(ctx, c.req.query(), baseOf(c)), 200),
  );
  app.get('/requests/:file', async (c) => {
    const id = jsonName(c.req.param('file'));
    return c.json(await service.requestById(ctx, id, baseOf(c)), 200);
  });
  app.post('/requests.json', async (c) => {
    const { params, photos } = await readParams(c);
    const key = params.api_key?.trim() || bearer(c.req.header('authorization'));
    const partner = key ? await service.resolveApiKey(ctx, key) : null;
    if (!partner) limitSubmission(ctx, c.get('clientAddress'));
    const created = await service.createRequest(ctx, params, photos, {
      actor: partner?.actor ?? null,
      tokenId: partner?.tokenId ?? null,
      baseUrl: baseOf(c),
    });
    return c.json(created, 201);
  });
  app.all('*', (c) => c.json(service.open311Error(404, 'Không có tài nguyên Open311 này.'), 404));
  return app;
}

/** "PA-20260302-0001.json" → "PA-20260302-0001"; other formats are refused. */
function jsonName(file: string): string {
  const m = /^(.+)\.(json|xml)$/i.exec(file);
  if (!m) throw resourceNotFound();
  if (m[2]!.toLowerCase() !== 'json') throw jsonOnly();
  return decodeURIComponent(m[1]!);
}

function bearer(header: string | undefined): string | undefined {
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

/** POST parameters: JSON, form-encoded or multipart (with `media` files), plus the query string. */
async function readParams(c: Context<AppEnv>) {
  const type = c.req.header('content-type') ?? '';
  const params: service.Params = { ...c.req.query() };
  const photos: { bytes: Uint8Array; name?: string }[] = [];
  if (/^application\/json/i.test(type)) {
    const body = (await c.req.json()) as unknown;
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw jsonNotObject();
    }
    for (const [k, v] of Object.entries(body)) {
      if (v !== null && v !== undefined && typeof v !== 'object') params[k] = String(v);
    }
  } else if (/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) {
    const form = await c.req.parseBody({ all: true });
    for (const [k, v] of Object.entries(form)) {
      for (const one of Array.isArray(v) ? v : [v]) {
        if (typeof one === 'string') params[k] = one;
        else if (one.size > 0 && (k === 'media' || k === 'media[]' || k === 'photos'))
          photos.push({ bytes: new Uint8Array(await one.arrayBuffer()), name: one.name });
      }
    }
  } else if (type) {
    throw unsupportedBody();
  }
  return { params, photos };
}

function toOpen311(err: Error): { status: number; description: string } {
  if (err instanceof AppError) {
    // A service code or category the jurisdiction does not have is a bad request (GeoReport v2).
    if (err.code === 'SERVICE_CODE_UNKNOWN') return { status: 400, description: err.message };
    if (err.code === 'VALIDATION_FAILED') {
      const fields = (err.details as { fields?: { field: string; message: string }[] } | undefined)?.fields;
      return {
        status: 400,
        description: fields?.length ? fields.map((f) => `${f.field}: ${f.message}`).join('; ') : err.message,
      };
    }
    return { status: err.status, description: err.message };
  }
  if (err instanceof ZodError)
    return { status: 400, description: err.issues.map((i) => i.message).join('; ') };
  if (err instanceof HTTPException)
    return { status: err.status, description: err.message || 'Yêu cầu không hợp lệ.' };
  if (err instanceof SyntaxError)
    return { status: 400, description: 'Nội dung gửi lên không phải JSON hợp lệ.' };
  return { status: 500, description: 'Lỗi hệ thống. Vui lòng thử lại sau.' };
}
