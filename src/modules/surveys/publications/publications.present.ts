import { presentIndexTable } from '../index/index.present.ts';
import type { IndexTable } from '../index/index.service.ts';
import type { QuestionnaireVersion } from '../questionnaires/questionnaires.service.ts';
import type { PublicationWithScope } from './publications.repo.ts';
import type { Publication, PublicationWithResult } from './publications.schema.ts';

export function presentPublication(row: PublicationWithScope, q: QuestionnaireVersion): Publication {
  return {
    id: row.p.id,
    title: row.p.title,
    questionnaire: q.code,
    questionnaireVersion: q.version,
    period: row.p.period,
    scopeUnit: { code: row.scopeCode, name: row.scopeName },
    status: row.p.status as Publication['status'],
    decisionNumber: row.p.decisionNumber,
    decisionDate: row.p.decisionDate,
    decisionSigner: row.p.decisionSigner,
    decisionFileUrl:
      row.hasDecisionFile && row.p.status === 'published'
        ? `/api/v1/public/index/${row.p.id}/decision.pdf`
        : null,
    supersedesId: row.p.supersedesId,
    supersededById: row.p.supersededById,
    createdAt: row.p.createdAt.toISOString(),
    approvedAt: row.p.approvedAt?.toISOString() ?? null,
    publishedAt: row.p.publishedAt?.toISOString() ?? null,
    demo: row.p.demo,
  };
}

/**
 * A publication with the index table frozen into it. The snapshot is read back from a jsonb column,
 * so it has always been answered in PostgreSQL's jsonb key order: kept, so the bytes stay the same.
 */
export function presentPublicationWithResult(
  row: PublicationWithScope,
  q: QuestionnaireVersion,
): PublicationWithResult {
  return {
    publication: presentPublication(row, q),
    result: inJsonbOrder(presentIndexTable(row.p.snapshot as IndexTable)),
  };
}

/** Keys shorter first, then in code-point order, at every depth: the order jsonb stores them in. */
function inJsonbOrder<T>(value: T): T {
  if (Array.isArray(value)) return value.map(inJsonbOrder) as T;
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, inJsonbOrder((value as Record<string, unknown>)[k])])) as T;
}
