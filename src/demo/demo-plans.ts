import { systemActor } from '../access/actor.ts';
import type { AppContext } from '../lib/context.ts';
import { issueDocument } from '../modules/plans/documents.service.ts';
import { ensureMeasures, shippedQuestionnaireCodes } from '../modules/plans/measures.service.ts';
import type { TaskInput } from '../modules/plans/plan-values.ts';
import { findDemoPlan } from '../modules/plans/plans.repo.ts';
import { createPlan } from '../modules/plans/use-cases/create-plan.ts';
import { proposal } from '../modules/plans/use-cases/propose-plan.ts';
import { reportProgress } from '../modules/plans/use-cases/report-progress.ts';
import { findByCode } from '../modules/units/units.repo.ts';

/**
 * Plans demo (after the published 2024 results of demoPublications): the measures libraries of the
 * shipped questionnaires; for UBND phường Phương Sài (P09, where the demo leader works) the
 * follow-up letter and an improvement plan drafted from its weak criteria of 2024, issued by a
 * numbered decision, with progress on a few tasks. Idempotent: a second run changes nothing.
 * Add to src/demo/demo.ts after 'kết quả đã công bố': { name: 'kế hoạch nâng cao chỉ số', run: () => demoPlans(ctx) }.
 */
const actor = systemActor('demo');
const UNIT = 'P09';
const PERIOD = '2024';
const QUESTIONNAIRE = 'KH-UBND-XA';
const SIGNER = 'Văn Duy Vinh (mẫu)';

export async function demoPlans(ctx: AppContext): Promise<number> {
  let created = 0;
  for (const code of shippedQuestionnaireCodes()) created += (await ensureMeasures(ctx, code)) > 0 ? 1 : 0;

  const unit = await findByCode(ctx.db, UNIT);
  if (!unit) return created;
  if (await findDemoPlan(ctx.db, unit.id, PERIOD)) return created;

  const source = { unitCode: UNIT, questionnaire: QUESTIONNAIRE, period: PERIOD };
  const draft = await proposal(ctx, actor, source);
  let tasks: TaskInput[] = draft.criteria.flatMap((c) => c.proposed);
  if (tasks.length === 0) {
    // Every criterion reached its target: plan for the two weakest anyway (the proposal's unticked
    // measures, their timings already inside the plan's year).
    const weakest = [...draft.criteria].sort((a, b) => (a.index ?? 0) - (b.index ?? 0)).slice(0, 2);
    tasks = weakest.flatMap((c) => c.measures);
  }
  await issueDocument(ctx, actor, { kind: 'letter', source, text: { signature: { name: SIGNER } } });
  const plan = await createPlan(ctx, actor, { ...source, tasks }, { demo: true });
  await issueDocument(ctx, actor, {
    kind: 'decision_plan',
    source: { planId: plan.id },
    text: { signature: { name: SIGNER } },
  });
  const [first, second] = plan.taskList;
  if (first) {
    await reportProgress(ctx, actor, plan.id, first.id, {
      progress: 100,
      comment: 'Đã hoàn thành (dữ liệu mẫu).',
      link: 'https://example.gov.vn/minh-chung',
    });
  }
  if (second) {
    await reportProgress(ctx, actor, plan.id, second.id, {
      progress: 40,
      comment: 'Đang thực hiện (dữ liệu mẫu).',
    });
  }
  return created + 1;
}
