/**
 * The one way the web app talks to the server: `/api/v1`, same-origin cookie session, and the
 * session's CSRF token echoed as `X-CSRF-Token` on every write. Errors arrive as
 * `{ error: { code, message, details } }` and become an `ApiError` carrying the server's
 * Vietnamese message, the field errors and the bad lines of an import.
 */

export const API_BASE = '/api/v1';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface LineError {
  line: number;
  code: string;
  message: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  /** Stable code from the server (`LOGIN_FAILED`), or `NETWORK` / `UNEXPECTED` from here. */
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field → message, from `details.fields` of a validation error (`{ field, message }[]`). */
  get fields(): Record<string, string> {
    const out: Record<string, string> = {};
    const fields = (this.details as { fields?: unknown } | undefined)?.fields;
    if (Array.isArray(fields)) {
      for (const f of fields) {
        if (f && typeof f.field === 'string' && typeof f.message === 'string' && !(f.field in out)) {
          out[f.field] = f.message;
        }
      }
    }
    return out;
  }

  /** The bad lines of a rejected import (`details.lines`). */
  get lines(): LineError[] {
    const lines = (this.details as { lines?: unknown } | undefined)?.lines;
    return Array.isArray(lines)
      ? lines.filter(
          (l): l is LineError =>
            l && typeof l.line === 'number' && typeof l.code === 'string' && typeof l.message === 'string',
        )
      : [];
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token || null;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

/** Called on a 401 from any request except the ones that expect it (login, session probe). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export function handleUnauthenticated(): void {
  csrfToken = null;
  onUnauthenticated?.();
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
  /** Do not redirect to the login page on 401 (the caller handles it). */
  expect401?: boolean;
}

/**
 * Fetch the session's CSRF token again (GET /auth/me). Used once when a write is refused with
 * CSRF_FAILED: the token in memory may be stale (another tab signed in again, password changed).
 */
export async function refreshCsrfToken(): Promise<boolean> {
  try {
    const response = await fetch(apiUrl('/auth/me'), {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!response.ok) return false;
    const body = (await response.json()) as { csrfToken?: unknown };
    if (typeof body.csrfToken !== 'string' || !body.csrfToken) return false;
    setCsrfToken(body.csrfToken);
    return true;
  } catch {
    return false;
  }
}

export function apiUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

export function writeHeaders(method: string): Record<string, string> {
  return UNSAFE.has(method) && csrfToken ? { 'X-CSRF-Token': csrfToken } : {};
}

export async function api<T>(path: string, options: RequestOptions = {}, retried = false): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...writeHeaders(method) };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', 'Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại.');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const body = parseJson(text);
  if (!response.ok) {
    const error = toApiError(response.status, body);
    if (error.code === 'CSRF_FAILED' && UNSAFE.has(method) && !retried && (await refreshCsrfToken())) {
      return api<T>(path, options, true);
    }
    if (response.status === 401 && !options.expect401) handleUnauthenticated();
    throw error;
  }
  return body as T;
}

export function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)
    ?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(status, error.code, error.message, error.details);
  }
  return new ApiError(status, 'UNEXPECTED', `Máy chủ trả lời không như mong đợi (mã ${status}).`);
}
