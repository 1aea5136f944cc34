import { AppError } from '../../lib/errors.ts';

/** Stable error codes of unit calendars (holiday notices, office hours); messages in Vietnamese. */

export const provinceAdminOnly = () =>
  new AppError('FORBIDDEN', 'Chỉ quản trị cấp tỉnh được sửa lịch nghỉ lễ.');

/** `problems` are "field: message" lines from the notice checker. */
export const noticeInvalid = (year: number, problems: string[]) =>
  new AppError('VALIDATION_FAILED', `Thông báo nghỉ lễ năm ${year} không hợp lệ: ${problems.join('; ')}`, {
    fields: problems.map((p) => ({ field: p.split(':')[0], message: p })),
  });

export const officeHoursInverted = () =>
  new AppError('VALIDATION_FAILED', 'Giờ mở cửa phải trước giờ đóng cửa.', {
    fields: [{ field: 'close', message: 'Phải sau giờ mở cửa' }],
  });
