import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import type { AppEnv } from '../http/env.ts';
import { setRetryAfter } from '../http/retry-after.ts';
import { AppError, type ErrorCode } from '../lib/errors.ts';
import { diskFullError } from '../lib/system-errors.ts';

/** Every failure leaves the server as `{ error: { code, message, details } }`. */
export function errorHandler(log: Logger) {
  return (err: Error, c: Context<AppEnv>) => {
    const appError = toAppError(err);
    if (appError.status >= 500) {
      // The log names the cause (DISK_FULL …) so an operator sees it without reading the stack.
      const msg = appError.code === 'INTERNAL' ? 'request failed' : `request failed: ${appError.code}`;
      log.error({ err, code: appError.code, details: appError.details, reqId: c.get('requestId') }, msg);
    }
    const details =
      appError.code === 'INTERNAL' ? { requestId: c.get('requestId') } : detailsObject(appError.details);
    const body = { error: { code: appError.code, message: appError.message, details } };
    setRetryAfter(c, appError);
    return c.json(body, appError.status as ContentfulStatusCode);
  };
}

/** `details` is always an object: nothing becomes `{}`, anything else (a list, a text) `{ value }`. */
function detailsObject(details: unknown): object {
  if (details === undefined || details === null) return {};
  if (typeof details === 'object' && !Array.isArray(details)) return details;
  return { value: details };
}

const HTTP_CODES: Partial<Record<number, [ErrorCode, string]>> = {
  400: ['BAD_REQUEST', 'Yêu cầu không hợp lệ.'],
  401: ['UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp tục.'],
  404: ['NOT_FOUND', 'Không tìm thấy.'],
  405: ['METHOD_NOT_ALLOWED', 'Phương thức HTTP này không được hỗ trợ ở địa chỉ này.'],
  413: ['PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn.'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'Kiểu nội dung gửi lên không được hỗ trợ (Content-Type).'],
  429: ['RATE_LIMITED', 'Quá nhiều yêu cầu, vui lòng thử lại sau.'],
};

function toAppError(err: Error): AppError {
  if (err instanceof AppError) return err;
  const system = diskFullError(err);
  if (system) return system;
  if (err instanceof ZodError) {
    const fields = err.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
    return new AppError('VALIDATION_FAILED', 'Dữ liệu không hợp lệ.', { fields });
  }
  if (err instanceof HTTPException) {
    const known = HTTP_CODES[err.status];
    if (known) return new AppError(known[0], known[1]);
    // Any other client error from the framework stays a client error, never a 500.
    if (err.status >= 400 && err.status < 500) return new AppError('BAD_REQUEST', 'Yêu cầu không hợp lệ.');
  }
  if (err instanceof SyntaxError)
    return new AppError('BAD_REQUEST', 'Nội dung gửi lên không phải JSON hợp lệ.');
  return new AppError(
    'INTERNAL',
    'Lỗi hệ thống. Vui lòng thử lại; nếu vẫn lỗi, báo cho quản trị viên kèm mã yêu cầu.',
  );
}
