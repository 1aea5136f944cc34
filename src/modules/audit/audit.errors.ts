import { AppError } from '../../lib/errors.ts';

export const chainCheckForbidden = () =>
  new AppError('FORBIDDEN', 'Chỉ quản trị viên cấp cao nhất mới được kiểm tra toàn bộ nhật ký.');
