import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { type IndexTable, indexTable } from '../../surveys/index/index.service.ts';
import type { UnitResult } from '../../surveys/index/index-engine.ts';
import {
  getQuestionnaire,
  getQuestionnaireById,
} from '../../surveys/questionnaires/questionnaires.service.ts';
import { windowOf } from '../plan-values.ts';
import { effectLine, presentEffect } from '../plans.present.ts';
import * as repo from '../plans.repo.ts';
import { loadPlan } from './plan-access.ts';

/**
 * The next period's index beside the plan's criteria: before (the plan's period: the published
 * snapshot it was drafted from, or the index computed now) → after (the next period, computed),
 * with the change and its two-sided p-value from the index engine (Welch z-test at 5 %).
 */
export async function planEffect(ctx: AppContext, actor: Actor, id: number) {
  const row = await loadPlan(ctx, actor, id, 'surveys.read');
  const tasks = await repo.tasksOf(ctx.db, [id]);
  const version = await getQuestionnaireById(ctx, row.p.questionnaireId);
  const window = windowOf(row.p);
  const query = { period: window.label, unit: row.unitCode };
  let next: IndexTable = await indexTable(ctx, actor, {
    ...query,
    questionnaire: `${version.code}@${version.version}`,
  });
  let after: UnitResult | undefined = next.units.find((u) => u.unit === row.unitCode && u.responses > 0);
  if (!after) {
    const latest = await getQuestionnaire(ctx, version.code);
    if (latest.version !== version.version) {
      next = await indexTable(ctx, actor, { ...query, questionnaire: `${latest.code}@${latest.version}` });
      after = next.units.find((u) => u.unit === row.unitCode && u.responses > 0);
    }
  }
  const snapshot = row.p.publicationId
    ? ((await repo.publicationSnapshot(ctx.db, row.p.publicationId)) as IndexTable | undefined)
    : undefined;
  const beforeTable =
    snapshot ??
    (await indexTable(ctx, actor, {
      questionnaire: `${version.code}@${version.version}`,
      period: row.p.period,
      unit: row.unitCode,
    }));
  const beforeRow = beforeTable.units.find((u) => u.unit === row.unitCode);

  const line = effectLine(tasks, Boolean(snapshot));
  const rows = [
    line(
      null,
      'Chỉ số hài lòng chung',
      after ? { index: after.overall.index, change: after.overall.change } : undefined,
      beforeRow?.overall.index,
    ),
    ...version.definition.criteria.map((c) => {
      const now = after?.criteria.find((k) => k.code === c.code);
      return line(
        c.code,
        c.title,
        now ? { index: now.index, change: now.change } : undefined,
        beforeRow?.criteria.find((k) => k.code === c.code)?.index,
      );
    }),
  ];
  return presentEffect(row, version.code, window.label, after, rows);
}
