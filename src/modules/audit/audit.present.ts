import type { JsonValue } from '../../http/json-value.ts';
import type { AuditEntry, ChainCheckResult } from './audit.schema.ts';
import type { ChainCheck } from './audit.service.ts';

/** One audit row as GET /audit lists it. */
export function presentAuditEntry(row: {
  id: number;
  at: Date;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  unitCode: string | null;
  data: unknown;
}): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorLabel: row.actorLabel,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    unitCode: row.unitCode,
    // jsonb: whatever was stored is JSON.
    data: row.data as JsonValue,
  };
}

export function presentChainCheck(check: ChainCheck): ChainCheckResult {
  return {
    ok: check.ok,
    rows: check.rows,
    headHash: check.headHash,
    headId: check.headId,
    ...(check.brokenId === undefined ? {} : { brokenId: check.brokenId }),
    ...(check.reason === undefined ? {} : { reason: check.reason }),
    anchors: check.anchors.map((a) => ({
      source: a.source,
      ok: a.ok,
      ...(a.reason === undefined ? {} : { reason: a.reason }),
    })),
  };
}
