import { type Actor, actorId } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { vnDate } from '../../../lib/time.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { getQuestionnaire } from '../../surveys/questionnaires/questionnaires.service.ts';
import { requireUnit } from '../../units/units.service.ts';
import { periodText } from '../doc-letter.ts';
import type { UnitIndexQuery } from '../index-source.ts';
import { checkNotPast, checkTasks, type TaskInput, taskValues, windowOf } from '../plan-values.ts';
import { validation } from '../plans.errors.ts';
import * as repo from '../plans.repo.ts';
import { getPlan } from './get-plan.ts';
import { proposal } from './propose-plan.ts';
import { checkAssignees } from './task-assignees.ts';

export interface NewPlan extends UnitIndexQuery {
  title?: string;
  /** The year the plan runs in (one of the proposal's `planYears`); omitted → the computed one. */
  planYear?: number;
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
  const tasks: TaskInput[] = body.tasks ?? draft.criteria.flatMap((c) => c.proposed);
  const version = await getQuestionnaire(ctx, `${draft.questionnaire}@${draft.questionnaireVersion}`);
  checkTasks(tasks, new Set(version.definition.criteria.map((c) => c.code)));
  const now = ctx.now();
  const planYear = draft.planYears[0] === undefined ? null : (body.planYear ?? draft.planYears[0]);
  if (body.planYear !== undefined && !draft.planYears.includes(body.planYear)) {
    throw validation(
      'planYear',
      draft.planYears.length === 0
        ? `Kế hoạch theo chỉ số kỳ ${draft.period} không chọn năm: kỳ thực hiện là ${draft.window}.`
        : `Năm thực hiện phải là ${draft.planYears.join(' hoặc ')} (không chọn năm đã qua hoặc quá xa).`,
    );
  }
  // The window the stored plan will have (its drafting day is now): no row starts overdue.
  const window = windowOf({ period: draft.period, createdAt: now, planYear });
  checkNotPast(tasks, window, vnDate(now));
  const named: number[][] = [];
  for (const [i, t] of tasks.entries())
    named.push(
      await checkAssignees(
        ctx.db,
        { unitPath: unit.path, unitName: unit.name },
        t.assignees ?? [],
        `tasks[${i}].assignees`,
      ),
    );
  const title =
    body.title?.trim() ||
    `Kế hoạch thực hiện giải pháp nâng cao chỉ số hài lòng của ${unit.name} ${periodText(window.label)}`;
  const id = await ctx.db.transaction(async (tx) => {
    const plan = await repo.insertPlan(tx, {
      unitId: unit.id,
      publicationId: draft.source.kind === 'publication' ? draft.source.id : null,
      questionnaireId: version.id,
      period: draft.period,
      planYear,
      title,
      status: 'draft',
      createdBy: actorId(actor),
      createdAt: now,
      updatedAt: now,
      demo: options.demo ?? false,
    });
    const rows = await repo.insertTasks(
      tx,
      tasks.map((t, i) => taskValues(plan.id, i + 1, t, now)),
    );
    for (const [i, r] of rows.entries()) await repo.setAssignees(tx, r.id, named[i] ?? []);
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
