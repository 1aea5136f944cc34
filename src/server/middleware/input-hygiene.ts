import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';

const NUL_ESCAPED = /%00/i;
const JSON_NUL = /\\u0000/i;

/**
 * Refuse a NUL byte (U+0000) anywhere in the path, the query or a JSON body, before any route runs.
 * PostgreSQL cannot store it in text (every such request used to end in a 500), and no honest
 * form or program sends one. Only JSON bodies are read here: uploads (CSV, XLSX, photos) are
 * streamed by their routes and checked there.
 */
export function rejectNulBytes(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = c.req.url;
    const queryAt = url.indexOf('?');
    const path = queryAt < 0 ? url : url.slice(0, queryAt);
    const query = queryAt < 0 ? '' : url.slice(queryAt + 1);
    if (NUL_ESCAPED.test(path) || path.includes('\0')) throw nulByte('path');
    if (NUL_ESCAPED.test(query) || query.includes('\0')) throw nulByte('query');
    if (hasJsonBody(c.req.method, c.req.header('content-type'))) {
      const text = await c.req.text();
      // Give later readers (a sub-app's own body limit, the route) a fresh body with the same bytes.
      c.req.raw = new Request(c.req.raw, { body: text });
      if (text.includes('\0')) throw nulByte('body');
      if (JSON_NUL.test(text)) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined; // not JSON: the route answers 400 for that
        }
        const field = nulField(parsed, '');
        if (field !== null) throw nulByte('body', field);
      }
    }
    await next();
  };
}

function hasJsonBody(method: string, contentType: string | undefined): boolean {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
  return !!contentType && /\bjson\b/i.test(contentType);
}

/** The path of the first string or key holding a NUL byte ('' for the body itself), or null. */
function nulField(value: unknown, at: string): string | null {
  if (typeof value === 'string') return value.includes('\0') ? at : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulField(value[i], at ? `${at}.${i}` : String(i));
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const path = at ? `${at}.${key}` : key;
      if (key.includes('\0')) return path;
      const found = nulField(inner, path);
      if (found !== null) return found;
    }
  }
  return null;
}

function nulByte(where: 'path' | 'query' | 'body', field?: string): AppError {
  const place = { path: 'đường dẫn', query: 'tham số truy vấn', body: 'nội dung gửi lên' }[where];
  return new AppError(
    'NUL_BYTE',
    `Dữ liệu không hợp lệ: ${place}${field ? ` (trường ${field})` : ''} chứa ký tự NUL (mã 0).`,
    field ? { where, field } : { where },
  );
}
