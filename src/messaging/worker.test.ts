import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { memorySender } from '../../test/fakes/memory-sender.ts';
import { outbox } from '../db/schema/index.ts';
import { enqueue, type NewMessage } from './outbox.ts';
import { SendError } from './sender.ts';
import {
  claimDue,
  LOCK_MS,
  MAX_ATTEMPTS,
  NOT_CONFIGURED,
  runOutboxOnce,
  type Schedule,
  startOutboxWorker,
} from './worker.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

let now: Date;
const setClock = (d: Date) => {
  now = d;
  t.setNow(d);
};
const advance = (ms: number) => setClock(new Date(now.getTime() + ms));
const MIN = 60_000;
const mid = () => 0.5;
/** A promise the test opens when it chooses: the worker's sends wait on it instead of on sleeps. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

beforeEach(async () => {
  await t.ctx.db.delete(outbox);
  setClock(new Date('2025-07-01T01:00:00Z'));
});

let seq = 0;
function message(fields: Partial<NewMessage> = {}): NewMessage {
  seq++;
  return {
    channel: 'email',
    recipient: `dan${seq}@example.vn`,
    template: 'dossier.received',
    payload: {
      code: `H01-${seq}`,
      procedure: 'Đăng ký khai sinh',
      dueAt: '2025-07-03T09:00:00Z',
      lookupUrl: `https://motcua.example.vn/tra-cuu/H01-${seq}`,
    },
    dedupeKey: `k${seq}`,
    ...fields,
  };
}

async function queue(fields: Partial<NewMessage> = {}) {
  const msg = message(fields);
  await enqueue(t.ctx.db, msg, now);
  return msg.dedupeKey;
}

async function row(dedupeKey: string) {
  const [r] = await t.ctx.db.select().from(outbox).where(eq(outbox.dedupeKey, dedupeKey));
  return r!;
}

describe('runOutboxOnce', () => {
  it('sends due messages and records the provider id', async () => {
    const key = await queue();
    const email = memorySender('email');
    expect(await runOutboxOnce(t.ctx, [email])).toEqual({ claimed: 1, sent: 1, retried: 0, failed: 0 });
    expect(email.calls).toHaveLength(1);
    expect(email.calls[0]).toMatchObject({ recipient: `dan${seq}@example.vn`, template: 'dossier.received' });
    const r = await row(key);
    expect(r).toMatchObject({ status: 'sent', attempts: 1, lockedUntil: null, lastError: null });
    expect(r.providerId).toBe(`mem-${r.id}`);
    expect(r.sentAt!.toISOString()).toBe(now.toISOString());
    // Sent is final: nothing more to do.
    expect((await runOutboxOnce(t.ctx, [email])).claimed).toBe(0);
  });

  it('waits for messages whose time has not come', async () => {
    await enqueue(t.ctx.db, message(), new Date(now.getTime() + 5 * MIN));
    expect((await runOutboxOnce(t.ctx, [memorySender('email')])).claimed).toBe(0);
    advance(5 * MIN);
    expect((await runOutboxOnce(t.ctx, [memorySender('email')])).sent).toBe(1);
  });

  it('retries with backoff 1, 2, 4 … minutes, then fails after 8 attempts', async () => {
    const key = await queue();
    const down = memorySender('email', () => {
      throw new SendError('Máy chủ thư tạm thời không nhận: 421', false, '421');
    });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const result = await runOutboxOnce(t.ctx, [down], { random: mid });
      const r = await row(key);
      expect(r.attempts).toBe(attempt);
      expect(r.lastError).toBe('Máy chủ thư tạm thời không nhận: 421');
      if (attempt < MAX_ATTEMPTS) {
        expect(result.retried).toBe(1);
        expect(r.status).toBe('pending');
        expect(r.lockedUntil).toBeNull();
        const delay = r.nextAttemptAt.getTime() - now.getTime();
        delays.push(delay / MIN);
        // Not before its time…
        advance(delay - 1000);
        expect((await runOutboxOnce(t.ctx, [down], { random: mid })).claimed).toBe(0);
        advance(1000);
      } else {
        expect(result.failed).toBe(1);
        expect(r.status).toBe('failed');
      }
    }
    expect(delays).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(down.calls).toHaveLength(MAX_ATTEMPTS);
    advance(24 * 60 * MIN);
    expect((await runOutboxOnce(t.ctx, [down])).claimed).toBe(0);
  });

  it('fails at once on a permanent error, and an unexpected error is retried', async () => {
    const permanent = await queue({ recipient: 'nobody@example.vn' });
    const odd = await queue();
    const email = memorySender('email', (msg) => {
      if (msg.recipient === 'nobody@example.vn') throw new SendError('550 5.1.1 No such user', true, '550');
      throw new TypeError('socket hang up');
    });
    expect(await runOutboxOnce(t.ctx, [email], { random: mid })).toMatchObject({ failed: 1, retried: 1 });
    expect(await row(permanent)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: '550 5.1.1 No such user',
    });
    expect(await row(odd)).toMatchObject({ status: 'pending', lastError: 'socket hang up' });
  });

  it('picks up a message claimed by a process that died before recording the outcome', async () => {
    const key = await queue();
    const email = memorySender('email');
    // The "crashed" worker: it claimed the row, then never marked it.
    const claimed = await claimDue(t.ctx.db, now, [email]);
    expect(claimed.map((r) => r.dedupeKey)).toEqual([key]);
    const locked = await row(key);
    expect(locked).toMatchObject({ status: 'pending', attempts: 1 });
    expect(locked.lockedUntil!.getTime()).toBe(now.getTime() + LOCK_MS);

    // While the lock holds, nobody else takes it.
    expect((await runOutboxOnce(t.ctx, [email])).claimed).toBe(0);
    advance(LOCK_MS - 1000);
    expect((await runOutboxOnce(t.ctx, [email])).claimed).toBe(0);
    // Once it has expired, the message goes out.
    advance(2000);
    expect(await runOutboxOnce(t.ctx, [email])).toMatchObject({ claimed: 1, sent: 1 });
    expect(await row(key)).toMatchObject({ status: 'sent', attempts: 2, lockedUntil: null });
    expect(email.calls).toHaveLength(1);
  });

  it('gives up on a message that was claimed 8 times without an outcome', async () => {
    const key = await queue();
    const email = memorySender('email');
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await claimDue(t.ctx.db, now, [email]);
      advance(LOCK_MS + 1000);
    }
    expect(await runOutboxOnce(t.ctx, [email])).toMatchObject({ claimed: 1, failed: 1 });
    expect(email.calls).toHaveLength(0);
    expect(await row(key)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS + 1 });
  });

  it('keeps messages of an unconfigured channel pending, and sends them once it is configured', async () => {
    const sms = await queue({ channel: 'sms', recipient: '0912345678' });
    const email = memorySender('email');
    expect(await runOutboxOnce(t.ctx, [email])).toMatchObject({ claimed: 0 });
    expect(await runOutboxOnce(t.ctx, [])).toMatchObject({ claimed: 0 });
    expect(await row(sms)).toMatchObject({ status: 'pending', attempts: 0, lastError: NOT_CONFIGURED });

    advance(3 * 24 * 60 * MIN);
    const smsSender = memorySender('sms');
    expect(await runOutboxOnce(t.ctx, [email, smsSender])).toMatchObject({ sent: 1 });
    expect(smsSender.calls[0]).toMatchObject({ recipient: '84912345678' });
    expect(await row(sms)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
  });

  it('keeps messages whose template a sender cannot deliver pending (ZNS template not registered)', async () => {
    const ok = await queue({ channel: 'zalo', recipient: '0912345678' });
    const notRegistered = await queue({
      channel: 'zalo',
      recipient: '0912345678',
      template: 'feedback.answered',
      payload: { code: 'PA-1', url: 'https://motcua.example.vn/phan-anh/PA-1' },
    });
    const zalo = memorySender('zalo', undefined, ['dossier.received']);
    expect(await runOutboxOnce(t.ctx, [zalo])).toMatchObject({ claimed: 1, sent: 1 });
    expect(await row(ok)).toMatchObject({ status: 'sent' });
    expect(await row(notRegistered)).toMatchObject({
      status: 'pending',
      attempts: 0,
      lastError: `${NOT_CONFIGURED} cho mẫu feedback.answered`,
    });
  });

  it('gives the sender the same idempotency key on every attempt', async () => {
    await queue();
    const email = memorySender('email', (_m, call) => {
      if (call === 1) throw new SendError('timeout', false);
      return { providerId: 'ok' };
    });
    await runOutboxOnce(t.ctx, [email], { random: mid });
    advance(2 * MIN);
    await runOutboxOnce(t.ctx, [email], { random: mid });
    expect(email.calls).toHaveLength(2);
    expect(email.calls[0]!.idempotencyKey).toMatch(/^hailong-\d+-[0-9a-z]+$/);
    expect(email.calls[1]!.idempotencyKey).toBe(email.calls[0]!.idempotencyKey);
  });

  it('never gives one message to two concurrent passes', async () => {
    for (let i = 0; i < 30; i++) await queue();
    // Every send waits until 30 have begun, so the three passes all claim before any records.
    const allClaimed = gate();
    const email = memorySender('email', async (m, call) => {
      if (call === 30) allClaimed.open();
      await allClaimed.opened;
      return { providerId: String(m.id) };
    });
    const results = await Promise.all([
      runOutboxOnce(t.ctx, [email], { batch: 20 }),
      runOutboxOnce(t.ctx, [email], { batch: 20 }),
      runOutboxOnce(t.ctx, [email], { batch: 20 }),
    ]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(30);
    expect(new Set(email.calls.map((c) => c.id)).size).toBe(30);
    expect(email.calls).toHaveLength(30);
  });
});

describe('startOutboxWorker', () => {
  /** A schedule the test ticks by hand, instead of a timer. */
  function manualSchedule() {
    const schedule = {
      tick: (): Promise<void> => Promise.reject(new Error('worker not started')),
      cancelled: false,
      fn: ((tick) => {
        schedule.tick = tick;
        return () => {
          schedule.cancelled = true;
        };
      }) as Schedule,
    };
    return schedule;
  }

  it('runs passes one at a time and stop() waits for the pass under way', async () => {
    const keys = [await queue(), await queue(), await queue()];
    let active = 0;
    let maxActive = 0;
    let release = gate();
    const started: ReturnType<typeof gate>[] = [gate(), gate(), gate(), gate()];
    const email = memorySender('email', async (m, call) => {
      active++;
      maxActive = Math.max(maxActive, active);
      started[call - 1]?.open();
      await release.opened;
      active--;
      return { providerId: String(m.id) };
    });
    const schedule = manualSchedule();
    const stop = startOutboxWorker(t.ctx, [email], schedule.fn, { batch: 1 });
    // The first pass starts at once and is now sending the first message.
    await started[0]!.opened;
    // Ticks while it is under way start nothing: they answer the same pass.
    const during = schedule.tick();
    const again = schedule.tick();
    release.open();
    await Promise.all([during, again]);
    expect(email.calls).toHaveLength(1);
    expect((await row(keys[0]!)).status).toBe('sent');
    expect((await row(keys[1]!)).status).toBe('pending');
    // Each later tick is one more pass of one message.
    await schedule.tick();
    await schedule.tick();
    expect(email.calls).toHaveLength(3);
    expect(maxActive).toBe(1);
    expect(await Promise.all(keys.map(async (k) => (await row(k)).status))).toEqual(['sent', 'sent', 'sent']);

    // stop() during a pass resolves only once that pass has recorded its outcome.
    release = gate();
    const last = await queue();
    const pass = schedule.tick();
    await started[3]!.opened;
    const stopped = stop();
    expect(schedule.cancelled).toBe(true);
    release.open();
    await stopped;
    expect((await row(last)).status).toBe('sent');
    await pass;

    // Stopped: a tick that still arrives starts nothing, and a new message stays queued.
    const queued = await queue();
    await schedule.tick();
    expect(email.calls).toHaveLength(4);
    expect(await row(queued)).toMatchObject({ status: 'pending', attempts: 0 });
  });
});
