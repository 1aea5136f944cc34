import type { Actor } from '../../../access/actor.ts';
import { authorize, scopePrefix } from '../../../access/permissions.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { requireUnit } from '../../units/units.service.ts';
import {
  exclusionReasonRequired,
  responseNotFound,
  responseNotHeld,
  windowReversed,
} from './responses.errors.ts';
import {
  excludeResponses,
  findResponseForReview,
  heldResponses,
  releaseResponses,
} from './responses.repo.ts';
import type { BulkHeldResult, ReleaseResult } from './responses.schema.ts';

/**
 * Responses held by the burst rule wait for a person: released (they count from then on) or
 * excluded (never counted), one by one or in bulk by rule — the same address hash in a time window.
 * Every decision is audited in its transaction.
 */

const userIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null);

/** Release one held response; it counts in the index from now on. */
export async function releaseOne(ctx: AppContext, actor: Actor, id: number): Promise<ReleaseResult> {
  authorize(actor, 'responses.review');
  const row = await findResponseForReview(ctx.db, id);
  if (!row) throw responseNotFound(id, { id });
  authorize(actor, 'responses.review', { path: row.unitPath });
  if (!row.held || row.excluded) throw responseNotHeld(id, row.excluded);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await releaseResponses(tx, [id], userIdOf(actor), now);
    await recordAudit(
      tx,
      actor,
      {
        action: 'response.release',
        entityType: 'response',
        entityId: String(id),
        unitId: row.unitId,
        data: {},
      },
      now,
    );
  });
  return { id, held: false };
}

export interface BulkDecision {
  action: 'release' | 'exclude';
  /** The address hash the review list shows (the raw address is never stored). */
  addressKey: string;
  from: Date;
  to: Date;
  /** Only this unit (and its subtree); default: the actor's whole scope. */
  unitCode?: string;
  /** Required to exclude. */
  reason?: string;
}

/** Release or exclude, in one transaction, every held response matching the rule inside the actor's scope. */
export async function decideBulk(ctx: AppContext, actor: Actor, d: BulkDecision): Promise<BulkHeldResult> {
  authorize(actor, 'responses.review');
  const pathPrefix = d.unitCode
    ? (await requireUnit(ctx, actor, d.unitCode, 'responses.review')).path
    : scopePrefix(actor);
  if (!(d.from.getTime() <= d.to.getTime())) throw windowReversed();
  const reason = d.reason?.trim() ?? '';
  if (d.action === 'exclude' && reason.length < 3) throw exclusionReasonRequired();
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const rows = await heldResponses(tx, { pathPrefix, clientHash: d.addressKey, from: d.from, to: d.to });
    const ids = rows.map((r) => r.id);
    if (d.action === 'release') await releaseResponses(tx, ids, userIdOf(actor), now);
    else await excludeResponses(tx, ids, reason, userIdOf(actor), now);
    // One audit row per unit touched, listing the response ids and the rule that chose them.
    const byUnit = new Map<number, number[]>();
    for (const r of rows) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r.id]);
    for (const [unitId, unitIds] of byUnit) {
      await recordAudit(
        tx,
        actor,
        {
          action: d.action === 'release' ? 'response.release_bulk' : 'response.exclude_bulk',
          entityType: 'response',
          entityId: unitIds.join(','),
          unitId,
          data: {
            rule: { addressKey: d.addressKey, from: d.from.toISOString(), to: d.to.toISOString() },
            count: unitIds.length,
            ...(d.action === 'exclude' ? { reason } : {}),
          },
        },
        now,
      );
    }
    return { action: d.action, count: ids.length, ids };
  });
}
