import { AppError } from '../../lib/errors.ts';

export const loginFailed = () => new AppError('LOGIN_FAILED', 'Tên đăng nhập hoặc mật khẩu không đúng.', {});

/** A wait, in words: "45 giây", "3 phút". */
function waitText(seconds: number): string {
  return seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;
}

export const loginThrottled = (retryAfterSeconds: number) =>
  new AppError(
    'LOGIN_THROTTLED',
    `Đăng nhập sai nhiều lần. Vui lòng thử lại sau ${waitText(retryAfterSeconds)}.`,
    { retryAfterSeconds },
  );

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp tục.');

export const passwordWrong = () => new AppError('PASSWORD_WRONG', 'Mật khẩu hiện tại không đúng.');

export const passwordWeak = (reason: string) => new AppError('PASSWORD_WEAK', reason);

export const usernameTaken = (username: string) =>
  new AppError('USERNAME_TAKEN', `Tên đăng nhập "${username}" đã có người dùng.`, { username });

export const userNotFound = (id: number | string) =>
  new AppError('USER_NOT_FOUND', `Không tìm thấy người dùng ${id}.`, { id });

export const unknownRole = (role: string) =>
  new AppError('UNKNOWN_ROLE', `Vai trò "${role}" không tồn tại.`, { role });

export const tokenNotFound = (id: number) =>
  new AppError('TOKEN_NOT_FOUND', `Không tìm thấy khoá API ${id}.`, { id });

export const cannotChangeOwnAccess = () =>
  new AppError('FORBIDDEN', 'Không thể tự đổi vai trò, đơn vị hay khoá tài khoản của chính mình.');

export const kioskBindingInvalid = () =>
  new AppError(
    'KIOSK_BINDING_INVALID',
    'Thiết bị này được gắn với quầy bằng một mã không hợp lệ (không do máy chủ này cấp). Cán bộ cần gắn lại.',
  );

export const passwordRecheckWrong = () => new AppError('PASSWORD_WRONG', 'Mật khẩu không đúng.');
