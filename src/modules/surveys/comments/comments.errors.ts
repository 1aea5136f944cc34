import { AppError } from '../../../lib/errors.ts';

/** Stable error codes of survey comments (messages in Vietnamese). */

export const commentNotFound = (id: number) =>
  new AppError('COMMENT_NOT_FOUND', `Không tìm thấy ý kiến số ${id} của đơn vị này.`);
