import type { Actor } from '../../../access/actor.ts';
import { authorize, isInside } from '../../../access/permissions.ts';
import type { AppContext } from '../../../lib/context.ts';
import { requireUnit } from '../../units/units.service.ts';
import { getQuestionnaire, type QuestionnaireVersion } from '../questionnaires/questionnaires.service.ts';
import { periodInvalid } from './index.errors.ts';
import { aggregateByUnitId } from './index.queries.ts';
import {
  type IndexUnitRow,
  indexUnitsByIds,
  successionLinks,
  targetRows,
  unitNamesByCodes,
} from './index.repo.ts';
import { computeIndex, type IndexResult, type UnitResult } from './index-engine.ts';
import { mergeAggregates, type UnitAggregate } from './index-engine-aggregate.ts';
import type { Targets } from './index-engine-targets.ts';
import { type HistoryPeriod, type HistoryRow, unitHistory } from './index-history.ts';
import { formatPeriodVi, type Period, parsePeriod, periodBounds, previousPeriod } from './period.ts';
import { indexTableXlsx } from './results-xlsx.ts';

export interface IndexQuery {
  /** `CODE` (latest version) or `CODE@N`. */
  questionnaire: string;
  period: string;
  /** Show only this unit (its rank still counts its whole peer group). */
  unit?: string;
  /** Applies to every criterion and the overall index of every unit, over stored targets. */
  target?: number;
  /** A unit's figure pools every response of its subtree (a separate view; own figures never do). */
  pooled?: boolean;
  channel?: string;
  minSample?: number;
  /** Keep only units inside this subtree (a publication's scope). */
  scopePath?: string;
}

export function requirePeriod(label: string): Period {
  const parsed = parsePeriod(label);
  if (!parsed.ok) throw periodInvalid(label, parsed.error.message);
  return parsed.period;
}

type UnitInfo = IndexUnitRow;

/** A unit of the table with its figures over the last periods (own view only). */
export type UnitWithHistory = UnitResult & { history?: HistoryRow[] };

/** The table's period and the periods before it that a unit's history shows. */
const HISTORY_PERIODS = 4;

/**
 * The index table for a questionnaire version and a period. Ranks are computed over every unit of
 * each peer group that has responses, installation-wide, so a ward's rank is the same whoever asks;
 * a user then sees only the units of their own subtree.
 */
export interface IndexTable extends Omit<IndexResult, 'units'> {
  units: UnitWithHistory[];
  version: number;
  pooled: boolean;
  channel: string | null;
}

export async function indexTable(ctx: AppContext, actor: Actor, query: IndexQuery): Promise<IndexTable> {
  authorize(actor, 'surveys.read');
  const version = await getQuestionnaire(ctx, query.questionnaire);
  const period = requirePeriod(query.period);
  const only = query.unit ? await requireUnit(ctx, actor, query.unit, 'surveys.read') : null;

  const current = await aggregatesFor(ctx, version, period, query);
  const before = await aggregatesFor(ctx, version, previousPeriod(period), query);
  const info = await unitInfo(ctx, [...current.keys(), ...before.keys()], query.pooled === true);

  const ownOrPooled = (byId: Map<number, UnitAggregate>) =>
    query.pooled ? pooledByCode(byId, info) : byCode(byId, info);
  const aggregates = ownOrPooled(current);
  const previous = ownOrPooled(before);

  const inResult = [...info.values()].filter((u) => aggregates[u.code]);
  const result = computeIndex(version.compiled, aggregates, {
    period: period.label,
    peerGroups: Object.fromEntries(inResult.map((u) => [u.code, u.peerGroup])),
    names: Object.fromEntries(inResult.map((u) => [u.code, u.name])),
    targets: await targetsFor(ctx, version.code, period.label, inResult, query.target),
    previous: Object.keys(previous).length > 0 ? previous : undefined,
    minSample: query.minSample,
  });

  const pathOf = new Map(inResult.map((u) => [u.code, u.path]));
  result.units = result.units.filter(
    (u) =>
      (only ? u.unit === only.code : true) &&
      isInside(actor, pathOf.get(u.unit) ?? '') &&
      (pathOf.get(u.unit) ?? '').startsWith(query.scopePath ?? ''),
  );
  if (!query.pooled && result.units.length > 0) {
    const histories = await historiesOf(ctx, version, period, query, [current, before], info, result.units);
    for (const u of result.units as UnitWithHistory[]) {
      u.history = histories.get(u.unit) ?? [];
      for (const row of u.history) if (row.period === period.label && row.source === 'own') row.rank = u.rank;
    }
  }
  return {
    ...result,
    version: version.version,
    pooled: query.pooled === true,
    channel: query.channel ?? null,
  };
}

/** The index table as an Excel workbook: units, responses, each criterion %, overall %, rank. */
export async function indexWorkbook(ctx: AppContext, actor: Actor, query: IndexQuery) {
  const table = await indexTable(ctx, actor, query);
  const version = await getQuestionnaire(ctx, `${table.questionnaire}@${table.version}`);
  const bytes = await indexTableXlsx(table, {
    title: `Chỉ số hài lòng ${formatPeriodVi(requirePeriod(query.period))}`,
    questionnaireTitle: version.title,
    generatedAt: ctx.now(),
  });
  return { bytes, fileName: `chi-so-${table.questionnaire}-${table.period}.xlsx` };
}

/**
 * Each shown unit's figures over the table's period and the ones before it: its own, or, for a
 * period that ended before the unit existed, its predecessors' pooled (index-history.ts).
 */
async function historiesOf(
  ctx: AppContext,
  version: QuestionnaireVersion,
  period: Period,
  query: IndexQuery,
  known: Map<number, UnitAggregate>[],
  info: Map<number, UnitInfo>,
  shown: UnitResult[],
): Promise<Map<string, HistoryRow[]>> {
  const periods: Period[] = [period];
  while (periods.length < HISTORY_PERIODS) periods.push(previousPeriod(periods[periods.length - 1]!));
  const byId = [...known];
  for (const p of periods.slice(byId.length)) byId.push(await aggregatesFor(ctx, version, p, query));
  const missing = [...new Set(byId.flatMap((m) => [...m.keys()]))].filter((id) => !info.has(id));
  const allInfo = new Map(info);
  if (missing.length > 0) for (const r of await indexUnitsByIds(ctx.db, missing)) allInfo.set(r.id, r);
  const history: HistoryPeriod[] = periods.map((p, i) => ({
    period: p,
    aggregates: byCode(byId[i]!, allInfo),
  }));

  const links = await successionLinks(ctx.db);
  const names: Record<string, string> = {};
  for (const u of allInfo.values()) names[u.code] = u.name;
  const unnamed = [...new Set(links.map((l) => l.predecessor))].filter((c) => names[c] === undefined);
  if (unnamed.length > 0) for (const u of await unitNamesByCodes(ctx.db, unnamed)) names[u.code] = u.name;

  const infoByCode = new Map([...allInfo.values()].map((u) => [u.code, u]));
  const out = new Map<string, HistoryRow[]>();
  for (const u of shown) {
    const validFrom = infoByCode.get(u.unit)?.validFrom ?? '1900-01-01';
    out.set(u.unit, unitHistory(version.compiled, { code: u.unit, validFrom }, history, links, names));
  }
  return out;
}

async function aggregatesFor(
  ctx: AppContext,
  version: QuestionnaireVersion,
  period: Period,
  query: IndexQuery,
) {
  const { start, end } = periodBounds(period);
  return aggregateByUnitId(ctx.db, version.compiled, {
    questionnaireId: version.id,
    start,
    end,
    channel: query.channel,
  });
}

async function unitInfo(
  ctx: AppContext,
  ids: number[],
  withAncestors: boolean,
): Promise<Map<number, UnitInfo>> {
  const wanted = new Set(ids);
  const rows = wanted.size === 0 ? [] : await indexUnitsByIds(ctx.db, [...wanted]);
  const out = new Map(rows.map((r) => [r.id, r]));
  if (withAncestors) {
    const ancestorIds = new Set<number>();
    for (const r of rows) for (const id of r.path.split('.').filter(Boolean)) ancestorIds.add(Number(id));
    const missing = [...ancestorIds].filter((id) => !out.has(id));
    if (missing.length > 0) {
      for (const r of await indexUnitsByIds(ctx.db, missing)) out.set(r.id, r);
    }
  }
  return out;
}

function byCode(
  byId: Map<number, UnitAggregate>,
  info: Map<number, UnitInfo>,
): Record<string, UnitAggregate> {
  const out: Record<string, UnitAggregate> = {};
  for (const [id, a] of byId) {
    const u = info.get(id);
    if (u) out[u.code] = a;
  }
  return out;
}

/** Each unit with responses in its subtree gets the merge of every aggregate below it (itself included). */
function pooledByCode(
  byId: Map<number, UnitAggregate>,
  info: Map<number, UnitInfo>,
): Record<string, UnitAggregate> {
  const out: Record<string, UnitAggregate> = {};
  for (const [id, a] of byId) {
    const u = info.get(id);
    if (!u) continue;
    for (const ancestorId of u.path.split('.').filter(Boolean)) {
      const ancestor = info.get(Number(ancestorId));
      if (!ancestor) continue;
      const sofar = out[ancestor.code];
      out[ancestor.code] = sofar ? mergeAggregates(sofar, a) : a;
    }
  }
  return out;
}

/**
 * Stored targets for the questionnaire code and period (per peer group or per unit, per criterion
 * or overall or '*' for all); `override` (the CLI's --target) applies to every group.
 */
async function targetsFor(
  ctx: AppContext,
  questionnaireCode: string,
  period: string,
  inResult: UnitInfo[],
  override: number | undefined,
): Promise<Targets> {
  type Spec = { all?: number; overall?: number; criteria: Record<string, number> };
  const groups: Record<string, Spec> = {};
  const unitSpecs: Record<string, Spec> = {};
  const rows = await targetRows(ctx.db, questionnaireCode, period);
  const codeOf = new Map(inResult.map((u) => [u.id, u.code]));
  for (const row of rows) {
    const key = row.peerGroup ?? codeOf.get(row.unitId ?? -1);
    if (!key) continue;
    const bucket = row.peerGroup ? groups : unitSpecs;
    const spec = bucket[key] ?? { criteria: {} };
    bucket[key] = spec;
    if (row.criterion === '*') spec.all = row.value;
    else if (row.criterion === null) spec.overall = row.value;
    else spec.criteria[row.criterion] = row.value;
  }
  const targets: Targets = { groups, units: unitSpecs };
  if (override !== undefined) {
    for (const group of new Set(inResult.map((u) => u.peerGroup))) targets.groups![group] = override;
    targets.units = {};
  }
  return targets;
}
