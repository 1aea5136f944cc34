import type { MiddlewareHandler } from 'hono';
import { AppError } from '../lib/errors.ts';
import type { AppEnv } from './env.ts';

const NUL_ESCAPED = /%00/i;
/** `\u0000`, or a UTF-16 surrogate escape (`\ud800`): only then is the body parsed and walked. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const JSON_SUSPECT = /\\u(0000|d[89a-f])/i;

/**
 * Refuse a NUL byte (U+0000) anywhere in the path, the query, a JSON body or a form's fields,
 * before any route runs. PostgreSQL cannot store it in text (every such request used to end in a 500), and no honest
 * form or program sends one. JSON and form bodies are read here (a form's files are not looked
 * into); raw uploads (CSV, XLSX) are streamed by their routes and checked there.
 */
export function rejectNulBytes(
  options: { bodies: 'api' | 'all' } = { bodies: 'api' },
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = c.req.url;
    const queryAt = url.indexOf('?');
    const path = queryAt < 0 ? url : url.slice(0, queryAt);
    const query = queryAt < 0 ? '' : url.slice(queryAt + 1);
    if (NUL_ESCAPED.test(path) || path.includes('\0')) throw nulByte('path');
    if (NUL_ESCAPED.test(query) || query.includes('\0')) throw nulByte('query');
    const type = bodyType(c.req.method, c.req.header('content-type'));
    // Bodies are read where a body limit has run: under /api (the app's), or inside a sub-app
    // (Open311) that mounts this middleware after its own limit, so its errors keep its shape.
    const readable = options.bodies === 'all' || c.req.path.startsWith('/api/');
    if (type === 'form' && readable) {
      const bytes = await c.req.arrayBuffer();
      c.req.raw = new Request(c.req.raw, { body: bytes });
      let form: FormData | null = null;
      try {
        form = await new Response(bytes, {
          headers: { 'content-type': c.req.header('content-type')! },
        }).formData();
      } catch {
        form = null; // not a form: the route answers 400 for that
      }
      for (const [key, value] of form ?? []) {
        if (key.includes('\0') || (typeof value === 'string' && value.includes('\0')))
          throw nulByte('body', key);
      }
    }
    if (type === 'json' && readable) {
      const text = await c.req.text();
      // Give later readers (a sub-app's own body limit, the route) a fresh body with the same bytes.
      c.req.raw = new Request(c.req.raw, { body: text });
      if (text.includes('\0')) throw nulByte('body');
      if (JSON_SUSPECT.test(text)) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined; // not JSON: the route answers 400 for that
        }
        const found = badText(parsed, '');
        if (found?.problem === 'nul') throw nulByte('body', found.field);
        if (found) throw loneSurrogate(found.field);
      }
    }
    await next();
  };
}

/** Which bodies are checked: JSON, and forms (URL-encoded, multipart); uploads of files are not. */
function bodyType(method: string, contentType: string | undefined): 'json' | 'form' | null {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || !contentType) return null;
  if (/\bjson\b/i.test(contentType)) return 'json';
  if (/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(contentType)) return 'form';
  return null;
}

/**
 * The first string or key (by its path, '' for the body itself) that holds a NUL byte or a lone
 * UTF-16 surrogate (`"\ud800"` is valid JSON but no UTF-8 text: PostgreSQL refuses it), or null.
 */
function badText(value: unknown, at: string): { field: string; problem: 'nul' | 'surrogate' } | null {
  const check = (text: string, field: string) =>
    text.includes('\0')
      ? { field, problem: 'nul' as const }
      : LONE_SURROGATE.test(text)
        ? { field, problem: 'surrogate' as const }
        : null;
  if (typeof value === 'string') return check(value, at);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = badText(value[i], at ? `${at}.${i}` : String(i));
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const path = at ? `${at}.${key}` : key;
      const found = check(key, path) ?? badText(inner, path);
      if (found) return found;
    }
  }
  return null;
}

function loneSurrogate(field: string): AppError {
  return new AppError(
    'TEXT_ENCODING_INVALID',
    `Dữ liệu không hợp lệ: nội dung gửi lên${field ? ` (trường ${field})` : ''} chứa ký tự Unicode hỏng (nửa cặp UTF-16).`,
    { where: 'body', field },
  );
}

function nulByte(where: 'path' | 'query' | 'body', field?: string): AppError {
  const place = { path: 'đường dẫn', query: 'tham số truy vấn', body: 'nội dung gửi lên' }[where];
  return new AppError(
    'NUL_BYTE',
    `Dữ liệu không hợp lệ: ${place}${field ? ` (trường ${field})` : ''} chứa ký tự NUL (mã 0).`,
    field ? { where, field } : { where },
  );
}
