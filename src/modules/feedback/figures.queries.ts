import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../db/rows.ts';
import type { AppContext } from '../../lib/context.ts';
import { type Period, parsePeriod, periodBounds } from '../surveys/index/period.ts';
import { periodInvalid } from './feedback.errors.ts';

/**
 * Feedback figures of units over a period, for the index and the plans (criterion "Tiếp cận, xử
 * lý thông tin phản hồi", QĐ 766 "Mức độ hài lòng": feedback answered on time, feedback
 * satisfaction). No permission check: callers (survey, plan modules, the dashboard) check scope.
 *
 * - received: items received in the period (a duplicate merged into another item is not counted);
 * - answered / answeredOnTime: items whose FIRST approved answer falls in the period, and those of
 *   them approved by their answer deadline (15 working days from reception, as stored on the
 *   approval event; a later answer after a reopening does not change the count);
 * - satisfied / dissatisfied: ratings given by reporters in the period; satisfiedShare =
 *   satisfied ÷ (satisfied + dissatisfied), null when nobody rated;
 * - reopened: items reopened in the period (by a dissatisfied rating or a review).
 */
export interface FeedbackFigures {
  received: number;
  answered: number;
  answeredOnTime: number;
  /** answeredOnTime ÷ answered (0–1), null when nothing was answered. */
  onTimeShare: number | null;
  satisfied: number;
  dissatisfied: number;
  /** satisfied ÷ rated (0–1), null when nobody rated. */
  satisfiedShare: number | null;
  reopened: number;
}

export type FiguresScope = { unitIds: number[] } | { pathPrefix: string };
export type FiguresPeriod = string | Period | { start: Date; end: Date };

function bounds(period: FiguresPeriod): { start: Date; end: Date } {
  if (typeof period === 'string') {
    const parsed = parsePeriod(period);
    if (!parsed.ok) throw periodInvalid(parsed.error.message, false);
    return periodBounds(parsed.period);
  }
  return 'kind' in period ? periodBounds(period) : period;
}

function unitFilter(scope: FiguresScope): SQL {
  if ('unitIds' in scope) {
    if (scope.unitIds.length === 0) return sql`false`;
    return sql`f.unit_id in (${sql.join(
      scope.unitIds.map((id) => sql`${id}`),
      sql`, `,
    )})`;
  }
  return sql`f.unit_id in (select id from units where path like ${`${scope.pathPrefix}%`})`;
}

export async function feedbackFigures(
  ctx: Pick<AppContext, 'db'>,
  scope: FiguresScope,
  period: FiguresPeriod,
): Promise<FeedbackFigures> {
  const { start, end } = bounds(period);
  const from = start.toISOString();
  const to = end.toISOString();
  const units = unitFilter(scope);
  const [received] = await queryRows<{ n: number }>(
    ctx.db,
    sql`select count(*)::int as n from feedback_items f
        where ${units} and f.merged_into_id is null
          and f.received_at >= ${from}::timestamptz and f.received_at < ${to}::timestamptz`,
  );
  const [answers] = await queryRows<{ answered: number; on_time: number }>(
    ctx.db,
    sql`select count(*)::int as answered,
               count(*) filter (where (first.data->>'onTime')::boolean)::int as on_time
        from feedback_items f
        join lateral (
          select e.at, e.data from feedback_events e
          where e.item_id = f.id and e.kind = 'approved'
          order by e.at, e.id limit 1
        ) first on true
        where ${units} and first.at >= ${from}::timestamptz and first.at < ${to}::timestamptz`,
  );
  const [events] = await queryRows<{ satisfied: number; dissatisfied: number; reopened: number }>(
    ctx.db,
    sql`select
          count(*) filter (where e.kind = 'rated' and e.data->>'rating' = 'satisfied')::int as satisfied,
          count(*) filter (where e.kind = 'rated' and e.data->>'rating' = 'dissatisfied')::int as dissatisfied,
          count(distinct e.item_id) filter (where e.kind = 'reopened')::int as reopened
        from feedback_events e join feedback_items f on f.id = e.item_id
        where ${units} and e.kind in ('rated', 'reopened')
          and e.at >= ${from}::timestamptz and e.at < ${to}::timestamptz`,
  );
  const rated = events!.satisfied + events!.dissatisfied;
  return {
    received: received!.n,
    answered: answers!.answered,
    answeredOnTime: answers!.on_time,
    onTimeShare: answers!.answered > 0 ? answers!.on_time / answers!.answered : null,
    satisfied: events!.satisfied,
    dissatisfied: events!.dissatisfied,
    satisfiedShare: rated > 0 ? events!.satisfied / rated : null,
    reopened: events!.reopened,
  };
}
