import { fromVnDateTime } from '../../../lib/time.ts';
import type { CompiledQuestionnaire } from '../questionnaires/questionnaire-compile.ts';
import { mergeAggregates, type UnitAggregate } from './index-engine-aggregate.ts';
import { unitFigures } from './index-engine-figures.ts';
import { type Period, periodBounds } from './period.ts';

/**
 * History across a merger (docs/decisions/0003, "History across a merger"). A unit created on
 * 1/7/2025 has no figures of its own for 2024; its predecessors do. For a period that ended before
 * the unit existed, its history shows the predecessors' aggregates pooled — raw sums added (counts,
 * n, Σx, Σx²), never indexes averaged — labelled as such and never ranked.
 */

/** One successor link by unit code: `predecessor` carried on as (or inside) `successor`. */
export interface SuccessionLink {
  predecessor: string;
  successor: string;
}

export interface PooledPredecessor {
  code: string;
  /** The predecessor was split between several units: it is counted in full here, as one part of it. */
  partial: boolean;
}

export interface PooledPredecessors {
  /** Sum of the aggregates of every transitive predecessor with one; null when none has one. */
  aggregate: UnitAggregate | null;
  /** The predecessors whose aggregates were pooled, by code. */
  predecessors: PooledPredecessor[];
}

/**
 * Pools the aggregates of every unit that, through one or more successor links, became `unit`
 * (A → B → C: C pools A and B; each unit once even when reached by two paths). Each response was
 * recorded for one unit only, so the aggregates are of disjoint responses and add up. A predecessor
 * split into several successors is counted in full for each of them and flagged `partial` (unless
 * all its successors lead into `unit`). Pooled in code order, so the result never depends on the
 * order of the links or the aggregates.
 */
export function poolPredecessors(
  unit: string,
  links: readonly SuccessionLink[],
  aggregates: Readonly<Record<string, UnitAggregate | undefined>>,
): PooledPredecessors {
  const predecessorsOf = new Map<string, string[]>();
  const successorsOf = new Map<string, Set<string>>();
  for (const l of links) {
    if (l.predecessor === l.successor) continue;
    predecessorsOf.set(l.successor, [...(predecessorsOf.get(l.successor) ?? []), l.predecessor]);
    const s = successorsOf.get(l.predecessor) ?? new Set<string>();
    s.add(l.successor);
    successorsOf.set(l.predecessor, s);
  }
  const ancestors = new Set<string>();
  const queue = [...(predecessorsOf.get(unit) ?? [])];
  while (queue.length > 0) {
    const p = queue.pop()!;
    if (p === unit || ancestors.has(p)) continue;
    ancestors.add(p);
    queue.push(...(predecessorsOf.get(p) ?? []));
  }
  // Whole: every successor of p is `unit` or a whole ancestor of it (memoised; a cycle reads as partial).
  const whole = new Map<string, boolean>();
  const isWhole = (p: string): boolean => {
    const known = whole.get(p);
    if (known !== undefined) return known;
    whole.set(p, false);
    const result = [...(successorsOf.get(p) ?? [])].every(
      (s) => s === unit || (ancestors.has(s) && isWhole(s)),
    );
    whole.set(p, result);
    return result;
  };
  const pooled: PooledPredecessor[] = [];
  let aggregate: UnitAggregate | null = null;
  for (const code of [...ancestors].sort()) {
    const a = aggregates[code];
    if (!a || (a.responses === 0 && a.excluded === 0 && !a.held)) continue;
    aggregate = aggregate ? mergeAggregates(aggregate, a) : mergeAggregates(a, emptyLike(a));
    pooled.push({ code, partial: !isWhole(code) });
  }
  return { aggregate, predecessors: pooled };
}

/** An aggregate with nothing in it, of the same questionnaire version (merging with it copies). */
function emptyLike(a: UnitAggregate): UnitAggregate {
  return {
    questionnaire: a.questionnaire,
    questionnaireHash: a.questionnaireHash,
    responses: 0,
    excluded: 0,
    invalidAnswers: 0,
    questions: {},
    criteria: {},
    overall: { n: 0, sum: 0, sumSq: 0 },
  };
}

export interface HistoryRow {
  period: string;
  /** Overall index (0–100) of the row's aggregate, unrounded; null without a scored answer. */
  index: number | null;
  /** Responses counted (for a pooled row, the sum over the predecessors). */
  n: number;
  /** Rank in the peer group: only the table's own period has one; a pooled figure never has. */
  rank: number | null;
  source: 'own' | 'predecessors';
  predecessors: { code: string; name: string; partial: boolean }[];
}

export interface HistoryPeriod {
  period: Period;
  /** Every unit's own aggregate in the period, by code. */
  aggregates: Readonly<Record<string, UnitAggregate | undefined>>;
}

/**
 * A unit's figures over several periods, oldest first: its own where it has responses; for a
 * period that ended before it existed (valid_from, a Vietnam date), its predecessors' pooled.
 * A period that straddles valid_from shows only the unit's own responses. Periods with nothing are
 * left out. Ranks are left null: the caller gives the table's own period its rank.
 */
export function unitHistory(
  compiled: CompiledQuestionnaire,
  unit: { code: string; validFrom: string },
  periods: readonly HistoryPeriod[],
  links: readonly SuccessionLink[],
  names: Readonly<Record<string, string>>,
): HistoryRow[] {
  const born = fromVnDateTime(unit.validFrom).getTime();
  const rows: HistoryRow[] = [];
  const ordered = [...periods].sort(
    (a, b) => periodBounds(a.period).start.getTime() - periodBounds(b.period).start.getTime(),
  );
  for (const { period, aggregates } of ordered) {
    if (periodBounds(period).end.getTime() <= born) {
      const pooled = poolPredecessors(unit.code, links, aggregates);
      if (!pooled.aggregate || pooled.aggregate.responses === 0) continue;
      rows.push({
        period: period.label,
        index: unitFigures(compiled, pooled.aggregate).overall.index,
        n: pooled.aggregate.responses,
        rank: null,
        source: 'predecessors',
        predecessors: pooled.predecessors.map((p) => ({
          code: p.code,
          name: names[p.code] ?? p.code,
          partial: p.partial,
        })),
      });
      continue;
    }
    const own = aggregates[unit.code];
    if (!own || own.responses === 0) continue;
    rows.push({
      period: period.label,
      index: unitFigures(compiled, own).overall.index,
      n: own.responses,
      rank: null,
      source: 'own',
      predecessors: [],
    });
  }
  return rows;
}
