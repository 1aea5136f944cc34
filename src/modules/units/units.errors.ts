import { AppError, type LineError } from '../../lib/errors.ts';

export const unitNotFound = (code: string) =>
  new AppError('UNIT_NOT_FOUND', `Không tìm thấy đơn vị có mã "${code}".`, { code });

export const unitCodeTaken = (code: string) =>
  new AppError('UNIT_CODE_TAKEN', `Mã đơn vị "${code}" đã được dùng.`, { code });

export const unitTypeUnknown = (type: string) =>
  new AppError('UNIT_TYPE_UNKNOWN', `Loại đơn vị "${type}" không có trong danh mục.`, { type });

export const unitTypeTaken = (type: string) =>
  new AppError('UNIT_TYPE_TAKEN', `Loại đơn vị "${type}" đã có trong danh mục.`, { type });

export const unitParentCycle = (code: string, parentCode: string) =>
  new AppError(
    'UNIT_PARENT_CYCLE',
    `Không thể đặt "${parentCode}" làm đơn vị cấp trên của "${code}": "${parentCode}" nằm trong chính "${code}".`,
    { code, parentCode },
  );

export const unitClosed = (code: string) =>
  new AppError('UNIT_CLOSED', `Đơn vị "${code}" đã ngừng hoạt động.`, { code });

export const unitHasOpenChildren = (code: string, count: number) =>
  new AppError(
    'UNIT_CLOSED',
    `Đơn vị "${code}" còn ${count} đơn vị trực thuộc đang hoạt động: hãy chuyển hoặc đóng các đơn vị đó trước.`,
    { code, openChildren: count },
  );

export const rootForbidden = () =>
  new AppError(
    'FORBIDDEN',
    'Chỉ quản trị viên cấp cao nhất mới được tạo đơn vị gốc (không có đơn vị cấp trên).',
  );

export const cannotMoveOwnUnit = () =>
  new AppError('FORBIDDEN', 'Không thể chuyển đơn vị của chính bạn sang đơn vị cấp trên khác.');

export const cannotCloseOwnUnit = () => new AppError('FORBIDDEN', 'Không thể đóng đơn vị của chính bạn.');

export const closeBeforeStart = (validTo: string) =>
  new AppError('VALIDATION_FAILED', 'Ngày ngừng hoạt động phải sau ngày bắt đầu hoạt động.', { validTo });

export const unitSucceedsItself = () =>
  new AppError('VALIDATION_FAILED', 'Đơn vị không thể kế thừa chính nó.');

export const unitTypeTopLevelOnly = () =>
  new AppError('FORBIDDEN', 'Chỉ quản trị viên cấp cao nhất mới được thêm loại đơn vị.');

/** A units file that reaches outside the actor's units: a permission problem (403), not a typo. */
export const importOutsideScope = (lines: LineError[]) =>
  new AppError(
    'FORBIDDEN',
    'Tệp gắn đơn vị vào đơn vị ngoài phạm vi quản lý của bạn; không có dữ liệu nào được nhập.',
    { lines },
  );

export const importNotUtf8 = () =>
  new AppError('VALIDATION_FAILED', 'Tệp không phải UTF-8. Hãy lưu lại tệp với mã hoá UTF-8 (CSV UTF-8).');
