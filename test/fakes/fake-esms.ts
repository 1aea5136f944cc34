import { randomUUID } from 'node:crypto';
import {
  type FakeAnswer,
  type FakeRequest,
  isJsonContentType,
  startFakeHttp,
  VN_MOBILE_84,
} from './http-server.ts';

/**
 * A stand-in for eSMS.vn's "Send OTP/Customer care message" endpoint, checking requests as
 * developers.esms.vn documents them and answering in eSMS's shape:
 *   POST /MainService.svc/json/SendMultipleMessage_V4_post_json/   Content-Type: application/json
 *   body: ApiKey, SecretKey, Phone, Content, SmsType ("2" customer care, needs Brandname; "8" fixed
 *   number), optional IsUnicode ("0"|"1"), Sandbox ("0"|"1"), RequestId, … — all strings
 *   → 200 {"CodeResult":"100","CountRegenerate":0,"SMSID":"…"}, or {"CodeResult":"<code>","ErrorMessage":"…"}
 *     with the codes of eSMS's table: 101 wrong keys, 104 brandname, 108 phone format, 118 message
 *     type, 124 duplicate RequestId, 146 content (customer-care template).
 * Stricter than the real service on one point, on purpose: Phone must be 84xxxxxxxxx (eSMS also
 * takes 0xxxxxxxxx), the form the outbox promises. Assumed, not documented: a body that is not
 * JSON, or a field that is not a string, gets the WCF host's HTTP 400; another path 404; another
 * method 405; another content type 415; an empty Content 146.
 */
export const ESMS_DOCUMENTED_PATH = '/MainService.svc/json/SendMultipleMessage_V4_post_json/';

export interface EsmsAccepted {
  smsId: string;
  ApiKey: string;
  Phone: string;
  Content: string;
  SmsType: string;
  Brandname?: string;
  IsUnicode?: string;
  RequestId?: string;
}

export interface FakeEsmsOptions {
  apiKey: string;
  secretKey: string;
  brandnames: string[];
}

const STRING_FIELDS = [
  'ApiKey',
  'SecretKey',
  'Phone',
  'Content',
  'SmsType',
  'Brandname',
  'IsUnicode',
  'Sandbox',
  'RequestId',
  'SendDate',
  'CallbackUrl',
  'campaignid',
] as const;

const wcf400 = (why: string): FakeAnswer => ({
  status: 400,
  body: `<p>The server encountered an error processing the request. ${why}</p>`,
});
const code = (CodeResult: string, ErrorMessage: string): FakeAnswer => ({
  status: 200,
  body: { CodeResult, CountRegenerate: 0, ErrorMessage },
});

export async function startFakeEsms(options: FakeEsmsOptions) {
  const accepted: EsmsAccepted[] = [];
  const requestIds = new Set<string>();
  const injected: FakeAnswer[] = [];

  const handle = (req: FakeRequest): FakeAnswer => {
    if (req.path !== ESMS_DOCUMENTED_PATH) return { status: 404, body: '<p>Endpoint not found.</p>' };
    if (req.method !== 'POST') return { status: 405, body: '<p>Method not allowed.</p>' };
    if (!isJsonContentType(req.headers)) return { status: 415, body: '<p>Unsupported media type.</p>' };
    let body: unknown;
    try {
      body = JSON.parse(req.body);
    } catch {
      return wcf400('The incoming message is not valid JSON.');
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return wcf400('Expected a JSON object.');
    const b = body as Record<string, unknown>;
    for (const f of STRING_FIELDS) {
      if (b[f] !== undefined && b[f] !== null && typeof b[f] !== 'string') {
        return wcf400(`There was an error deserializing the member '${f}': expected a string.`);
      }
    }
    const s = b as Partial<Record<(typeof STRING_FIELDS)[number], string>>;
    const next = injected.shift();
    if (next) return next;
    if (s.ApiKey !== options.apiKey || s.SecretKey !== options.secretKey)
      return code('101', 'Authorize Failed');
    if (s.SmsType !== '2' && s.SmsType !== '8') return code('118', 'Unsupported message type');
    if (s.SmsType === '2' && (!s.Brandname || !options.brandnames.includes(s.Brandname))) {
      return code('104', 'Brandname does not exist');
    }
    if (!s.Phone || !VN_MOBILE_84.test(s.Phone)) return code('108', 'Phone number is not in correct format');
    if (s.IsUnicode !== undefined && s.IsUnicode !== '0' && s.IsUnicode !== '1') {
      return wcf400("IsUnicode must be '0' or '1'.");
    }
    if (s.Sandbox !== undefined && s.Sandbox !== '0' && s.Sandbox !== '1')
      return wcf400("Sandbox must be '0' or '1'.");
    if (!s.Content) return code('146', 'Wrong customer care template');
    if (s.RequestId) {
      if (requestIds.has(s.RequestId)) return code('124', 'Duplicate RequestId');
      requestIds.add(s.RequestId);
    }
    const smsId = randomUUID().replaceAll('-', '');
    accepted.push({
      smsId,
      ApiKey: s.ApiKey,
      Phone: s.Phone,
      Content: s.Content,
      SmsType: s.SmsType,
      ...(s.Brandname ? { Brandname: s.Brandname } : {}),
      ...(s.IsUnicode ? { IsUnicode: s.IsUnicode } : {}),
      ...(s.RequestId ? { RequestId: s.RequestId } : {}),
    });
    return { status: 200, body: { CodeResult: '100', CountRegenerate: 0, SMSID: smsId } };
  };

  const http = await startFakeHttp(handle);
  return {
    url: http.url,
    /** Messages eSMS would have sent. */
    accepted,
    /** Every request and answer, rejected ones included. */
    exchanges: http.exchanges,
    /** Answer the next well-formed request with this eSMS code (e.g. "103": balance too low). */
    failNext(codeResult: string, message = 'Injected failure') {
      injected.push(code(codeResult, message));
    },
    /** Answer the next well-formed request with a bare HTTP status (e.g. 503). */
    failNextHttp(status: number) {
      injected.push({ status, body: '<p>Service unavailable.</p>' });
    },
    close: http.close,
  };
}

export type FakeEsms = Awaited<ReturnType<typeof startFakeEsms>>;
