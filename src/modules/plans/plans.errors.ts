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
