import { AppError } from '../../lib/errors.ts';
import { formatImportError, type ImportError } from './import/catalogue.ts';

export const procedureNotFound = (code: string) =>
  new AppError('NOT_FOUND', `Không tìm thấy thủ tục hành chính có mã "${code}".`, { code });

export const importForbidden = () =>
  new AppError(
    'FORBIDDEN',
    'Danh mục thủ tục hành chính dùng chung cho cả tỉnh: chỉ quản trị viên cấp cao nhất mới được nhập.',
  );

/** A whole file rejected: nothing was written; `details.lines` names every bad line (CSV) or item (JSON). */
export function proceduresImportInvalid(errors: ImportError[]): AppError {
  const what = errors.every((e) => e.label === 'Mục') ? 'mục' : 'dòng';
  return new AppError(
    'IMPORT_INVALID',
    `Tệp có ${new Set(errors.map((e) => e.line)).size} ${what} lỗi; không có thủ tục nào được nhập.`,
    { lines: errors, text: errors.map(formatImportError) },
  );
}
