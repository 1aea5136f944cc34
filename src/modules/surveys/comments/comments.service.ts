import type { Actor } from '../../../access/actor.ts';
import { authorize, scopePrefix } from '../../../access/permissions.ts';
import type { AppContext } from '../../../lib/context.ts';
import { vnDate } from '../../../lib/time.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { unitNotFound } from '../../units/units.errors.ts';
import { findByCode } from '../../units/units.repo.ts';
import { requireUnit } from '../../units/units.service.ts';
import { requirePeriod } from '../index/index.service.ts';
import { periodBounds } from '../index/period.ts';
import { commentNotFound } from './comments.errors.ts';
import { presentComment } from './comments.present.ts';
import { commentRows, findCommentOfUnit, publishedComments, setCommentStatus } from './comments.repo.ts';
import type { CommentItem, CommentStatus, PublicComments } from './comments.schema.ts';

/**
 * Citizens' comments are moderated like the review of responses ('responses.review', inside the
 * officer's subtree): none is public until an officer publishes it; publishing and hiding are
 * audited. The comment itself is written with the response (responses.service.ts).
 */

export async function listComments(
  ctx: AppContext,
  actor: Actor,
  q: { unitCode?: string | undefined; status?: CommentStatus | undefined },
): Promise<CommentItem[]> {
  authorize(actor, 'responses.review');
  const unit = q.unitCode ? await requireUnit(ctx, actor, q.unitCode, 'responses.review') : null;
  const rows = await commentRows(ctx.db, {
    prefix: unit ? unit.path : scopePrefix(actor),
    ...(unit ? { unitId: unit.id } : {}),
    ...(q.status ? { status: q.status } : {}),
    limit: 500,
  });
  return rows.map(presentComment);
}

/** Publish or hide a comment of a unit; a comment of another unit is 404. Audited. */
export async function moderateComment(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  id: number,
  status: Exclude<CommentStatus, 'pending'>,
): Promise<CommentItem> {
  const unit = await requireUnit(ctx, actor, unitCode, 'responses.review');
  const row = await findCommentOfUnit(ctx.db, unit.id, id);
  if (!row) throw commentNotFound(id);
  const at = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await setCommentStatus(tx, id, { status, by: actor.kind === 'user' ? actor.userId : null, at });
    await recordAudit(
      tx,
      actor,
      {
        action: status === 'published' ? 'survey_comment.publish' : 'survey_comment.hide',
        entityType: 'survey_comment',
        entityId: String(id),
        unitId: unit.id,
        data: { from: row.status, to: status },
      },
      at,
    );
  });
  return presentComment({ ...row, status, moderatedAt: at });
}

/** The published comments of a unit received in a period, for the public result page. */
export async function publicComments(
  ctx: AppContext,
  unitCode: string,
  period: string,
): Promise<PublicComments> {
  const unit = await findByCode(ctx.db, unitCode);
  if (!unit) throw unitNotFound(unitCode);
  const { start, end } = periodBounds(requirePeriod(period));
  return { comments: await publishedComments(ctx.db, unit.id, vnDate(start), vnDate(end)) };
}
