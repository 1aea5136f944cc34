import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { ESMS_DOCUMENTED_PATH, type FakeEsms, startFakeEsms } from '../../test/fakes/fake-esms.ts';
import { outbox } from '../db/schema/index.ts';
import { enqueue } from './outbox.ts';
import { type OutgoingMessage, SendError } from './sender.ts';
import { createEsmsSender } from './sms-esms.ts';
import { claimDue, idempotencyKey, LOCK_MS, runOutboxOnce } from './worker.ts';

let t: TestApp;
let esms: FakeEsms;
const KEYS = { apiKey: 'API-KEY-1', secretKey: 'SECRET-1', brandname: 'UBND_HOABINH' };

beforeAll(async () => {
  [t, esms] = await Promise.all([
    createTestApp(),
    startFakeEsms({ apiKey: KEYS.apiKey, secretKey: KEYS.secretKey, brandnames: [KEYS.brandname] }),
  ]);
});
afterAll(() => esms?.close());

let now: Date;
beforeEach(async () => {
  await t.ctx.db.delete(outbox);
  esms.accepted.length = 0;
  esms.exchanges.length = 0;
  now = new Date('2025-07-01T01:00:00Z');
  t.setNow(now);
});
const advance = (ms: number) => {
  now = new Date(now.getTime() + ms);
  t.setNow(now);
};

const sms = () => createEsmsSender({ baseUrl: esms.url, ...KEYS });
const payload = {
  code: 'H01.39-250701-0007',
  procedure: 'Đăng ký khai sinh',
  dueAt: '2025-07-15T09:30:00Z',
  lookupUrl: 'https://motcua.hoabinh.gov.vn/tra-cuu/H01.39-250701-0007',
};
async function queue(dedupeKey: string, recipient = '0912 345 678') {
  await enqueue(
    t.ctx.db,
    { channel: 'sms', recipient, template: 'dossier.received', payload, dedupeKey },
    now,
  );
}
async function row(dedupeKey: string) {
  const [r] = await t.ctx.db.select().from(outbox).where(eq(outbox.dedupeKey, dedupeKey));
  return r!;
}

describe('SMS through eSMS (fake server following the documented API)', () => {
  it('sends a Unicode customer-care SMS in the documented format', async () => {
    await queue('received:1');
    expect(await runOutboxOnce(t.ctx, [sms()])).toMatchObject({ sent: 1 });

    expect(esms.accepted).toHaveLength(1);
    const [sent] = esms.accepted;
    expect(sent).toMatchObject({
      Phone: '84912345678',
      SmsType: '2',
      Brandname: 'UBND_HOABINH',
      IsUnicode: '1',
      Content:
        'Hồ sơ H01.39-250701-0007 đã được tiếp nhận. Hẹn trả kết quả: 15/07/2025 16:30. ' +
        'Tra cứu: https://motcua.hoabinh.gov.vn/tra-cuu/H01.39-250701-0007',
    });
    const request = esms.exchanges[0]!.request;
    expect(request.method).toBe('POST');
    expect(request.path).toBe(ESMS_DOCUMENTED_PATH);
    expect(request.headers['content-type']).toBe('application/json');

    const r = await row('received:1');
    expect(r).toMatchObject({ status: 'sent', providerId: sent!.smsId });
    expect(sent!.RequestId).toMatch(/^hailong-\d+-/);
  });

  it('the fake rejects a phone number sent raw as 0xxxxxxxxx with eSMS code 108', async () => {
    // A row written around enqueue (an import, an old version): the number was never normalised.
    await t.ctx.db.insert(outbox).values({
      channel: 'sms',
      recipient: '0912345678',
      template: 'dossier.received',
      payload,
      dedupeKey: 'raw-phone',
      nextAttemptAt: now,
      createdAt: now,
    });
    expect(await runOutboxOnce(t.ctx, [sms()])).toMatchObject({ failed: 1 });
    expect(esms.accepted).toHaveLength(0);
    expect(esms.exchanges[0]!.answer).toEqual({
      status: 200,
      body: { CodeResult: '108', CountRegenerate: 0, ErrorMessage: 'Phone number is not in correct format' },
    });
    expect(await row('raw-phone')).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'eSMS từ chối tin nhắn: mã 108 (Phone number is not in correct format)',
    });
  });

  it('wrong credentials (101) and an unregistered brandname (104) fail at once', async () => {
    const msg: OutgoingMessage = {
      id: 1,
      channel: 'sms',
      recipient: '84912345678',
      template: 'dossier.received',
      payload,
      idempotencyKey: 'hailong-1-a',
    };
    const wrongKey = createEsmsSender({ baseUrl: esms.url, ...KEYS, secretKey: 'sai' });
    const wrongBrand = createEsmsSender({ baseUrl: esms.url, ...KEYS, brandname: 'KHAC' });
    await expect(wrongKey.send(msg)).rejects.toMatchObject({ permanent: true, providerCode: '101' });
    await expect(wrongBrand.send(msg)).rejects.toMatchObject({ permanent: true, providerCode: '104' });
    expect(esms.accepted).toHaveLength(0);
  });

  it('the fake refuses a request that breaks the documented format', async () => {
    const post = (path: string, body: string, contentType = 'application/json') =>
      fetch(`${esms.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
    const good = {
      ApiKey: KEYS.apiKey,
      SecretKey: KEYS.secretKey,
      Phone: '84912345678',
      Content: 'Thử',
      SmsType: '2',
      Brandname: KEYS.brandname,
      IsUnicode: '1',
    };
    expect(
      (await post('/MainService.svc/json/SendMultipleMessage_V4_post_json', JSON.stringify(good))).status,
    ).toBe(404);
    expect((await post(ESMS_DOCUMENTED_PATH, JSON.stringify(good), 'text/plain')).status).toBe(415);
    expect((await post(ESMS_DOCUMENTED_PATH, JSON.stringify({ ...good, SmsType: 2 }))).status).toBe(400);
    expect(
      await (await post(ESMS_DOCUMENTED_PATH, JSON.stringify({ ...good, SecretKey: undefined }))).json(),
    ).toMatchObject({
      CodeResult: '101',
    });
    expect(
      await (await post(ESMS_DOCUMENTED_PATH, JSON.stringify({ ...good, SmsType: '1' }))).json(),
    ).toMatchObject({
      CodeResult: '118',
    });
    expect(esms.accepted).toHaveLength(0);
  });

  it('retries when eSMS is out of balance (103) or unavailable (HTTP 503), then sends', async () => {
    await queue('received:2');
    const sender = sms();
    esms.failNext('103', 'Not enough balance');
    expect(await runOutboxOnce(t.ctx, [sender], { random: () => 0.5 })).toMatchObject({ retried: 1 });
    expect(await row('received:2')).toMatchObject({
      status: 'pending',
      lastError: 'eSMS từ chối tin nhắn: mã 103 (Not enough balance)',
    });
    advance(60_000);
    esms.failNextHttp(503);
    expect(await runOutboxOnce(t.ctx, [sender], { random: () => 0.5 })).toMatchObject({ retried: 1 });
    expect((await row('received:2')).lastError).toMatch(/^eSMS trả lời HTTP 503/);
    advance(2 * 60_000);
    expect(await runOutboxOnce(t.ctx, [sender])).toMatchObject({ sent: 1 });
    expect(await row('received:2')).toMatchObject({ status: 'sent', attempts: 3 });
    expect(esms.accepted).toHaveLength(1);
  });

  it('after a crash between sending and recording, the resend is recognised (124) and not sent twice', async () => {
    await queue('received:3');
    const sender = sms();
    // The crashed worker got as far as eSMS accepting the message, then died.
    const [claimed] = await claimDue(t.ctx.db, now, [sender]);
    const key = idempotencyKey(claimed!);
    await sender.send({
      id: claimed!.id,
      channel: 'sms',
      recipient: claimed!.recipient,
      template: 'dossier.received',
      payload: claimed!.payload as Record<string, unknown>,
      idempotencyKey: key,
    });
    expect(esms.accepted).toHaveLength(1);

    advance(LOCK_MS + 1000);
    expect(await runOutboxOnce(t.ctx, [sender])).toMatchObject({ sent: 1 });
    expect(esms.accepted).toHaveLength(1);
    expect(esms.exchanges.at(-1)!.answer.body).toMatchObject({ CodeResult: '124' });
    expect(await row('received:3')).toMatchObject({ status: 'sent', providerId: `RequestId:${key}` });
  });

  it('a network failure is transient', async () => {
    const closed = createEsmsSender({ baseUrl: 'http://127.0.0.1:1', ...KEYS });
    const error = await closed
      .send({
        id: 9,
        channel: 'sms',
        recipient: '84912345678',
        template: 'dossier.received',
        payload,
        idempotencyKey: 'k',
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SendError);
    expect(error).toMatchObject({ permanent: false });
  });
});
