import { AppError } from '../../../lib/errors.ts';

/** Stable error codes of survey waves and the open form (messages in Vietnamese). */

export const closesBeforeOpens = () =>
  new AppError('VALIDATION_FAILED', 'Ngày kết thúc phải sau ngày bắt đầu.', {
    fields: [{ field: 'closesOn', message: 'Ngày kết thúc phải sau ngày bắt đầu' }],
  });

export const waveUnitsNotFound = (missing: string[]) =>
  new AppError('UNIT_NOT_FOUND', `Không có đơn vị: ${missing.join(', ')}.`, { units: missing });

export const waveUnitsOutside = (ownerName: string, codes: string[]) =>
  new AppError('FORBIDDEN', `Đơn vị ngoài phạm vi của ${ownerName}: ${codes.join(', ')}.`, { units: codes });

export const waveCodeTaken = (code: string) =>
  new AppError('WAVE_CODE_TAKEN', `Mã đợt khảo sát "${code}" đã có.`, { code });

export const waveNotFound = (code: string) =>
  new AppError('WAVE_NOT_FOUND', `Không có đợt khảo sát "${code}".`);

export const waveOutOfScope = () =>
  new AppError('FORBIDDEN', 'Đợt khảo sát này không có đơn vị nào trong phạm vi của bạn.');

export const formUnitNotFound = (unitCode: string) =>
  new AppError('UNIT_NOT_FOUND', `Không có đơn vị "${unitCode}".`);

export const surveyClosed = (unitName: string, unitCode: string) =>
  new AppError('SURVEY_CLOSED', `${unitName} hiện không có đợt khảo sát nào đang mở.`, { unit: unitCode });
