import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { errors, json, validationHook } from '../../http/openapi.ts';
import type { AppContext } from '../../lib/context.ts';
import * as categories from './categories.service.ts';
import { invalidFields } from './feedback.errors.ts';
import * as queries from './feedback.queries.ts';
import * as s from './feedback.schema.ts';
import * as service from './feedback.service.ts';
import { base } from './feedback-links.ts';
import { feedbackCheck } from './lookup-factor.ts';
import { limitSubmission } from './rate-limit.ts';
import { trackingRoutes } from './tracking.routes.ts';

const tags = ['Công khai (public)'];

/** The form fields, as a plain OpenAPI schema: documented, and read by readForm (zod would refuse files). */
const FORM_SCHEMA = {
  type: 'object' as const,
  required: ['categoryCode', 'description'],
  properties: {
    categoryCode: { type: 'string' as const },
    description: { type: 'string' as const },
    unitCode: { type: 'string' as const },
    address: { type: 'string' as const },
    lat: { type: 'number' as const },
    long: { type: 'number' as const },
    name: { type: 'string' as const },
    phone: { type: 'string' as const },
    email: { type: 'string' as const },
    contactConsent: { type: 'boolean' as const },
    photos: { type: 'array' as const, items: { type: 'string' as const, format: 'binary' }, maxItems: 3 },
  },
};

type FormValue = string | File | (string | File)[];

const firstString = (v: FormValue | undefined): string | undefined => {
  const one = Array.isArray(v) ? v[0] : v;
  return typeof one === 'string' && one.trim() !== '' ? one : undefined;
};
const files = (v: FormValue | undefined): File[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is File => typeof x !== 'string' && x.size > 0,
  );
const truthy = (v: string | undefined) =>
  v !== undefined && ['true', 'on', '1', 'yes', 'có'].includes(v.toLowerCase());

/**
 * A multipart (the mobile page with photos) or form-encoded submission → the JSON body's shape,
 * then the same schema.
 * Fields: categoryCode, unitCode, description, address, lat, long, name, phone, email,
 * contactConsent, photos (up to 3 files).
 */
export async function readForm(c: Context<AppEnv>) {
  const form = (await c.req.parseBody({ all: true })) as Record<string, FormValue>;
  const num = (k: string) => {
    const v = firstString(form[k]);
    return v === undefined ? undefined : Number(v.replace(',', '.'));
  };
  const name = firstString(form.name) ?? firstString(form['reporter[name]']);
  const phone = firstString(form.phone) ?? firstString(form['reporter[phone]']);
  const email = firstString(form.email) ?? firstString(form['reporter[email]']);
  const candidate = {
    categoryCode: firstString(form.categoryCode),
    unitCode: firstString(form.unitCode),
    description: firstString(form.description),
    address: firstString(form.address),
    lat: num('lat'),
    long: num('long'),
    reporter: name || phone || email ? { name, phone, email } : undefined,
    contactConsent: truthy(firstString(form.contactConsent)),
  };
  const parsed = s.PublicSubmitBody.safeParse(candidate);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => ({
      field: i.path.join('.') || '(body)',
      message: i.message,
    }));
    throw invalidFields(fields);
  }
  const photos = files(form.photos ?? form['photos[]']);
  return {
    body: parsed.data,
    photos: await Promise.all(
      photos.map(async (f) => ({ bytes: new Uint8Array(await f.arrayBuffer()), name: f.name })),
    ),
  };
}

/** The citizen's side: the form, the published answers, the tracking page and the rating. */
export function publicFeedbackRoutes(ctx: AppContext, options: { publicUrl?: string } = {}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const baseOf = (c: Context<AppEnv>) =>
    base({ publicUrl: options.publicUrl ?? ctx.publicUrl }, new URL(c.req.url).origin);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/feedback/categories',
      tags,
      summary: 'Lĩnh vực phản ánh người dân chọn được (của một đơn vị, gồm lĩnh vực cấp trên)',
      'x-hailong-access': 'public',
      request: { query: s.PublicCategoryQuery },
      responses: { 200: json(s.PublicCategoryList, 'Lĩnh vực'), ...errors },
    }),
    async (c) =>
      c.json({ categories: await categories.publicCategories(ctx, c.req.valid('query').unitCode) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/feedback/suggest-unit',
      tags,
      summary: 'Gợi ý đơn vị xử lý theo lĩnh vực và địa điểm',
      'x-hailong-access': 'public',
      request: { query: s.SuggestQuery },
      responses: {
        200: json(z.object({ unitCode: z.string(), unitName: z.string() }), 'Đơn vị gợi ý'),
        ...errors,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const category = await service.publicCategory(ctx, q.category);
      const unit = await service.suggestUnit(ctx, category, q.address);
      return c.json({ unitCode: unit.code, unitName: unit.name }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/public/feedback',
      tags,
      summary:
        'Gửi phản ánh, kiến nghị (JSON, hoặc multipart kèm tối đa 3 ảnh JPEG/PNG/WebP ≤ 5 MB); ẩn danh nếu không đồng ý cho liên hệ',
      'x-hailong-access': 'public',
      request: {
        body: {
          content: {
            'application/json': { schema: s.PublicSubmitBody },
            'multipart/form-data': { schema: FORM_SCHEMA },
            'application/x-www-form-urlencoded': { schema: FORM_SCHEMA },
          },
          required: false,
        },
      },
      responses: { 201: json(s.Received, 'Đã tiếp nhận: mã và đường dẫn theo dõi'), ...errors },
    }),
    async (c) => {
      limitSubmission(ctx, c.get('clientAddress'));
      const form = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(
        c.req.header('content-type') ?? '',
      );
      const { body, photos } = form
        ? await readForm(c)
        : { body: s.PublicSubmitBody.parse(await c.req.json()), photos: [] };
      const r = await service.receiveFeedback(
        ctx,
        null,
        { ...body, channel: 'web', photos },
        { baseUrl: baseOf(c) },
      );
      return c.json(
        {
          code: r.item.code,
          status: r.item.status,
          statusName: 'Chờ tiếp nhận',
          unitCode: r.unit.code,
          unitName: r.unit.name,
          answerBy: r.item.answerBy.toISOString(),
          trackingUrl: r.trackingUrl,
          trackingToken: r.token,
          checkValue: feedbackCheck(ctx.secret, r.item.code),
        },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/feedback',
      tags,
      summary: 'Các câu trả lời đã công khai (đã bỏ thông tin cá nhân), mới nhất trước',
      'x-hailong-access': 'public',
      request: { query: s.PublicListQuery },
      responses: { 200: json(s.PublicList, 'Phản ánh đã công khai'), ...errors },
    }),
    async (c) => c.json({ items: await queries.publicList(ctx, c.req.valid('query')) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/feedback/{code}',
      tags,
      summary: 'Một phản ánh đã công khai và câu trả lời',
      'x-hailong-access': 'public',
      request: { params: s.FeedbackCodeParam },
      responses: { 200: json(s.PublicItem, 'Phản ánh'), ...errors },
    }),
    async (c) => c.json(await queries.publicItem(ctx, c.req.valid('param').code), 200),
  );

  app.route('/', trackingRoutes(ctx));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/public/feedback/{code}/photos/{id}',
      tags,
      summary:
        'Ảnh gửi kèm phản ánh (Open311 media_url), đã bỏ siêu dữ liệu; chưa công khai thì chỉ cán bộ trong phạm vi xem được',
      'x-hailong-access': 'public',
      request: { params: s.PhotoParam },
      responses: {
        200: { content: { 'image/jpeg': { schema: z.string() } }, description: 'Ảnh JPEG, PNG hoặc WebP' },
        ...errors,
      },
    }),
    async (c) => {
      const { code, id } = c.req.valid('param');
      const p = await queries.photoOf(ctx, c.get('actor') ?? null, code, id);
      return new Response(new Uint8Array(p.bytes), {
        status: 200,
        headers: {
          'content-type': p.mime,
          // An unpublished item's photo is for officers only: never kept by a shared cache.
          'cache-control': p.published ? 'public, max-age=86400' : 'private, no-store',
          'x-content-type-options': 'nosniff',
        },
      });
    },
  );

  return app;
}
