import type { Db } from '../../db/client.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { type Actor, actorId, actorLabel } from '../accounts/actor.ts';
import { authorize, isTopLevel, scopePrefix } from '../accounts/permissions.ts';
import * as repo from './audit.repo.ts';
import { type AuditContent, chainHash, GENESIS_HASH } from './audit-chain.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  unitId?: number | null;
  data?: unknown;
}

/**
 * Append one row to the audit chain. Call it inside the transaction that makes the change, so the
 * change and its record commit or fail together.
 */
export async function recordAudit(tx: Db, actor: Actor, entry: AuditEntry, at = new Date()): Promise<void> {
  await repo.lockChain(tx);
  const prevHash = (await repo.lastHash(tx)) ?? GENESIS_HASH;
  const content: AuditContent = {
    at,
    actorId: actorId(actor),
    actorLabel: actorLabel(actor),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    unitId: entry.unitId ?? null,
    data: entry.data ?? {},
  };
  await repo.insertRow(tx, { ...content, prevHash, hash: chainHash(prevHash, content) });
}

export type ChainCheck =
  | { ok: true; rows: number }
  | { ok: false; rows: number; brokenId: number; reason: string };

/** Walk the whole chain in order and name the first row whose links or content do not match. */
export async function verifyAuditChain(db: Db): Promise<ChainCheck> {
  let prev = GENESIS_HASH;
  let afterId = 0;
  let count = 0;
  for (;;) {
    const page = await repo.rowsAfter(db, afterId, 5000);
    if (page.length === 0) return { ok: true, rows: count };
    for (const row of page) {
      count++;
      if (row.prevHash !== prev) {
        return { ok: false, rows: count, brokenId: row.id, reason: 'prev_hash không khớp với dòng trước' };
      }
      const expected = chainHash(prev, {
        at: row.at,
        actorId: row.actorId,
        actorLabel: row.actorLabel,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        unitId: row.unitId,
        data: row.data,
      });
      if (row.hash !== expected) {
        return { ok: false, rows: count, brokenId: row.id, reason: 'nội dung dòng đã bị thay đổi' };
      }
      prev = row.hash;
      afterId = row.id;
    }
  }
}

export async function listAudit(
  ctx: AppContext,
  actor: Actor,
  filter: {
    unitCode?: string | undefined;
    entityType?: string | undefined;
    entityId?: string | undefined;
    limit: number;
    beforeId?: number | undefined;
  },
) {
  authorize(actor, 'audit.read');
  let pathPrefix = scopePrefix(actor);
  if (filter.unitCode) {
    const unit = await repo.unitPathByCode(ctx.db, filter.unitCode);
    if (!unit) throw new AppError('UNIT_NOT_FOUND', `Không tìm thấy đơn vị có mã "${filter.unitCode}".`);
    authorize(actor, 'audit.read', unit);
    pathPrefix = unit.path;
  }
  return repo.listRows(ctx.db, { ...filter, pathPrefix });
}

/** Checking the whole chain reads every unit's history: only for a top-level admin or the CLI. */
export async function checkAuditChain(ctx: AppContext, actor: Actor) {
  authorize(actor, 'audit.read');
  if (!isTopLevel(actor)) {
    throw new AppError('FORBIDDEN', 'Chỉ quản trị viên cấp cao nhất mới được kiểm tra toàn bộ nhật ký.');
  }
  return verifyAuditChain(ctx.db);
}
