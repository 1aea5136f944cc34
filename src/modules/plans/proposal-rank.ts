/**
 * Which of the library's measures a new plan proposes, ticked or not, and in which order (pure).
 *
 * Every criterion shows its measures; those of a criterion under its target come ticked, the others
 * unticked (the officer may still tick them). A criterion without a target of its own is compared with
 * the overall target. Criteria are ordered by their gap (index − target, in percentage points): the
 * largest shortfall first, then the smaller ones, then those at or over target; a criterion whose gap
 * cannot be computed (no figure, or no target at all) comes last. Equal gaps keep the questionnaire's
 * order. Seed 004's annex has nine tasks: proposing everything ticked (29 for KH-UBND-XA) is not a plan.
 */

export interface CriterionFigure {
  code: string;
  title: string;
  index: number | null;
  /** The criterion's own target, if one was set. */
  target: number | null;
}

export interface RankedCriterion<M> {
  code: string;
  title: string;
  index: number | null;
  /** The target it is compared with: its own, else the overall one; null when neither exists. */
  target: number | null;
  targetFrom: 'criterion' | 'overall' | null;
  /** index − target, unrounded; negative is a shortfall; null without index or target. */
  gap: number | null;
  /** Under target: its measures come ticked. */
  chosen: boolean;
  measures: M[];
}

export function rankCriteria<M>(
  criteria: readonly CriterionFigure[],
  overallTarget: number | null,
  measures: Readonly<Record<string, readonly M[]>>,
): RankedCriterion<M>[] {
  const ranked = criteria.map((c, order) => {
    const target = c.target ?? overallTarget;
    const gap = c.index === null || target === null ? null : c.index - target;
    return {
      order,
      criterion: {
        code: c.code,
        title: c.title,
        index: c.index,
        target,
        targetFrom: c.target !== null ? 'criterion' : overallTarget !== null ? 'overall' : null,
        gap,
        chosen: gap !== null && gap < 0,
        measures: [...(measures[c.code] ?? [])],
      } satisfies RankedCriterion<M>,
    };
  });
  ranked.sort((a, b) => {
    const [x, y] = [a.criterion.gap, b.criterion.gap];
    if (x === null || y === null) return x === y ? a.order - b.order : x === null ? 1 : -1;
    return x - y || a.order - b.order;
  });
  return ranked.map((r) => r.criterion);
}
