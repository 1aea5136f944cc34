import { type Actor, actorId, actorLabel } from '../../access/actor.ts';
import { authorize, isTopLevel, scopePrefix } from '../../access/permissions.ts';
import type { Db } from '../../db/client.ts';
import type { AppContext } from '../../lib/context.ts';
import { unitNotFound } from '../units/units.errors.ts';
import { findByCode as findUnitByCode } from '../units/units.repo.ts';
import { chainCheckForbidden } from './audit.errors.ts';
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

/**
 * A record of the chain taken earlier — its length and/or the hash of its last row — to tell whether
 * rows have since disappeared from the end, which the links alone cannot show (the chain that
 * remains is still a valid chain).
 */
export interface ChainAnchor {
  count?: number | undefined;
  head?: string | undefined;
  /** Where the record came from, for the message (an option, a line of the anchor file). */
  source?: string | undefined;
}

export interface AnchorCheck {
  source: string;
  ok: boolean;
  reason?: string;
}

export interface ChainCheck {
  ok: boolean;
  rows: number;
  /** The hash of the last row (the genesis hash for an empty chain) and its id. */
  headHash: string;
  headId: number | null;
  brokenId?: number;
  reason?: string;
  anchors: AnchorCheck[];
}

/**
 * Walk the whole chain in order and name the first row whose links or content do not match, then
 * hold the chain against each earlier record: it must be at least as long, and its row at the
 * recorded position must carry the recorded head hash (for a hash alone: the hash must still be in it).
 */
export async function verifyAuditChain(db: Db, anchors: ChainAnchor[] = []): Promise<ChainCheck> {
  let prev = GENESIS_HASH;
  let headId: number | null = null;
  let afterId = 0;
  let count = 0;
  const atPosition = new Map<number, string>();
  const wanted = new Set(anchors.map((a) => a.count).filter((n): n is number => n !== undefined));
  const heads = new Set(anchors.filter((a) => a.count === undefined && a.head).map((a) => a.head!));
  const seenHeads = new Set<string>();
  const done = (broken?: { brokenId: number; reason: string }): ChainCheck => {
    const checks = anchors.map((a) => checkAnchor(a, count, atPosition, seenHeads));
    return {
      ok: !broken && checks.every((c) => c.ok),
      rows: count,
      headHash: prev,
      headId,
      ...(broken ?? {}),
      anchors: checks,
    };
  };
  for (;;) {
    const page = await repo.rowsAfter(db, afterId, 5000);
    if (page.length === 0) return done();
    for (const row of page) {
      count++;
      if (row.prevHash !== prev) {
        return done({ brokenId: row.id, reason: 'prev_hash không khớp với dòng trước' });
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
        return done({ brokenId: row.id, reason: 'nội dung dòng đã bị thay đổi' });
      }
      prev = row.hash;
      headId = row.id;
      afterId = row.id;
      if (wanted.has(count)) atPosition.set(count, row.hash);
      if (heads.has(row.hash)) seenHeads.add(row.hash);
    }
  }
}

function checkAnchor(
  a: ChainAnchor,
  rows: number,
  atPosition: Map<number, string>,
  seenHeads: Set<string>,
): AnchorCheck {
  const source = a.source ?? 'mốc đã ghi';
  if (a.count !== undefined && rows < a.count) {
    return {
      source,
      ok: false,
      reason: `chuỗi ngắn hơn: còn ${rows} dòng, ${source} ghi ${a.count} dòng (${a.count - rows} dòng cuối đã mất)`,
    };
  }
  if (a.count !== undefined && a.head) {
    const hash = atPosition.get(a.count) ?? (a.count === 0 ? GENESIS_HASH : undefined);
    if (hash !== a.head) {
      return {
        source,
        ok: false,
        reason: `dòng thứ ${a.count} có băm ${hash ?? '(không đọc được)'}, ${source} ghi ${a.head}`,
      };
    }
  } else if (a.head && a.head !== GENESIS_HASH && !seenHeads.has(a.head)) {
    return { source, ok: false, reason: `băm đầu chuỗi ${a.head} (${source}) không còn trong nhật ký` };
  }
  return { source, ok: true };
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
    const unit = await findUnitByCode(ctx.db, filter.unitCode);
    if (!unit) throw unitNotFound(filter.unitCode);
    authorize(actor, 'audit.read', unit);
    pathPrefix = unit.path;
  }
  return repo.listRows(ctx.db, { ...filter, pathPrefix });
}

/** Checking the whole chain reads every unit's history: only for a top-level admin or the CLI. */
export async function checkAuditChain(ctx: AppContext, actor: Actor) {
  authorize(actor, 'audit.read');
  if (!isTopLevel(actor)) {
    throw chainCheckForbidden();
  }
  return verifyAuditChain(ctx.db);
}

/**
 * The chain's head for the server's log at start: one more copy of the anchor, in a place the
 * application never rewrites (compare with `hailong audit verify --expect-count N --expect-head H`).
 */
export async function auditAnchor(db: Db): Promise<{ rows: number; head: string; headId: number | null }> {
  const h = await repo.chainHead(db);
  return { rows: h.rows, head: h.head ?? GENESIS_HASH, headId: h.headId };
}
