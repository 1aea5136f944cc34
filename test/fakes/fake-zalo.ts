import { randomBytes } from 'node:crypto';
import {
  type FakeAnswer,
  type FakeRequest,
  isJsonContentType,
  startFakeHttp,
  VN_MOBILE_84,
} from './http-server.ts';

/**
 * A stand-in for Zalo's ZNS "send a template message" endpoint, checking requests as
 * developers.zalo.me documents them and answering in Zalo's shape (HTTP 200, `error` ≠ 0):
 *   POST /message/template   header access_token, Content-Type: application/json
 *   {phone: "84…", template_id: "<string>", template_data: {<param>: <value>…}, tracking_id: "<string>"}
 *   → {error: 0, message: "Success", data: {msg_id, sent_time, quota}}
 *   errors (zalo.cloud error table): -124 access token invalid, -108 phone invalid, -109 template id
 *   invalid, -111 template data empty, -112 template data invalid (a parameter missing, unknown, not
 *   a string or number, or longer than the template allows).
 * Stricter than Zalo on one point, on purpose: phone must be 84xxxxxxxxx (the form ZNS documents;
 * Zalo now also takes 0xxxxxxxxx). Assumed, not documented: a body that is not JSON, or a missing or
 * over-long (> 48) tracking_id, gets HTTP 400 with error -100; another path 404; another method 405.
 */
export const ZALO_DOCUMENTED_PATH = '/message/template';

export interface ZaloAccepted {
  msgId: string;
  phone: string;
  template_id: string;
  template_data: Record<string, string | number>;
  tracking_id: string;
}

export interface FakeZaloOptions {
  accessToken: string;
  /** Registered templates: id → { parameter: maximum length }. */
  templates: Record<string, Record<string, number>>;
}

const zaloError = (error: number, message: string, status = 200): FakeAnswer => ({
  status,
  body: { error, message },
});

export async function startFakeZalo(options: FakeZaloOptions) {
  const accepted: ZaloAccepted[] = [];
  const injected: FakeAnswer[] = [];
  const handle = (req: FakeRequest): FakeAnswer => {
    if (req.path !== ZALO_DOCUMENTED_PATH) return { status: 404, body: 'Not found' };
    if (req.method !== 'POST') return { status: 405, body: 'Method not allowed' };
    if (req.headers.access_token !== options.accessToken) return zaloError(-124, 'Access token is invalid');
    if (!isJsonContentType(req.headers)) return zaloError(-100, 'Content-Type must be application/json', 400);
    let body: unknown;
    try {
      body = JSON.parse(req.body);
    } catch {
      return zaloError(-100, 'Request body is not valid JSON', 400);
    }
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return zaloError(-100, 'Expected an object', 400);
    const b = body as Record<string, unknown>;
    const next = injected.shift();
    if (next) return next;
    if (typeof b.phone !== 'string' || !VN_MOBILE_84.test(b.phone))
      return zaloError(-108, 'Phone number invalid');
    if (typeof b.template_id !== 'string' || !options.templates[b.template_id]) {
      return zaloError(-109, 'Template ID invalid');
    }
    const params = options.templates[b.template_id]!;
    const data = b.template_data;
    if (!data || typeof data !== 'object' || Array.isArray(data) || Object.keys(data).length === 0) {
      return zaloError(-111, 'Template data empty');
    }
    const values = data as Record<string, unknown>;
    for (const [param, max] of Object.entries(params)) {
      const v = values[param];
      if (typeof v !== 'string' && typeof v !== 'number')
        return zaloError(-112, `Template data invalid: ${param}`);
      if (String(v).length === 0 || [...String(v)].length > max) {
        return zaloError(-112, `Template data invalid: ${param} must have 1..${max} characters`);
      }
    }
    const unknown = Object.keys(values).filter((k) => !(k in params));
    if (unknown.length) return zaloError(-112, `Template data invalid: unknown ${unknown.join(', ')}`);
    if (typeof b.tracking_id !== 'string' || !b.tracking_id || b.tracking_id.length > 48) {
      return zaloError(-100, 'tracking_id invalid', 400);
    }
    const msgId = randomBytes(10).toString('hex');
    accepted.push({
      msgId,
      phone: b.phone,
      template_id: b.template_id,
      template_data: values as Record<string, string | number>,
      tracking_id: b.tracking_id,
    });
    return {
      status: 200,
      body: {
        error: 0,
        message: 'Success',
        data: {
          msg_id: msgId,
          sent_time: String(Date.now()),
          quota: { dailyQuota: '500', remainingQuota: String(500 - accepted.length) },
        },
      },
    };
  };
  const http = await startFakeHttp(handle);
  return {
    url: http.url,
    accepted,
    exchanges: http.exchanges,
    /** Answer the next authorised, well-formed request with this Zalo error (e.g. -115 out of quota). */
    failNext(error: number, message = 'Injected failure') {
      injected.push(zaloError(error, message));
    },
    close: http.close,
  };
}

export type FakeZalo = Awaited<ReturnType<typeof startFakeZalo>>;
