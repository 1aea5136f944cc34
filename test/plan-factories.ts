import { systemActor } from '../src/access/actor.ts';
import type { AppContext } from '../src/lib/context.ts';
import { issueDocument } from '../src/modules/plans/documents.service.ts';
import { createPlan } from '../src/modules/plans/use-cases/create-plan.ts';
import { reportProgress } from '../src/modules/plans/use-cases/report-progress.ts';

/**
 * Unit `unitCode` with a plan (one task, one progress report with an evidence file) and an issued
 * letter: the foreign data the route-access test needs. Call after buildSurveyOf(ctx, unitCode).
 */
export async function buildPlanOf(ctx: AppContext, unitCode: string) {
  const system = systemActor('test');
  const period = String(ctx.now().getUTCFullYear());
  const plan = await createPlan(ctx, system, {
    unitCode,
    questionnaire: 'KH-UBND-XA',
    period,
    tasks: [
      {
        criterionCode: 'C2',
        task: 'Bố trí đủ ghế ngồi chờ, quạt và nước uống tại Bộ phận Một cửa',
        due: { kind: 'recurring', recurrence: 'trong_nam' },
        responsible: 'Công chức Văn phòng - Thống kê',
        product: 'Hình ảnh khu vực chờ',
      },
    ],
  });
  const taskId = plan.taskList[0]!.id;
  const task = await reportProgress(ctx, system, plan.id, taskId, {
    progress: 50,
    comment: 'Đã mua ghế',
    file: { name: 'ghe.txt', mime: 'text/plain', base64: Buffer.from('ảnh ghế').toString('base64') },
  });
  const document = await issueDocument(ctx, system, {
    kind: 'letter',
    source: { unitCode, questionnaire: 'KH-UBND-XA', period },
    text: { signature: { name: 'Nguyễn Văn Thử' } },
  });
  return { planId: plan.id, taskId, updateId: task.updates[0]!.id, documentId: document.id, period };
}
