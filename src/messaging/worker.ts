import { z } from 'zod';
import type { Db } from '../db/client.ts';
import type { AppContext } from '../lib/context.ts';
import { retryDelayMs } from './backoff.ts';
import * as repo from './outbox.repo.ts';
import { type Channel, type OutgoingMessage, SendError, type Sender } from './sender.ts';
import { isTemplateName } from './templates.ts';

/**
 * The outbox worker: claims due messages, sends them, records the outcome.
 *
 * A claim is one statement — `update … set locked_until = now + 60 s, attempts = attempts + 1
 * where id in (select … for update skip locked) returning *` — so two workers (or two processes on
 * PostgreSQL) never take the same row, and nothing is held open while sending. If the process
 * stops between claim and outcome, the row stays `pending` and is claimed again once its lock has
 * expired: nothing is lost (a message may then go out twice; eSMS deduplicates it by RequestId).
 * Attempts are counted at claim, so a message that keeps killing the process still ends.
 *
 * Outcome: `sent` (sent_at, provider_id); a permanent error, or the MAX_ATTEMPTS-th failure,
 * → `failed` with last_error; otherwise `pending` again at now + backoff (1, 2, 4 … min, ±20 %).
 * Messages of a channel (or a template) that no sender handles stay `pending`, untouched except
 * for last_error = "kênh chưa cấu hình", and go out as soon as the channel is configured.
 * All times come from ctx.now().
 */
export const MAX_ATTEMPTS = 8;
export const LOCK_MS = 60_000;
export const NOT_CONFIGURED = 'kênh chưa cấu hình';

export type OutboxRow = repo.OutboxRow;

export interface RunOptions {
  batch?: number;
  /** For the backoff jitter; tests pass a fixed one. */
  random?: () => number;
}

export interface RunResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

/** Lock up to `batch` due messages that the senders can deliver, for LOCK_MS, and return them. */
export function claimDue(db: Db, now: Date, senders: readonly Sender[], batch = 20): Promise<OutboxRow[]> {
  return repo.claimDue(db, now, new Date(now.getTime() + LOCK_MS), senders, batch);
}

/** Stable across attempts, unique across installations in practice (id + creation instant). */
export function idempotencyKey(row: Pick<OutboxRow, 'id' | 'createdAt'>): string {
  return `hailong-${row.id}-${row.createdAt.getTime().toString(36)}`;
}

/** One pass: claim due messages, send them all at once, record each outcome. */
export async function runOutboxOnce(
  ctx: AppContext,
  senders: readonly Sender[],
  options: RunOptions = {},
): Promise<RunResult> {
  const byChannel = new Map<Channel, Sender>();
  for (const s of senders) {
    if (byChannel.has(s.channel)) throw new Error(`Hai bộ gửi cho cùng kênh ${s.channel}`);
    byChannel.set(s.channel, s);
  }
  await repo.markUndeliverable(ctx.db, senders, NOT_CONFIGURED);
  const rows = await claimDue(ctx.db, ctx.now(), senders, options.batch ?? 20);
  const result: RunResult = { claimed: rows.length, sent: 0, retried: 0, failed: 0 };
  // All at once: every send has its own timeout (≤ 20 s), well within the 60 s claim.
  const outcomes = await Promise.all(
    rows.map((row) => deliver(ctx, byChannel.get(row.channel as Channel)!, row, options.random)),
  );
  for (const o of outcomes) result[o]++;
  return result;
}

async function deliver(
  ctx: AppContext,
  sender: Sender,
  row: OutboxRow,
  random?: () => number,
): Promise<'sent' | 'retried' | 'failed'> {
  let failure: SendError;
  if (row.attempts > MAX_ATTEMPTS) {
    failure = new SendError(`Đã thử ${MAX_ATTEMPTS} lần mà không ghi nhận được kết quả gửi`, true);
  } else if (!isTemplateName(row.template)) {
    failure = new SendError(`Không có mẫu thông báo "${row.template}"`, true);
  } else {
    const msg: OutgoingMessage = {
      id: row.id,
      channel: row.channel as Channel,
      recipient: row.recipient,
      template: row.template,
      payload: (row.payload ?? {}) as Record<string, unknown>,
      idempotencyKey: idempotencyKey(row),
    };
    try {
      const { providerId } = await sender.send(msg);
      await repo.recordOutcome(ctx.db, row.id, { status: 'sent', sentAt: ctx.now(), providerId });
      ctx.log.debug({ outboxId: row.id, channel: row.channel, providerId }, 'notification sent');
      return 'sent';
    } catch (error) {
      failure = asSendError(error);
    }
  }
  const lastError = failure.message.slice(0, 1000);
  if (failure.permanent || row.attempts >= MAX_ATTEMPTS) {
    await repo.recordOutcome(ctx.db, row.id, { status: 'failed', lastError });
    ctx.log.warn(
      { outboxId: row.id, channel: row.channel, attempts: row.attempts, lastError },
      'notification failed',
    );
    return 'failed';
  }
  const next = new Date(ctx.now().getTime() + retryDelayMs(row.attempts, random));
  await repo.recordOutcome(ctx.db, row.id, { status: 'pending', nextAttemptAt: next, lastError });
  ctx.log.info(
    { outboxId: row.id, channel: row.channel, attempts: row.attempts, next, lastError },
    'notification retry',
  );
  return 'retried';
}

function asSendError(error: unknown): SendError {
  if (error instanceof SendError) return error;
  if (error instanceof z.ZodError) {
    return new SendError(`Nội dung thông báo không hợp lệ: ${error.issues[0]?.message ?? ''}`, true);
  }
  return new SendError(error instanceof Error ? error.message : String(error), false);
}

/** When the worker's passes are due: calls `tick` on its schedule and returns a cancel function. */
export type Schedule = (tick: () => Promise<void>) => () => void;

/** Every `intervalMs`, on a timer that does not keep the process alive. */
export function every(intervalMs: number): Schedule {
  return (tick) => {
    const timer = setInterval(tick, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  };
}

/**
 * Run the worker on `schedule` (and once now), never two passes at once: a tick while a pass is
 * under way starts nothing and answers that pass. Returns stop(): no new pass starts, and the
 * promise resolves when the pass under way has finished, so the database can then be closed.
 * `schedule` is a number of milliseconds, or (in tests) a function that ticks when told.
 */
export function startOutboxWorker(
  ctx: AppContext,
  senders: readonly Sender[],
  schedule: number | Schedule = 10_000,
  options: RunOptions = {},
): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = (): Promise<void> => {
    if (running || stopped) return running ?? Promise.resolve();
    const pass: Promise<void> = runOutboxOnce(ctx, senders, options)
      .then(
        () => undefined,
        (error: unknown) => ctx.log.error({ err: error }, 'outbox worker pass failed'),
      )
      .finally(() => {
        running = null;
      });
    running = pass;
    return pass;
  };
  const cancel = (typeof schedule === 'number' ? every(schedule) : schedule)(tick);
  void tick();
  return async () => {
    stopped = true;
    cancel();
    await running;
  };
}
