import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { outbox } from '../db/schema/index.ts';
import { AppError } from '../lib/errors.ts';
import { enqueue } from './outbox.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const NOW = new Date('2025-07-01T01:00:00Z');
const received = {
  code: 'H01-0001',
  procedure: 'Đăng ký khai sinh',
  dueAt: '2025-07-03T09:00:00Z',
  lookupUrl: 'https://motcua.example.vn/tra-cuu/H01-0001',
};

async function rowsFor(dedupeKey: string) {
  return t.ctx.db.select().from(outbox).where(eq(outbox.dedupeKey, dedupeKey));
}

describe('enqueue', () => {
  it('queues a message once per (channel, dedupe key)', async () => {
    const msg = {
      channel: 'sms' as const,
      recipient: '0912 345 678',
      template: 'dossier.received' as const,
      payload: received,
      dedupeKey: 'received:H01-0001',
    };
    expect(await enqueue(t.ctx.db, msg, NOW)).toBe(true);
    expect(await enqueue(t.ctx.db, { ...msg, recipient: '0987654321' }, NOW)).toBe(false);
    // The same key on another channel is another message.
    expect(await enqueue(t.ctx.db, { ...msg, channel: 'zalo' }, NOW)).toBe(true);

    const rows = await rowsFor('received:H01-0001');
    expect(rows).toHaveLength(2);
    const sms = rows.find((r) => r.channel === 'sms')!;
    expect(sms).toMatchObject({
      recipient: '84912345678',
      template: 'dossier.received',
      status: 'pending',
      attempts: 0,
      lockedUntil: null,
      sentAt: null,
    });
    expect(sms.nextAttemptAt.toISOString()).toBe(NOW.toISOString());
    expect(sms.createdAt.toISOString()).toBe(NOW.toISOString());
    expect(sms.payload).toEqual({ ...received, dueAt: '2025-07-03T09:00:00.000Z' });
  });

  it('writes in the caller transaction: a rollback leaves no message', async () => {
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await enqueue(
          tx,
          {
            channel: 'email',
            recipient: 'dan@example.vn',
            template: 'dossier.received',
            payload: received,
            dedupeKey: 'rolled-back',
          },
          NOW,
        );
        throw new Error('the change that caused the message failed');
      }),
    ).rejects.toThrow('the change that caused the message failed');
    expect(await rowsFor('rolled-back')).toHaveLength(0);
  });

  it('refuses a bad recipient or payload, naming the field, and writes nothing', async () => {
    const base = {
      channel: 'sms' as const,
      recipient: '0912345678',
      template: 'dossier.received' as const,
      payload: received,
      dedupeKey: 'bad',
    };
    const failure = async (msg: typeof base | Record<string, unknown>) => {
      try {
        await enqueue(t.ctx.db, msg as typeof base, NOW);
      } catch (error) {
        return error as AppError;
      }
      throw new Error('expected a validation error');
    };

    const phone = await failure({ ...base, recipient: '024 3825 1234' });
    expect(phone).toBeInstanceOf(AppError);
    expect(phone.code).toBe('VALIDATION_FAILED');
    expect(phone.message).toContain('không phải số di động Việt Nam hợp lệ');
    expect(phone.details).toMatchObject({ field: 'recipient' });

    const email = await failure({ ...base, channel: 'email', recipient: 'dan@' });
    expect(email.message).toContain('Địa chỉ thư điện tử "dan@" không hợp lệ');

    const payload = await failure({ ...base, payload: { ...received, dueAt: 'thứ Hai' } });
    expect(payload.details).toMatchObject({ issues: [{ field: 'payload.dueAt' }] });

    expect((await failure({ ...base, template: 'dossier.unknown' })).details).toMatchObject({
      field: 'template',
    });
    expect((await failure({ ...base, dedupeKey: '  ' })).details).toMatchObject({ field: 'dedupeKey' });
    expect(await rowsFor('bad')).toHaveLength(0);
  });
});
