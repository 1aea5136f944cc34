import { AppError } from '../../lib/errors.ts';

export const backupKeyWrong = () =>
  new AppError('FORBIDDEN', 'Khoá sao lưu cục bộ không đúng.', { header: 'x-hailong-backup-key' });

export const backupForbidden = () =>
  new AppError('FORBIDDEN', 'Chỉ quản trị viên cấp cao nhất mới được sao lưu toàn bộ dữ liệu.', {
    permission: 'backup',
  });
