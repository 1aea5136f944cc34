import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { type IndexTable, indexTable } from '../../surveys/index/index.service.ts';
import type { UnitResult } from '../../surveys/index/index-engine.ts';
import {
  getQuestionnaire,
  getQuestionnaireById,
} from '../../surveys/questionnaires/questionnaires.service.ts';
import { periodText } from '../doc-letter.ts';
import { windowOf } from '../plan-values.ts';
import * as repo from '../plans.repo.ts';
import { loadPlan } from './plan-access.ts';

export function changeVerdict(delta: number | null, significant: boolean): string {
  if (delta === null) return 'chưa có số liệu để so sánh';
  if (!significant) return 'thay đổi không có ý nghĩa thống kê';
  return delta > 0 ? 'tăng có ý nghĩa thống kê' : 'giảm có ý nghĩa thống kê';
}

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

  const inPlan = new Map<string, repo.TaskRow[]>();
  for (const t of tasks)
    if (t.criterionCode) inPlan.set(t.criterionCode, [...(inPlan.get(t.criterionCode) ?? []), t]);

  const line = (
    code: string | null,
    title: string,
    figure: { index: number | null; change: UnitResult['overall']['change'] } | undefined,
    previous: number | null | undefined,
  ) => {
    const change = figure?.change ?? null;
    const published = snapshot ? (previous ?? null) : null;
    const own = code ? (inPlan.get(code) ?? []) : tasks;
    return {
      criterion: code,
      title,
      inPlan: code === null ? true : inPlan.has(code),
      tasks: own.length,
      tasksDone: own.filter((t) => t.status === 'hoan_thanh').length,
      // The engine's previous-period figure (what its test compares); else the plan period's own.
      before: change?.previous ?? previous ?? null,
      /** The figure of the published result the plan was drafted from, if any. */
      beforePublished: published,
      after: figure?.index ?? null,
      delta: change?.delta ?? null,
      p: change?.p ?? null,
      significant: change?.significant ?? false,
      sameVersion: change?.sameVersion ?? true,
      verdict: changeVerdict(change?.delta ?? null, change?.significant ?? false),
    };
  };
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
  return {
    planId: id,
    unitCode: row.unitCode,
    unitName: row.unitName,
    questionnaire: version.code,
    period: row.p.period,
    nextPeriod: window.label,
    before: row.p.publicationId
      ? { source: 'publication' as const, publicationId: row.p.publicationId }
      : { source: 'computed' as const, publicationId: null },
    afterResponses: after?.responses ?? 0,
    afterLowSample: after?.lowSample ?? null,
    rows,
    note: after
      ? `So sánh ${periodText(row.p.period)} với ${periodText(window.label)}: kiểm định z (Welch), mức ý nghĩa 5%.`
      : `Chưa có phiếu khảo sát nào của đơn vị trong ${periodText(window.label)}.`,
  };
}
