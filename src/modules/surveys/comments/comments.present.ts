import type { CommentRow } from './comments.repo.ts';
import type { CommentItem, CommentStatus } from './comments.schema.ts';

/** A comment as officers see it: its unit, day and masked text, never anything of the response. */
export function presentComment(r: CommentRow): CommentItem {
  return {
    id: r.id,
    unit: r.unit,
    unitName: r.unitName,
    receivedOn: r.receivedOn,
    text: r.text,
    status: r.status as CommentStatus,
    moderatedAt: r.moderatedAt ? r.moderatedAt.toISOString() : null,
  };
}
