import { AppError, type LineError } from '../../../lib/errors.ts';
import { formatDateVi } from '../../../lib/format.ts';
import { vnDate } from '../../../lib/time.ts';

/** Stable error codes of responses: entering, sending, importing and reviewing them (messages in Vietnamese). */

export const answersInvalid = (fields: { field: string; message: string }[]) =>
  new AppError('ANSWERS_INVALID', 'Có câu trả lời không hợp lệ; phiếu chưa được lưu.', { fields });

export const noAnswers = () =>
  new AppError('ANSWERS_INVALID', 'Phiếu chưa có câu trả lời nào.', {
    fields: [{ field: 'answers', message: 'Hãy trả lời ít nhất một câu' }],
  });

export const consentRequired = () =>
  new AppError('CONSENT_REQUIRED', 'Hãy đọc và đồng ý với thông báo về xử lý dữ liệu trước khi gửi phiếu.');

/** `you` is the installation's form of address in lower case ("ông/bà" or "anh/chị"). */
export const duplicateResponse = (unitName: string, you = 'ông/bà') =>
  new AppError(
    'DUPLICATE_RESPONSE',
    `Thiết bị này đã gửi phiếu đánh giá ${unitName} hôm nay. Cảm ơn ${you}, mỗi ngày chỉ cần gửi một lần.`,
  );

export const paperDateInFuture = () =>
  new AppError('VALIDATION_FAILED', 'Ngày trên phiếu không được sau hôm nay.', {
    fields: [{ field: 'submittedAt', message: 'Ngày trên phiếu không được sau hôm nay' }],
  });

export const noWaveOn = (unitName: string, date: string) =>
  new AppError('SURVEY_CLOSED', `${unitName} không có đợt khảo sát nào vào ngày ${date}.`);

export const servedByNotFound = (username: string) =>
  new AppError('USER_NOT_FOUND', `Không có cán bộ "${username}".`);

export const selfRating = () =>
  new AppError(
    'SELF_RATING',
    'Cán bộ đã phục vụ người dân không được tự nhập phiếu đánh giá về mình; hãy để người khác nhập phiếu này.',
  );

/** `details` as each caller has always answered it (the hold decisions name the id). */
export const responseNotFound = (id: number, details?: { id: number }) =>
  new AppError('RESPONSE_NOT_FOUND', `Không có phiếu số ${id}.`, details);

export const exclusionReasonRequired = () =>
  new AppError('VALIDATION_FAILED', 'Hãy ghi lý do loại phiếu.', {
    fields: [{ field: 'reason', message: 'Hãy ghi lý do loại phiếu' }],
  });

export const responseNotHeld = (id: number, excluded: boolean) =>
  new AppError(
    'RESPONSE_NOT_HELD',
    excluded
      ? `Phiếu số ${id} đã bị loại; hãy khôi phục phiếu trước nếu muốn tính lại.`
      : `Phiếu số ${id} không bị tạm giữ, không cần mở.`,
    { id, excluded },
  );

export const windowReversed = () =>
  new AppError('VALIDATION_FAILED', 'Thời điểm bắt đầu phải trước thời điểm kết thúc.', {
    fields: [{ field: 'from', message: 'Phải trước "to"' }],
  });

export const importOutsideScope = (total: number, lines: LineError[]) =>
  new AppError('FORBIDDEN', `Tệp có ${total} dòng thuộc đơn vị ngoài phạm vi của bạn; không nhập gì.`, {
    lines,
  });

export const importDuplicate = (fileName: string, importedAt: Date) =>
  new AppError(
    'IMPORT_DUPLICATE',
    `Tệp này đã được nhập ngày ${formatDateVi(vnDate(importedAt))} (tên tệp "${fileName}"); không nhập lại.`,
    { fileName, importedAt: importedAt.toISOString() },
  );

/** More bad lines than listed: the message gives the total. */
export const importInvalidTotal = (errors: LineError[], total: number) =>
  new AppError(
    'IMPORT_INVALID',
    `Tệp có ${total} lỗi (liệt kê ${errors.length} lỗi đầu); không có dữ liệu nào được nhập.`,
    { lines: errors, total },
  );

export const tokenRefused = (reason: 'missing' | 'forged' | 'expired' | 'other_unit') =>
  new AppError(
    'FORM_TOKEN_INVALID',
    reason === 'expired'
      ? 'Phiếu đã mở quá lâu nên đã hết hạn. Vui lòng tải lại trang khảo sát và gửi lại; các câu trả lời được giữ nguyên.'
      : 'Phiếu không được cấp từ trang khảo sát của đơn vị này. Vui lòng mở lại trang khảo sát (quét mã QR) rồi gửi phiếu.',
    { reason },
  );

export const powRefused = (reason: 'missing' | 'invalid' | 'expired' | 'other_form') =>
  new AppError(
    'PROOF_OF_WORK_FAILED',
    reason === 'missing'
      ? 'Trình duyệt chưa hoàn tất bước xác minh chống gửi tự động. Vui lòng chờ vài giây rồi bấm Gửi lại.'
      : 'Bước xác minh chống gửi tự động không hợp lệ hoặc đã hết hạn. Vui lòng tải lại trang khảo sát rồi gửi lại.',
    { reason },
  );

export const tooManyFromAddress = (minutes: number, retryAfterSeconds: number) =>
  new AppError(
    'RATE_LIMITED',
    `Có quá nhiều phiếu gửi từ cùng một mạng trong ${minutes} phút. Vui lòng thử lại sau ${retryAfterSeconds} giây.`,
    { retryAfterSeconds, scope: 'address' },
  );

export const tooManyForUnit = (retryAfterSeconds: number) =>
  new AppError(
    'RATE_LIMITED',
    `Đơn vị này đang nhận quá nhiều phiếu cùng lúc. Vui lòng thử lại sau ${retryAfterSeconds} giây.`,
    { retryAfterSeconds, scope: 'unit' },
  );
