import { AppError, type ErrorCode } from '../../lib/errors.ts';

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toFixed(1).replace('.', ',');
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export const importTooLarge = (bytes: number, maxBytes: number) =>
  new AppError(
    'IMPORT_TOO_LARGE',
    `Tệp nặng ${mb(bytes)} MB, tối đa ${mb(maxBytes)} MB mỗi tệp; hãy chia thành nhiều tệp.`,
    { bytes, maxBytes },
  );

export const importTooManyRows = (rows: number, maxRows: number, what: string) =>
  new AppError(
    'IMPORT_TOO_MANY_ROWS',
    `Tệp có ${thousands(rows)} dòng ${what}, tối đa ${thousands(maxRows)} dòng mỗi tệp; hãy chia thành nhiều tệp.`,
    { rows, maxRows },
  );

export const fileNotUtf8 = () =>
  new AppError('VALIDATION_FAILED', 'Tệp không phải UTF-8. Hãy lưu lại tệp với mã hoá UTF-8 (CSV UTF-8).');

/** The whole server's queue of imports is full. */
export const importServerBusy = (pending: number, max: number) =>
  new AppError('RATE_LIMITED', `Máy chủ đang nhập ${pending} tệp; hãy thử lại sau ít phút.`, {
    pending,
    max,
  });

/** This user's queue of imports is full. */
export const importQueueFull = (pending: number, max: number) =>
  new AppError('RATE_LIMITED', `Bạn đang có ${pending} tệp chờ nhập; hãy đợi các tệp đó xong rồi gửi tiếp.`, {
    pending,
    max,
  });

export const importJobNotFound = (id: string) =>
  new AppError('IMPORT_JOB_NOT_FOUND', 'Không tìm thấy lượt nhập tệp này (hoặc đã quá một giờ).', { id });

/** The error an import job ended with, thrown again to whoever waits for its result. */
export const importJobFailed = (error: { code: string; message: string; details: unknown }) =>
  new AppError(error.code as ErrorCode, error.message, error.details);
