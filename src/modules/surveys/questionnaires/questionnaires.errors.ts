import { AppError } from '../../../lib/errors.ts';
import { formatQuestionnaireError, type QuestionnaireError } from './questionnaire.ts';

/** Stable error codes of questionnaires (messages in Vietnamese). */

export function questionnaireInvalid(errors: QuestionnaireError[]): AppError {
  return new AppError(
    'QUESTIONNAIRE_INVALID',
    `Phiếu khảo sát có ${errors.length} lỗi; không có gì được lưu.`,
    { errors: errors.map((e) => ({ ...e, text: formatQuestionnaireError(e) })) },
  );
}

export const questionnairesTopOnly = () =>
  new AppError('FORBIDDEN', 'Chỉ cấp tỉnh được nhập phiếu khảo sát dùng chung.');

export const questionnaireNotFound = (ref: string) =>
  new AppError('QUESTIONNAIRE_NOT_FOUND', `Không có phiếu khảo sát "${ref}".`, { questionnaire: ref });

export const questionnaireIdNotFound = (id: number) =>
  new AppError('QUESTIONNAIRE_NOT_FOUND', `Không có phiếu khảo sát số ${id}.`);

export const paperUnitNotInWave = (waveCode: string, unitCode: string) =>
  new AppError(
    'UNIT_NOT_FOUND',
    `Đợt khảo sát "${waveCode}" không có đơn vị "${unitCode}" trong phạm vi của bạn.`,
    {
      wave: waveCode,
      unit: unitCode,
    },
  );
