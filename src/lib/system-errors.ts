import { AppError } from './errors.ts';

/**
 * Failures of the machine rather than of the request — a full disk, a read-only folder, a missing
 * file — named in Vietnamese with a stable code, for the HTTP error handler and the CLI runner.
 * Database drivers wrap their errors (Drizzle's `cause`), so the whole chain is searched.
 */
function chain(error: unknown): { code?: unknown; path?: unknown; syscall?: unknown; message?: unknown }[] {
  const out = [];
  let e: unknown = error;
  for (let i = 0; i < 5 && e && typeof e === 'object'; i++) {
    out.push(e as { code?: unknown });
    e = (e as { cause?: unknown }).cause;
  }
  return out;
}

/** A full disk: ENOSPC from the file system, or SQLSTATE 53100 (disk_full) from PostgreSQL/PGlite. */
export function diskFullError(error: unknown): AppError | null {
  const hit = chain(error).find((e) => e.code === 'ENOSPC' || e.code === '53100');
  if (!hit) return null;
  return new AppError(
    'DISK_FULL',
    'Ổ đĩa của máy chủ đã đầy: dữ liệu chưa được ghi. Hãy báo quản trị viên giải phóng dung lượng rồi thử lại.',
    {
      cause: hit.code === 'ENOSPC' ? 'ENOSPC' : 'disk_full (53100)',
      ...(typeof hit.path === 'string' ? { path: hit.path } : {}),
    },
  );
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'không tìm thấy tệp hoặc thư mục',
  EACCES: 'không có quyền truy cập',
  EPERM: 'không được phép thao tác',
  EROFS: 'thư mục chỉ cho phép đọc (read-only)',
  EISDIR: 'đây là thư mục, không phải tệp',
  ENOTDIR: 'một phần của đường dẫn không phải thư mục',
  EEXIST: 'tệp đã tồn tại',
  EMFILE: 'mở quá nhiều tệp cùng lúc',
  ENAMETOOLONG: 'tên tệp quá dài',
};

/** One line for a person, when the error is one the machine gave (file system, disk), else null. */
export function describeSystemError(error: unknown): string | null {
  const full = diskFullError(error);
  if (full) return `${full.message} [${full.code}]`;
  const hit = chain(error).find((e) => typeof e.code === 'string' && FILE_ERRORS[e.code]);
  if (!hit) return null;
  const code = hit.code as string;
  const path = typeof hit.path === 'string' ? `${hit.path}: ` : '';
  const hint =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? ' Hãy kiểm tra quyền ghi của thư mục dữ liệu (HAILONG_DATA) và của tệp.'
      : '';
  return `Lỗi: ${path}${FILE_ERRORS[code]} [${code}].${hint}`;
}
