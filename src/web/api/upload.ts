import {
  ApiError,
  apiUrl,
  handleUnauthenticated,
  parseJson,
  refreshCsrfToken,
  toApiError,
  writeHeaders,
} from './client.ts';

/**
 * Upload a file as the raw request body with XMLHttpRequest, because fetch cannot report upload
 * progress. Same rules as `api()`: CSRF header, same-origin cookie, the one error shape.
 */
export interface UploadOptions {
  path: string;
  file: Blob & { name?: string };
  contentType: string;
  /** 0–100 while the bytes go up; the server may then take a moment to check the file. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
  /** More request headers (`Prefer: respond-async` for a background import). */
  headers?: Record<string, string>;
}

interface SendOptions {
  path: string;
  body: XMLHttpRequestBodyInit;
  headers: Record<string, string>;
  onProgress?: ((percent: number) => void) | undefined;
  signal?: AbortSignal | undefined;
}

function send<T>(options: SendOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(options.path));
    xhr.withCredentials = false; // same-origin: the cookie goes anyway
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(options.headers)) xhr.setRequestHeader(name, value);
    for (const [name, value] of Object.entries(writeHeaders('POST'))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        options.onProgress?.(Math.round((event.loaded / event.total) * 100));
      }
    };
    xhr.upload.onload = () => options.onProgress?.(100);
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
        return;
      }
      if (xhr.status === 401) handleUnauthenticated();
      reject(toApiError(xhr.status, body));
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'NETWORK', 'Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại.'));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(options.body);
  });
}

export function uploadFile<T>(options: UploadOptions): Promise<T> {
  return send<T>({
    path: options.path,
    body: options.file,
    headers: {
      'Content-Type': options.contentType,
      // Header values must be Latin-1: a Vietnamese file name is sent percent-encoded.
      ...(options.file.name ? { 'X-File-Name': encodeURIComponent(options.file.name) } : {}),
      ...options.headers,
    },
    onProgress: options.onProgress,
    signal: options.signal,
  });
}

export interface FormUploadOptions {
  path: string;
  /** Fields and files; the browser writes the multipart boundary itself. */
  form: FormData;
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/**
 * POST a multipart form (fields and photos) with upload progress. A browser that still holds a
 * session cookie from an officer's sign-in must echo its CSRF token even on a public form: a
 * refusal with CSRF_FAILED re-reads the token once and sends again, as `api()` does.
 */
export async function uploadForm<T>(options: FormUploadOptions): Promise<T> {
  const attempt = () =>
    send<T>({
      path: options.path,
      body: options.form,
      headers: {},
      onProgress: options.onProgress,
      signal: options.signal,
    });
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'CSRF_FAILED' && (await refreshCsrfToken())) {
      return attempt();
    }
    throw error;
  }
}

export interface JsonUploadOptions {
  path: string;
  /** Sent as JSON; a file inside it travels as base64 (the plans' evidence). */
  body: unknown;
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/** POST a large JSON body with upload progress; a stale CSRF token is re-read once, as `api()` does. */
export async function uploadJson<T>(options: JsonUploadOptions): Promise<T> {
  const attempt = () =>
    send<T>({
      path: options.path,
      body: JSON.stringify(options.body),
      headers: { 'Content-Type': 'application/json' },
      onProgress: options.onProgress,
      signal: options.signal,
    });
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'CSRF_FAILED' && (await refreshCsrfToken())) {
      return attempt();
    }
    throw error;
  }
}
