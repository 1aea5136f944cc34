import { AppError } from '../../../lib/errors.ts';

/** Stable error codes of publications (messages in Vietnamese). */

export const publicationNotFound = (id: number) =>
  new AppError('PUBLICATION_NOT_FOUND', `Không có kết quả công bố số ${id}.`);

export const notSupersedable = () =>
  new AppError('PUBLICATION_STATE', 'Chỉ thay thế được một kết quả đã công bố và chưa bị thay thế.');

const STATUS_NAMES: Record<string, string> = {
  draft: 'bản nháp',
  approved: 'đã duyệt',
  published: 'đã công bố',
};

export const publicationState = (status: string, to: string) =>
  new AppError(
    'PUBLICATION_STATE',
    `Kết quả này đang ở trạng thái "${STATUS_NAMES[status]}", không thể chuyển sang "${STATUS_NAMES[to]}".`,
  );

export const nothingToPublish = (scopeName: string, period: string) =>
  new AppError('VALIDATION_FAILED', `Chưa có phiếu nào của ${scopeName} trong kỳ ${period}.`);

const decisionField = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { fields: [{ field, message }] });

export const decisionFileInvalid = (message: string) => decisionField('decisionFile', message);

export const decisionDateInFuture = (date: string) =>
  decisionField('decisionDate', `Ngày quyết định ${date} ở sau hôm nay: ghi ngày đã ký.`);

export const decisionFileNotFound = (id: number) =>
  new AppError('PUBLICATION_NOT_FOUND', `Kết quả công bố số ${id} không có tệp quyết định.`);
