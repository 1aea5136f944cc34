import { AppError } from '../../lib/errors.ts';
import { formatDateTimeVi } from '../../lib/format.ts';
import { STATUS_NAMES, type Status } from './dossier-status.ts';

/** Stable error codes of the one-stop desk (dossiers, slips, lookup, rating); messages in Vietnamese. */

type Fields = { field: string; message: string }[];

export const invalidInput = (message: string, fields: Fields) =>
  new AppError('VALIDATION_FAILED', message, { fields });

/** A form field left empty or wrong (slip forms name one field). */
export const formFieldInvalid = (message: string, field: string) =>
  new AppError('VALIDATION_FAILED', message, { field });

export const dossierNotFound = (code: string) =>
  new AppError('DOSSIER_NOT_FOUND', `Không có hồ sơ "${code}".`);

/** The citizen's lookup: the message says where the code is printed. */
export const lookupNotFound = (code: string) =>
  new AppError('DOSSIER_NOT_FOUND', `Không tìm thấy hồ sơ có mã "${code}". Kiểm tra lại mã trên giấy hẹn.`, {
    code,
  });

export const lookupCheckInvalid = (code: string) =>
  new AppError(
    'DOSSIER_CHECK_INVALID',
    'Mã kiểm tra không đúng. Hãy nhập đúng 6 ký tự in cạnh mã hồ sơ trên giấy tiếp nhận, hoặc quét mã QR trên giấy.',
    { code, fields: [{ field: 'k', message: 'Mã kiểm tra không đúng' }] },
  );

export const monthInvalid = (month: string) =>
  invalidInput(`Tháng "${month}" không hợp lệ (cần dạng 2026-03).`, [
    { field: 'month', message: 'Dạng YYYY-MM' },
  ]);

export const procedureNotAccepted = (unitName: string, procedureCode: string) =>
  new AppError('PROCEDURE_NOT_FOUND', `${unitName} không tiếp nhận thủ tục "${procedureCode}".`);

export const officerNotFound = (username: string) =>
  new AppError('USER_NOT_FOUND', `Không có cán bộ "${username}".`);

export const receivedInFuture = () =>
  invalidInput('Thời điểm tiếp nhận không được sau hiện tại.', [
    { field: 'receivedAt', message: 'Không được sau hiện tại' },
  ]);

/** The national status machine refuses the move. */
export const cannotMove = (from: Status, to: Status) =>
  new AppError(
    'DOSSIER_STATE',
    `Hồ sơ đang ở trạng thái "${STATUS_NAMES[from]}", không chuyển sang "${STATUS_NAMES[to]}" được.`,
    { status: from, to },
  );

/** The dossier's state does not allow the action (the message says why). */
export const dossierState = (message: string) => new AppError('DOSSIER_STATE', message);

export const supplementIncomplete = (field: 'missing' | 'reason') =>
  invalidInput('Yêu cầu bổ sung phải nêu giấy tờ còn thiếu và lý do.', [{ field, message: 'Bắt buộc' }]);

export const supplementAlreadyRequested = () =>
  new AppError(
    'SUPPLEMENT_ALREADY_REQUESTED',
    'Hồ sơ này đã được yêu cầu bổ sung một lần; chỉ được yêu cầu bổ sung một lần. Nếu thật cần, lãnh đạo đơn vị phải ghi rõ lý do (sẽ tính là vi phạm).',
  );

export const secondSupplementForbidden = () =>
  new AppError('FORBIDDEN', 'Chỉ lãnh đạo đơn vị được cho phép yêu cầu bổ sung lần hai.');

export const refusalNeedsLegalBasis = (field: 'reason' | 'legalBasis') =>
  new AppError(
    'REFUSAL_NEEDS_LEGAL_BASIS',
    'Từ chối hồ sơ phải nêu rõ lý do và căn cứ pháp lý (điều, khoản, văn bản).',
    { fields: [{ field, message: 'Bắt buộc' }] },
  );

/** Only a regime that has a stop notice (NĐ 118/2025, TT 03/2025 Mẫu số 05) lets the desk stop a dossier. */
export const stopNotInRegime = (ruleSet: string) =>
  new AppError(
    'STOP_NOT_IN_REGIME',
    `Hồ sơ được tiếp nhận theo chế độ ${ruleSet}: dữ liệu pháp lý của chế độ này không có Thông báo dừng giải quyết hồ sơ, nên không dừng giải quyết được.`,
    { ruleSet },
  );

/**
 * The dossier's regime does not refuse a dossier in this status: under NĐ 118 a dossier already in
 * processing is stopped with the notice (TT 03/2025 Mẫu số 05), not refused with Mẫu số 03.
 */
export const refusalNotInRegime = (
  ruleSet: string,
  status: number,
  statusName: string,
  instead: 'stop' | null,
) =>
  new AppError(
    'REFUSAL_NOT_IN_REGIME',
    `Hồ sơ được tiếp nhận theo chế độ ${ruleSet} và đang ở trạng thái "${statusName}": theo dữ liệu pháp lý của chế độ này không từ chối hồ sơ ở trạng thái đó${
      instead === 'stop' ? '; hãy dùng Dừng giải quyết (Thông báo dừng giải quyết hồ sơ).' : '.'
    }`,
    { ruleSet, status, instead },
  );

export const apologyNeedsReason = () =>
  new AppError('APOLOGY_INVALID', 'Phiếu xin lỗi phải nêu lý do chậm.', {
    fields: [{ field: 'reason', message: 'Bắt buộc' }],
  });

export const apologyDateTooEarly = (oldDueAt: Date) =>
  new AppError(
    'APOLOGY_INVALID',
    `Ngày hẹn mới phải sau ngày hẹn cũ (${formatDateTimeVi(oldDueAt)}) và sau hiện tại.`,
    { fields: [{ field: 'newDueAt', message: 'Phải sau ngày hẹn cũ' }] },
  );

export const handoverNotPending = () =>
  new AppError('NOT_FOUND', 'Không có lượt bàn giao đang chờ nhận này.');

export const slipNotIssued = (code: string, form: string) =>
  new AppError('NOT_FOUND', `Hồ sơ ${code} chưa được cấp phiếu ${form}.`);

export const ratingTokenInvalid = () =>
  new AppError(
    'RATING_TOKEN_INVALID',
    'Đường dẫn đánh giá không đúng. Hãy quét lại mã QR trên giấy hẹn hoặc phiếu trả kết quả.',
  );

/** A dossier whose stored rule set names no regime in data/regimes has no rating form to follow. */
export const ratingNotInRegime = (ruleSet: string) =>
  new AppError(
    'RATING_NOT_IN_REGIME',
    `Không có phiếu đánh giá cho chế độ pháp lý "${ruleSet}" của hồ sơ này.`,
    { ruleSet },
  );

export const alreadyRated = () => new AppError('ALREADY_RATED', 'Hồ sơ này đã được đánh giá. Cảm ơn ông/bà.');

export const selfRating = () =>
  new AppError('SELF_RATING', 'Cán bộ giải quyết hồ sơ không được tự đánh giá hồ sơ này.');

export const answersFromDossier = (fields: string[]) =>
  new AppError(
    'ANSWERS_INVALID',
    'Các chỉ tiêu về thời gian và số lần liên hệ được tính từ hồ sơ, không nhập tay.',
    { fields: fields.map((k) => ({ field: `answers.${k}`, message: 'Tính từ hồ sơ' })) },
  );

export const lookupRateLimited = (
  limit: number,
  per: string,
  retryAfterSeconds: number,
  windowSeconds: number,
) =>
  new AppError(
    'RATE_LIMITED',
    `Quá nhiều lượt tra cứu hồ sơ từ cùng một địa chỉ (tối đa ${limit} lượt ${per}). Vui lòng thử lại sau ${retryAfterSeconds} giây.`,
    { retryAfterSeconds, limit, windowSeconds },
  );
