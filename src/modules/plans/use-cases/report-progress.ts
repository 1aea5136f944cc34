import { type Actor, actorId, actorLabel } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { checkEvidence, EVIDENCE_TYPES, typeName } from '../evidence-type.ts';
import {
  evidenceTooLarge,
  evidenceTypeMismatch,
  planState,
  taskNotFound,
  validation,
} from '../plans.errors.ts';
import * as repo from '../plans.repo.ts';
import type { TaskStatus } from '../task-due.ts';
import { auditPlan, planDetail } from './plan-access.ts';
import { progressPlan } from './task-assignees.ts';

/** Evidence files: up to 10 MB, pictures, PDF and office documents, typed by their bytes (evidence-type.ts). */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export interface ProgressInput {
  progress?: number;
  status?: TaskStatus;
  comment?: string;
  link?: string;
  file?: { name: string; mime: string; base64: string };
}

export async function decodeEvidence(
  file: NonNullable<ProgressInput['file']>,
): Promise<{ bytes: Uint8Array; mime: string }> {
  if (!(EVIDENCE_TYPES as readonly string[]).includes(file.mime)) {
    throw validation(
      'file.mime',
      `Loại tệp "${file.mime}" không được nhận (ảnh, PDF, Word, Excel, văn bản).`,
    );
  }
  const clean = file.base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) {
    throw validation('file.base64', 'Nội dung tệp không phải base64 hợp lệ.');
  }
  const bytes = Buffer.from(clean, 'base64');
  if (bytes.length > EVIDENCE_MAX_BYTES) {
    throw evidenceTooLarge(file.name, bytes.length);
  }
  if (bytes.length === 0) throw validation('file.base64', 'Tệp minh chứng rỗng.');
  // The declared type is the client's word; the bytes decide (and the bytes' type is what is served).
  const checked = await checkEvidence(bytes, file.mime);
  if (!checked.ok) {
    const found = checked.sniffed ? typeName(checked.sniffed) : 'không nhận ra loại tệp';
    throw evidenceTypeMismatch(
      checked.reason === 'mismatch'
        ? `Tệp "${file.name}" khai báo là ${typeName(file.mime)} nhưng nội dung là ${found}. Hãy chọn đúng tệp.`
        : `Nội dung tệp "${file.name}" (${found}) không phải loại được nhận (ảnh, PDF, Word, Excel, văn bản).`,
      file.mime,
      checked.sniffed,
    );
  }
  return { bytes: new Uint8Array(bytes), mime: checked.mime };
}

/**
 * A progress report on a task: % done, status, a comment, and evidence (a link or a file ≤ 10 MB).
 * 100 % means done and done means 100 %; a first report above 0 % starts the task. Reported by the
 * plan's managers, or by an officer named on this task (task-assignees.ts).
 */
export async function reportProgress(
  ctx: AppContext,
  actor: Actor,
  planId: number,
  taskId: number,
  input: ProgressInput,
) {
  const row = await progressPlan(ctx, actor, planId, taskId);
  if (row.p.status === 'closed') throw planState(row.p.status, 'cập nhật tiến độ');
  const task = await repo.findTask(ctx.db, planId, taskId);
  if (!task) throw taskNotFound(planId, taskId);
  const comment = input.comment?.trim() ?? '';
  if (input.progress === undefined && !input.status && !comment && !input.link && !input.file) {
    throw validation(
      '(body)',
      'Cần ít nhất một trong: tiến độ, trạng thái, ý kiến, đường dẫn hoặc tệp minh chứng.',
    );
  }
  let progress = input.progress ?? task.progress;
  let status = (input.status ?? task.status) as TaskStatus;
  if (input.status === 'hoan_thanh' && input.progress !== undefined && input.progress < 100) {
    throw validation('progress', 'Nhiệm vụ hoàn thành phải có tiến độ 100%.');
  }
  if (input.status === 'hoan_thanh') progress = 100;
  else if (input.progress === 100 && !input.status) status = 'hoan_thanh';
  else if (input.progress !== undefined && input.progress > 0 && !input.status && status === 'chua_bat_dau')
    status = 'dang_thuc_hien';
  else if (input.status && progress === 100) {
    throw validation('progress', 'Mở lại nhiệm vụ đã hoàn thành: hãy nhập tiến độ dưới 100%.');
  }
  const evidence = input.file ? await decodeEvidence(input.file) : null;
  const bytes = evidence?.bytes ?? null;
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await repo.updateTask(tx, planId, taskId, { progress, status, updatedAt: now });
    const updateId = await repo.insertUpdate(tx, {
      taskId,
      at: now,
      actorId: actorId(actor),
      actorLabel: actorLabel(actor),
      progress: input.progress ?? (progress !== task.progress ? progress : null),
      status: status !== task.status ? status : (input.status ?? null),
      comment,
      link: input.link ?? null,
      fileName: input.file?.name ?? null,
      fileMime: evidence?.mime ?? null,
      fileBytes: bytes,
    });
    await auditPlan(ctx, tx, actor, row, 'plan.progress', {
      taskId,
      updateId,
      progress,
      status,
      evidence: input.file
        ? { name: input.file.name, bytes: bytes!.length }
        : input.link
          ? { link: input.link }
          : null,
    });
  });
  const plan = await planDetail(ctx, row);
  return plan.taskList.find((t) => t.id === taskId)!;
}
