import { type Actor, actorId } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { vnDate } from '../../../lib/time.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { getQuestionnaire } from '../../surveys/questionnaires/questionnaires.service.ts';
import { requireUnit } from '../../units/units.service.ts';
import { periodText } from '../doc-letter.ts';
import type { UnitIndexQuery } from '../index-source.ts';
import { checkNotPast, checkTasks, type TaskInput, taskValues, windowOf } from '../plan-values.ts';
import * as repo from '../plans.repo.ts';
import { getPlan } from './get-plan.ts';
import { proposal } from './propose-plan.ts';

export interface NewPlan extends UnitIndexQuery {
  title?: string;
  /** The rows as the officer edited them; omitted → the proposal's tasks. */
  tasks?: TaskInput[];
}

export async function createPlan(
  ctx: AppContext,
  actor: Actor,
  body: NewPlan,
  options: { demo?: boolean } = {},
) {
  const unit = await requireUnit(ctx, actor, body.unitCode, 'plans.manage');
  const draft = await proposal(ctx, actor, body);
  const tasks = body.tasks ?? draft.criteria.flatMap((c) => c.proposed);
  const version = await getQuestionnaire(ctx, `${draft.questionnaire}@${draft.questionnaireVersion}`);
  checkTasks(tasks, new Set(version.definition.criteria.map((c) => c.code)));
  const now = ctx.now();
  // The window the stored plan will have (its drafting day is now): no row starts overdue.
  checkNotPast(tasks, windowOf({ period: draft.period, createdAt: now }), vnDate(now));
  const title =
    body.title?.trim() ||
    `Kế hoạch thực hiện giải pháp nâng cao chỉ số hài lòng của ${unit.name} ${periodText(draft.window)}`;
  const id = await ctx.db.transaction(async (tx) => {
    const plan = await repo.insertPlan(tx, {
      unitId: unit.id,
      publicationId: draft.source.kind === 'publication' ? draft.source.id : null,
      questionnaireId: version.id,
      period: draft.period,
      title,
      status: 'draft',
      createdBy: actorId(actor),
      createdAt: now,
      updatedAt: now,
      demo: options.demo ?? false,
    });
    await repo.insertTasks(
      tx,
      tasks.map((t, i) => taskValues(plan.id, i + 1, t, now)),
    );
    await recordAudit(
      tx,
      actor,
      {
        action: 'plan.create',
        entityType: 'plan',
        entityId: String(plan.id),
        unitId: unit.id,
        data: {
          period: draft.period,
          questionnaire: draft.questionnaire,
          tasks: tasks.length,
          source: draft.source.kind,
        },
      },
      now,
    );
    return plan.id;
  });
  return getPlan(ctx, actor, id);
}
