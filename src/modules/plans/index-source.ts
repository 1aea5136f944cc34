/**
 * Where a unit's figures come from when a letter or a plan is drafted: the frozen snapshot of a
 * published result that covers the unit (the figures everyone has seen), or, while nothing is
 * published yet, the index computed now from the responses (said so in the letter).
 */

import { type Actor, systemActor } from '../../access/actor.ts';
import type { AppContext } from '../../lib/context.ts';
import { vnDate } from '../../lib/time.ts';
import { type IndexTable, indexTable, requirePeriod } from '../surveys/index/index.service.ts';
import type { UnitResult } from '../surveys/index/index-engine.ts';
import { getPublication, publicPublication } from '../surveys/publications/publications.service.ts';
import {
  getQuestionnaire,
  parseQuestionnaireRef,
  type QuestionnaireVersion,
} from '../surveys/questionnaires/questionnaires.service.ts';
import type { UnitRow } from '../units/units.repo.ts';
import { findById as findUnitById } from '../units/units.repo.ts';
import { requireUnit } from '../units/units.service.ts';
import type { IndexSourceInfo } from './doc-letter.ts';
import { indexNotAvailable, validation } from './plans.errors.ts';
import * as repo from './plans.repo.ts';

export interface UnitIndexQuery {
  unitCode: string;
  /** `CODE` or `CODE@N`. */
  questionnaire: string;
  period: string;
  /** Use this publication (it must include the unit) instead of looking one up. */
  publicationId?: number;
  /** Applies to every criterion and the overall index, over the targets of the source. */
  target?: number;
}

export interface UnitIndex {
  unit: UnitRow;
  version: QuestionnaireVersion;
  period: string;
  table: IndexTable;
  result: UnitResult;
  source: IndexSourceInfo;
  publicationId: number | null;
}

/** The same result with one target for the overall index and every criterion; gaps recomputed. */
export function withTarget(result: UnitResult, target: number): UnitResult {
  const gap = (index: number | null) => (index === null ? null : index - target);
  return {
    ...result,
    overall: { ...result.overall, target, gap: gap(result.overall.index) },
    criteria: result.criteria.map((c) => ({ ...c, target, gap: gap(c.index) })),
  };
}

async function fromPublication(ctx: AppContext, actor: Actor, id: number) {
  const scope = await repo.publicationScope(ctx.db, id);
  // Published results are public; drafts and approvals only inside their scope.
  return scope?.status === 'published' ? publicPublication(ctx, id) : getPublication(ctx, actor, id);
}

export async function unitIndex(ctx: AppContext, actor: Actor, q: UnitIndexQuery): Promise<UnitIndex> {
  const unit = await requireUnit(ctx, actor, q.unitCode, 'surveys.read');
  const period = requirePeriod(q.period).label;
  const requested = await getQuestionnaire(ctx, q.questionnaire);
  const pinned = parseQuestionnaireRef(q.questionnaire)?.version ?? undefined;

  let found: Awaited<ReturnType<typeof publicPublication>> | null = null;
  if (q.publicationId !== undefined) {
    found = await fromPublication(ctx, actor, q.publicationId);
    if (found.publication.questionnaire !== requested.code || found.publication.period !== period) {
      throw validation(
        'publicationId',
        `Kết quả số ${q.publicationId} là của phiếu ${found.publication.questionnaire}, kỳ ${found.publication.period}, không phải ${requested.code}, kỳ ${period}.`,
      );
    }
    if (!found.result.units.some((u) => u.unit === unit.code)) {
      throw validation('publicationId', `Kết quả số ${q.publicationId} không có số liệu của ${unit.name}.`);
    }
  } else {
    const candidates = await repo.publishedCovering(ctx.db, {
      questionnaireCode: requested.code,
      version: pinned,
      period,
      unitPath: unit.path,
    });
    const hit = candidates.find((c) => (c.snapshot as IndexTable).units.some((u) => u.unit === unit.code));
    if (hit) found = await publicPublication(ctx, hit.id);
  }

  if (found) {
    const table = found.result;
    const version = await getQuestionnaire(ctx, `${table.questionnaire}@${table.version}`);
    const row = table.units.find((u) => u.unit === unit.code)!;
    const scope = await findUnitById(
      ctx.db,
      (await repo.publicationScope(ctx.db, found.publication.id))!.scopeUnitId,
    );
    const p = found.publication;
    return {
      unit,
      version,
      period,
      table,
      result: q.target === undefined ? row : withTarget(row, q.target),
      source: {
        kind: 'publication',
        id: p.id,
        title: p.title,
        status: p.status,
        decisionNumber: p.decisionNumber,
        publishedOn: p.publishedAt ? vnDate(new Date(p.publishedAt)) : null,
        scopeName: scope?.name ?? p.scopeUnit.name,
      },
      publicationId: p.id,
    };
  }

  // Ranks come from the whole peer group, so compute as the operator, then keep the unit.
  const table = await indexTable(ctx, systemActor('plans'), {
    questionnaire: q.questionnaire,
    period,
    unit: unit.code,
  });
  const row = table.units.find((u) => u.unit === unit.code);
  if (!row || row.responses === 0) throw indexNotAvailable(unit.name, period);
  return {
    unit,
    version:
      requested.version === table.version
        ? requested
        : await getQuestionnaire(ctx, `${table.questionnaire}@${table.version}`),
    period,
    table,
    result: q.target === undefined ? row : withTarget(row, q.target),
    source: { kind: 'computed', computedOn: vnDate(ctx.now()) },
    publicationId: null,
  };
}
