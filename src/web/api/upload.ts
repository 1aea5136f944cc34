import { ApiError, apiUrl, handleUnauthenticated, parseJson, toApiError, writeHeaders } from './client.ts';

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
}

export function uploadFile<T>(options: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(options.path));
    xhr.withCredentials = false; // same-origin: the cookie goes anyway
    xhr.setRequestHeader('Content-Type', options.contentType);
    xhr.setRequestHeader('Accept', 'application/json');
    // Header values must be Latin-1: a Vietnamese file name is sent percent-encoded.
    if (options.file.name) xhr.setRequestHeader('X-File-Name', encodeURIComponent(options.file.name));
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
    xhr.send(options.file);
  });
}
