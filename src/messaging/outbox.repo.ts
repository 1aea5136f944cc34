import { and, asc, eq, inArray, isNull, lt, lte, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { outbox } from '../db/schema/index.ts';
import type { Sender } from './sender.ts';
import { TEMPLATE_NAMES } from './templates.ts';

export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxRow = typeof outbox.$inferInsert;

/** What a sender delivers: a channel, and on it every template or only some. */
type Deliverable = Pick<Sender, 'channel' | 'templates'>;

/** Insert a message unless the same (channel, dedupeKey) is already queued; true when inserted. */
export async function insertMessage(tx: Db, row: NewOutboxRow): Promise<boolean> {
  const rows = await tx
    .insert(outbox)
    .values(row)
    .onConflictDoNothing({ target: [outbox.channel, outbox.dedupeKey] })
    .returning({ id: outbox.id });
  return rows.length > 0;
}

/** What the given senders can deliver, as a condition on outbox rows. */
function sendable(senders: readonly Deliverable[]): SQL | undefined {
  const parts = senders.map((s) =>
    s.templates
      ? and(eq(outbox.channel, s.channel), inArray(outbox.template, [...s.templates]))
      : eq(outbox.channel, s.channel),
  );
  return parts.length ? or(...parts) : undefined;
}

/**
 * Lock up to `batch` due messages that the senders can deliver until `lockedUntil`, count the
 * attempt, and return them in id order. One statement (`update … where id in (select … for update
 * skip locked) returning *`), so two workers never take the same row.
 */
export async function claimDue(
  db: Db,
  now: Date,
  lockedUntil: Date,
  senders: readonly Deliverable[],
  batch: number,
): Promise<OutboxRow[]> {
  const deliverable = sendable(senders);
  if (!deliverable) return [];
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.status, 'pending'),
        lte(outbox.nextAttemptAt, now),
        or(isNull(outbox.lockedUntil), lt(outbox.lockedUntil, now)),
        deliverable,
      ),
    )
    .orderBy(asc(outbox.id))
    .limit(batch)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(outbox)
    .set({ lockedUntil, attempts: sql`${outbox.attempts} + 1` })
    .where(inArray(outbox.id, due))
    .returning();
  return rows.sort((a, b) => a.id - b.id);
}

/**
 * Note `reason` on pending messages that no sender handles (once; no attempt is counted): on
 * another channel, or on a sender's channel with a template it does not send ("<reason> cho mẫu X").
 */
export async function markUndeliverable(
  db: Db,
  senders: readonly Deliverable[],
  reason: string,
): Promise<void> {
  await db
    .update(outbox)
    .set({ lastError: reason })
    .where(
      and(
        eq(outbox.status, 'pending'),
        notInArray(
          outbox.channel,
          senders.map((s) => s.channel),
        ),
        sql`${outbox.lastError} is distinct from ${reason}`,
      ),
    );
  for (const s of senders) {
    if (!s.templates || s.templates.length === TEMPLATE_NAMES.length) continue;
    const forTemplate = sql`${`${reason} cho mẫu `} || ${outbox.template}`;
    await db
      .update(outbox)
      .set({ lastError: forTemplate })
      .where(
        and(
          eq(outbox.status, 'pending'),
          eq(outbox.channel, s.channel),
          notInArray(outbox.template, [...s.templates]),
          sql`${outbox.lastError} is distinct from (${forTemplate})`,
        ),
      );
  }
}

/** Record the outcome of one attempt on a message still pending (sent, failed, or due again). */
export async function recordOutcome(
  db: Db,
  id: number,
  outcome:
    | { status: 'sent'; sentAt: Date; providerId: string | null }
    | { status: 'failed'; lastError: string }
    | { status: 'pending'; nextAttemptAt: Date; lastError: string },
): Promise<void> {
  const set =
    outcome.status === 'sent'
      ? { status: 'sent', sentAt: outcome.sentAt, providerId: outcome.providerId, lastError: null }
      : outcome.status === 'failed'
        ? { status: 'failed', lastError: outcome.lastError }
        : { nextAttemptAt: outcome.nextAttemptAt, lastError: outcome.lastError };
  await db
    .update(outbox)
    .set({ ...set, lockedUntil: null })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'pending')));
}
