import { AppError } from '../../../lib/errors.ts';

/** Stable error codes of the index table and its targets (messages in Vietnamese). */

export const periodInvalid = (label: string, message: string) =>
  new AppError('PERIOD_INVALID', message, { period: label });

export const targetForBoth = () =>
  new AppError('VALIDATION_FAILED', 'Chỉ tiêu áp dụng cho một nhóm đơn vị hoặc một đơn vị, không cả hai.', {
    fields: [{ field: 'peerGroup', message: 'Chọn nhóm đơn vị hoặc đơn vị' }],
  });

export const groupTargetTopOnly = () =>
  new AppError('FORBIDDEN', 'Chỉ cấp tỉnh đặt chỉ tiêu cho cả nhóm đơn vị.');

export const criterionUnknown = (questionnaireCode: string, criterion: string) =>
  new AppError('VALIDATION_FAILED', `Phiếu ${questionnaireCode} không có tiêu chí "${criterion}".`, {
    fields: [{ field: 'criterion', message: `Không có tiêu chí "${criterion}"` }],
  });
