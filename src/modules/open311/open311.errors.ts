import { AppError } from '../../lib/errors.ts';

/** Stable error codes of the Open311 GeoReport v2 endpoint; messages in Vietnamese. */

/** A bad parameter: the Open311 error body carries `description` (and the field, when known). */
export const badRequest = (description: string, field?: string) =>
  new AppError('BAD_REQUEST', description, field ? { fields: [{ field, message: description }] } : undefined);

export const serviceNotFound = (code: string) =>
  new AppError('CATEGORY_NOT_FOUND', `Không có dịch vụ "${code}".`);

export const requestNotFound = (id: string) =>
  new AppError('FEEDBACK_NOT_FOUND', `Không có yêu cầu "${id}".`);

export const apiKeyInvalid = () => new AppError('FORBIDDEN', 'api_key không hợp lệ hoặc đã bị thu hồi.');

export const serviceCodeMissing = () => new AppError('SERVICE_CODE_UNKNOWN', 'Thiếu service_code.');

export const serviceCodeUnknown = (code: string) =>
  new AppError('SERVICE_CODE_UNKNOWN', `service_code "${code}" không có trong services.json.`);

export const payloadTooLarge = () =>
  new AppError('PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn (tối đa 20 MB).');

export const resourceNotFound = () =>
  new AppError('NOT_FOUND', 'Không có tài nguyên Open311 này (thiếu đuôi .json).');

export const jsonOnly = () => new AppError('BAD_REQUEST', 'Chỉ hỗ trợ định dạng JSON (.json).');

export const jsonNotObject = () => new AppError('BAD_REQUEST', 'Nội dung JSON phải là một đối tượng.');

export const unsupportedBody = () =>
  new AppError('BAD_REQUEST', 'Gửi dạng application/x-www-form-urlencoded, multipart/form-data hoặc JSON.');
