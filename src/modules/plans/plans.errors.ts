import { AppError } from '../../lib/errors.ts';

/** Stable error codes of plans, measures, official documents and reports (messages in Vietnamese). */

export const planNotFound = (id: number) =>
  new AppError('PLAN_NOT_FOUND', `Không có kế hoạch số ${id}.`, { planId: id });

export const taskNotFound = (planId: number, taskId: number) =>
  new AppError('TASK_NOT_FOUND', `Kế hoạch số ${planId} không có nhiệm vụ số ${taskId}.`, { planId, taskId });

const STATUS_NAMES: Record<string, string> = {
  draft: 'dự thảo',
  issued: 'đã ban hành',
  closed: 'đã kết thúc',
};

export function planStatusName(status: string): string {
  return STATUS_NAMES[status] ?? status;
}

export const planState = (status: string, action: string) =>
  new AppError('PLAN_STATE', `Kế hoạch đang ở trạng thái "${planStatusName(status)}": không thể ${action}.`, {
    status,
  });

export const measureNotFound = (id: number) =>
  new AppError('MEASURE_NOT_FOUND', `Không có biện pháp số ${id} trong thư viện.`, { measureId: id });

export const documentNotFound = (id: number) =>
  new AppError('DOCUMENT_NOT_FOUND', `Không có văn bản số ${id}.`, { documentId: id });

export const evidenceNotFound = (updateId: number) =>
  new AppError('EVIDENCE_NOT_FOUND', `Lần cập nhật số ${updateId} không có tệp minh chứng.`, { updateId });

export const indexNotAvailable = (unitName: string, period: string) =>
  new AppError(
    'INDEX_NOT_AVAILABLE',
    `Chưa có chỉ số hài lòng của ${unitName} trong kỳ ${period}: chưa có kết quả công bố nào gồm đơn vị này và chưa có phiếu khảo sát nào của đơn vị.`,
    { period },
  );

export const validation = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { fields: [{ field, message }] });

/** Several fields refused at once (a measures file, a document's unknown slots), with one summary message. */
export const validationFields = (message: string, fields: { field: string; message: string }[]) =>
  new AppError('VALIDATION_FAILED', message, { fields });

/** Rows of a new plan whose deadline has already passed on the drafting day (no plan starts overdue). */
export const tasksAlreadyPast = (window: string, rows: { field: string; due: string; deadline: string }[]) =>
  validationFields(
    `Kế hoạch ${window} không được bắt đầu với nhiệm vụ đã quá hạn: ${rows
      .slice(0, 5)
      .map((r) => `${r.field} "${r.due}" (hạn ${r.deadline})`)
      .join('; ')}. Hãy chọn thời gian hoàn thành chưa qua.`,
    rows.map((r) => ({ field: r.field, message: `Hạn ${r.deadline} đã qua` })),
  );

export const measuresFileInvalid = (errors: { path: string; message: string }[]) =>
  validationFields(
    `Tệp thư viện biện pháp có ${errors.length} lỗi; không có gì được lưu: ${errors
      .slice(0, 5)
      .map((e) => `${e.path || '(toàn tệp)'}: ${e.message}`)
      .join('; ')}`,
    errors.map((e) => ({ field: e.path || '(body)', message: e.message })),
  );

export const criterionUnknown = (questionnaire: string, criterion: string, criteria: string[]) =>
  validationFields(`Phiếu ${questionnaire} không có tiêu chí "${criterion}".`, [
    { field: 'criterion', message: `Có: ${criteria.join(', ')}` },
  ]);

export const libraryTopLevelOnly = () =>
  new AppError(
    'FORBIDDEN',
    'Thư viện biện pháp dùng chung cho mọi đơn vị: chỉ cấp cao nhất (tỉnh) được sửa.',
    {
      permission: 'plans.manage',
    },
  );

export const unknownSlots = (unknown: string[], known: string[]) =>
  validationFields(
    `Văn bản không có đoạn "${unknown.join('", "')}"; các đoạn sửa được: ${known.join(', ')}.`,
    unknown.map((k) => ({ field: `text.paragraphs.${k}`, message: 'Không có đoạn này' })),
  );

export const reportPeriodInvalid = (input: string, forms: string) =>
  new AppError('PERIOD_INVALID', `Kỳ báo cáo "${input.trim()}" không hợp lệ: cần dạng ${forms}.`, {
    period: input,
  });

export const evidenceTooLarge = (name: string, bytes: number) =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    `Tệp minh chứng "${name}" nặng ${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB, vượt quá 10 MB.`,
    { fields: [{ field: 'file', message: 'Tối đa 10 MB' }] },
  );

export const evidenceTypeMismatch = (message: string, declared: string, found: string | null | undefined) =>
  new AppError('EVIDENCE_TYPE_MISMATCH', message, {
    fields: [{ field: 'file', message: 'Nội dung tệp không khớp loại khai báo' }],
    declared,
    found,
  });
