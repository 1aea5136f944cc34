import { AppError } from '../../lib/errors.ts';
import type { FeedbackStatus } from './feedback-status.ts';
import { STATUS_NAMES } from './feedback-status.ts';
import { PHOTO_MAX_COUNT } from './feedback-text.ts';

/** Stable error codes of feedback (phản ánh, kiến nghị), its categories and photos; messages in Vietnamese. */

/** A bad field: `text` is the whole message when the default one would not say enough. */
export const invalid = (field: string, message: string, text?: string) =>
  new AppError('VALIDATION_FAILED', text ?? `Dữ liệu không hợp lệ: ${field}: ${message}`, {
    fields: [{ field, message }],
  });

/** Several bad fields at once (the public multipart form). */
export const invalidFields = (fields: { field: string; message: string }[]) =>
  new AppError(
    'VALIDATION_FAILED',
    `Dữ liệu không hợp lệ: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`,
    { fields },
  );

export const feedbackNotFound = (code: string) =>
  new AppError('FEEDBACK_NOT_FOUND', `Không có phản ánh, kiến nghị "${code}".`);

export const categoryNotFound = (code: string) =>
  new AppError('CATEGORY_NOT_FOUND', `Không có lĩnh vực phản ánh "${code}".`);

export const categoryCodeTaken = (code: string) =>
  new AppError('CATEGORY_CODE_TAKEN', `Mã lĩnh vực "${code}" đã có.`, {
    fields: [{ field: 'code', message: 'Đã có' }],
  });

export const deadlinePolicyUnknown = (code: string, known: readonly string[]) =>
  new AppError(
    'DEADLINE_POLICY_UNKNOWN',
    `Không có chính sách thời hạn "${code}" (có: ${known.join(', ')}; xem data/feedback/deadline-policies.json).`,
    { fields: [{ field: 'deadlinePolicy', message: 'Chính sách thời hạn không có trong danh mục' }] },
  );

export const unitNotFound = (code: string) =>
  new AppError('UNIT_NOT_FOUND', `Không tìm thấy đơn vị có mã "${code}".`);

export const officerNotFound = (username: string) =>
  new AppError('USER_NOT_FOUND', `Không có cán bộ "${username}".`);

export const handlerOutsideUnit = (username: string) =>
  new AppError('VALIDATION_FAILED', `Cán bộ "${username}" không thuộc đơn vị quản lý lĩnh vực này.`, {
    fields: [{ field: 'defaultHandler', message: 'Cán bộ phải thuộc đơn vị của lĩnh vực hoặc cấp trên' }],
  });

/** Named officer unknown or outside the item's unit: the same answer, so usernames do not leak. */
export const namedOfficerNotFound = () =>
  new AppError('USER_NOT_FOUND', 'Không có cán bộ này ở đơn vị xử lý phản ánh hoặc đơn vị cấp trên.', {
    field: 'username',
  });

export const signInToReceive = () =>
  new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp nhận phản ánh.');

export const cannotMove = (from: FeedbackStatus, to: FeedbackStatus) =>
  new AppError(
    'FEEDBACK_STATE',
    `Phản ánh đang ở trạng thái "${STATUS_NAMES[from]}", không chuyển sang "${STATUS_NAMES[to]}" được.`,
    { status: from, to },
  );

/** The item's state does not allow the action (the message says why). */
export const feedbackState = (message: string, details?: Record<string, unknown>) =>
  new AppError('FEEDBACK_STATE', message, details);

export const alreadyRated = () =>
  new AppError('FEEDBACK_ALREADY_RATED', 'Câu trả lời này đã được đánh giá. Cảm ơn ông/bà.');

/** The lookup by code: wrong key. Says only that the code exists, never what was expected. */
export const lookupKeyInvalid = (code: string) =>
  new AppError(
    'FEEDBACK_CHECK_INVALID',
    'Thông tin kiểm tra không đúng. Hãy nhập mã kiểm tra gồm 6 ký tự nhận được cùng mã phản ánh, hoặc đúng số điện thoại hay email đã khai khi gửi.',
    { code, fields: [{ field: 'key', message: 'Không khớp với phản ánh này' }] },
  );

export const lookupNotFound = (code: string) =>
  new AppError(
    'FEEDBACK_NOT_FOUND',
    `Không tìm thấy phản ánh có mã "${code}". Kiểm tra lại mã (dạng PA-20261205-0001).`,
    {
      code,
      fields: [{ field: 'code', message: 'Không có phản ánh này' }],
    },
  );

export const tokenInvalid = () =>
  new AppError(
    'FEEDBACK_TOKEN_INVALID',
    'Đường dẫn theo dõi không đúng. Hãy mở lại đường dẫn nhận được khi gửi phản ánh.',
  );

export const noSelfVerification = () =>
  new AppError('FORBIDDEN', 'Cán bộ bị phản ánh không tự xác minh phản ánh về mình.');

export const verifierNotLeader = () =>
  new AppError(
    'FORBIDDEN',
    'Chỉ lãnh đạo đơn vị của cán bộ bị phản ánh (hoặc đơn vị cấp trên) mới xác minh được phản ánh này.',
    { permission: 'feedback.approve' },
  );

export const tooManyPhotos = () =>
  new AppError('PHOTO_INVALID', `Chỉ gửi được tối đa ${PHOTO_MAX_COUNT} ảnh.`, {
    fields: [{ field: 'photos', message: `Tối đa ${PHOTO_MAX_COUNT} ảnh` }],
  });

export const photoTooLarge = (label: string, i: number) =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    `Ảnh ${label} lớn hơn 5 MB (mỗi ảnh tối đa 5 MB). Hãy chọn ảnh nhỏ hơn; trang gửi phản ánh tự thu nhỏ ảnh chụp từ điện thoại.`,
    { fields: [{ field: `photos[${i}]`, message: 'Tối đa 5 MB' }] },
  );

export const photoNotImage = (label: string, i: number) =>
  new AppError('PHOTO_INVALID', `Ảnh ${label} không phải JPEG, PNG hoặc WebP.`, {
    fields: [{ field: `photos[${i}]`, message: 'Chỉ nhận JPEG, PNG, WebP' }],
  });

export const photoUnreadable = (label: string, i: number) =>
  new AppError('PHOTO_INVALID', `Ảnh ${label} bị hỏng hoặc không phải ảnh thật, không đọc được.`, {
    fields: [{ field: `photos[${i}]`, message: 'Không đọc được ảnh' }],
  });

export const photoNotFound = (code: string, id: number) =>
  new AppError('NOT_FOUND', 'Không có ảnh này.', { code, id });

export const periodInvalid = (message: string, withField = true) =>
  new AppError('PERIOD_INVALID', message, withField ? { fields: [{ field: 'period', message }] } : undefined);

export const reportsRateLimited = (limit: number, retryAfterSeconds: number) =>
  new AppError(
    'RATE_LIMITED',
    `Quá nhiều phản ánh gửi từ cùng một địa chỉ (tối đa ${limit} mỗi phút). Vui lòng thử lại sau ${retryAfterSeconds} giây.`,
    { retryAfterSeconds },
  );
