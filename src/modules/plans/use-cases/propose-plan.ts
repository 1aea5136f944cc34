import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { type UnitIndexQuery, unitIndex } from '../index-source.ts';
import { measuresByCriterion } from '../measures.service.ts';
import type { TaskInput } from '../plan-values.ts';
import { parseDue, planWindow } from '../task-due.ts';
import { achievement } from '../wording.ts';

/** For each criterion, its figures and the tasks the library proposes when it is under target. */
export async function proposal(ctx: AppContext, actor: Actor, q: UnitIndexQuery) {
  const source = await unitIndex(ctx, actor, q);
  const measures = await measuresByCriterion(ctx, source.version.code);
  const window = planWindow(source.period);
  return {
    unitCode: source.unit.code,
    unitName: source.unit.name,
    questionnaire: source.version.code,
    questionnaireVersion: source.version.version,
    period: source.period,
    window: window.label,
    source: source.source,
    overall: { index: source.result.overall.index, target: source.result.overall.target },
    criteria: source.result.criteria.map((c) => {
      const state = achievement(c.index, c.target);
      return {
        code: c.code,
        title: c.title,
        index: c.index,
        target: c.target,
        achievement: state,
        proposed:
          state === 'chua_dat'
            ? (measures[c.code] ?? []).map((m): TaskInput & { product: string; partners: string } => ({
                criterionCode: c.code,
                task: m.task,
                due: parseDue(m.timing),
                responsible: m.responsible,
                product: m.product,
                partners: m.partners,
              }))
            : [],
      };
    }),
  };
}
