import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { type FakeZalo, startFakeZalo, ZALO_DOCUMENTED_PATH } from '../../test/fakes/fake-zalo.ts';
import { outbox } from '../db/schema/index.ts';
import { enqueue } from './outbox.ts';
import type { OutgoingMessage } from './sender.ts';
import { ZNS_PARAMS } from './templates.ts';
import { NOT_CONFIGURED, runOutboxOnce } from './worker.ts';
import { createZaloSender } from './zalo-zns.ts';

let t: TestApp;
let zalo: FakeZalo;
const TOKEN = 'oa-access-token-1';
const TEMPLATES = { 'dossier.received': '301001', 'dossier.apology': '301003' };

beforeAll(async () => {
  [t, zalo] = await Promise.all([
    createTestApp(),
    startFakeZalo({
      accessToken: TOKEN,
      templates: { '301001': ZNS_PARAMS['dossier.received'], '301003': ZNS_PARAMS['dossier.apology'] },
    }),
  ]);
});
afterAll(() => zalo?.close());

let now: Date;
beforeEach(async () => {
  await t.ctx.db.delete(outbox);
  zalo.accepted.length = 0;
  zalo.exchanges.length = 0;
  now = new Date('2025-07-01T01:00:00Z');
  t.setNow(now);
});

const sender = (token = TOKEN) =>
  createZaloSender({ baseUrl: `${zalo.url}/`, accessToken: token, templates: TEMPLATES });
const apology = {
  code: 'H01.39-250701-0007',
  procedure: 'Đăng ký khai sinh',
  oldDueAt: '2025-07-15T09:30:00Z',
  newDueAt: '2025-07-18T02:00:00Z',
  reason: 'Cần xác minh thêm thông tin hộ tịch',
  lookupUrl: 'https://motcua.hoabinh.gov.vn/tra-cuu/H01.39-250701-0007',
  name: 'Lê Văn Tâm',
};
async function row(dedupeKey: string) {
  const [r] = await t.ctx.db.select().from(outbox).where(eq(outbox.dedupeKey, dedupeKey));
  return r!;
}

describe('Zalo ZNS (fake server following the documented API)', () => {
  it('sends the template id and its parameters to the normalised phone', async () => {
    await enqueue(
      t.ctx.db,
      {
        channel: 'zalo',
        recipient: '+84 912 345 678',
        template: 'dossier.apology',
        payload: apology,
        dedupeKey: 'a:1',
      },
      now,
    );
    expect(await runOutboxOnce(t.ctx, [sender()])).toMatchObject({ sent: 1 });
    expect(zalo.accepted).toHaveLength(1);
    const [sent] = zalo.accepted;
    expect(sent).toMatchObject({
      phone: '84912345678',
      template_id: '301003',
      template_data: {
        ten_khach_hang: 'Lê Văn Tâm',
        ma_ho_so: 'H01.39-250701-0007',
        ngay_hen_cu: '15/07/2025 16:30',
        ngay_hen_moi: '18/07/2025 09:00',
        ly_do: 'Cần xác minh thêm thông tin hộ tịch',
      },
    });
    const request = zalo.exchanges[0]!.request;
    expect(request.path).toBe(ZALO_DOCUMENTED_PATH);
    expect(request.headers.access_token).toBe(TOKEN);
    const r = await row('a:1');
    expect(r).toMatchObject({ status: 'sent', providerId: sent!.msgId });
    expect(sent!.tracking_id).toMatch(/^hailong-\d+-/);
  });

  it('the fake rejects a missing or wrong access token with -124; the message waits for a renewed token', async () => {
    await enqueue(
      t.ctx.db,
      {
        channel: 'zalo',
        recipient: '0912345678',
        template: 'dossier.apology',
        payload: apology,
        dedupeKey: 'a:2',
      },
      now,
    );
    expect(await runOutboxOnce(t.ctx, [sender('expired-token')], { random: () => 0.5 })).toMatchObject({
      retried: 1,
    });
    expect(zalo.exchanges[0]!.answer).toEqual({
      status: 200,
      body: { error: -124, message: 'Access token is invalid' },
    });
    const waiting = await row('a:2');
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting.lastError).toBe('Zalo ZNS từ chối tin nhắn: mã -124 (Access token is invalid)');
    expect(waiting.nextAttemptAt.getTime() - now.getTime()).toBe(60_000);

    // No token at all.
    const bare = await fetch(`${zalo.url}${ZALO_DOCUMENTED_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        phone: '84912345678',
        template_id: '301003',
        template_data: {},
        tracking_id: 'x',
      }),
    });
    expect(await bare.json()).toEqual({ error: -124, message: 'Access token is invalid' });

    // The token is renewed (a new sender after restart): the message goes out.
    now = new Date(now.getTime() + 60_000);
    t.setNow(now);
    expect(await runOutboxOnce(t.ctx, [sender()])).toMatchObject({ sent: 1 });
    expect(zalo.accepted).toHaveLength(1);
  });

  it('the fake rejects a phone sent raw as 0xxxxxxxxx with -108, and the message fails', async () => {
    const msg: OutgoingMessage = {
      id: 1,
      channel: 'zalo',
      recipient: '0912345678',
      template: 'dossier.apology',
      payload: apology,
      idempotencyKey: 'hailong-1-z',
    };
    await expect(sender().send(msg)).rejects.toMatchObject({
      name: 'SendError',
      permanent: true,
      providerCode: '-108',
      message: 'Zalo ZNS từ chối tin nhắn: mã -108 (Phone number invalid)',
    });
    expect(zalo.accepted).toHaveLength(0);
  });

  it('the fake checks template ids and parameters (-109, -111, -112)', async () => {
    const send = (body: Record<string, unknown>) =>
      fetch(`${zalo.url}${ZALO_DOCUMENTED_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', access_token: TOKEN },
        body: JSON.stringify({ phone: '84912345678', tracking_id: 't1', ...body }),
      }).then((r) => r.json());
    const data = {
      ten_khach_hang: 'A',
      ma_ho_so: 'B',
      ten_thu_tuc: 'C',
      ngay_hen_tra: '01/07/2025 08:00',
      link_tra_cuu: 'https://x.vn',
    };
    expect(await send({ template_id: 301001, template_data: data })).toMatchObject({ error: -109 });
    expect(await send({ template_id: '999', template_data: data })).toMatchObject({ error: -109 });
    expect(await send({ template_id: '301001', template_data: {} })).toMatchObject({ error: -111 });
    expect(
      await send({ template_id: '301001', template_data: { ...data, ma_ho_so: undefined } }),
    ).toMatchObject({
      error: -112,
    });
    expect(
      await send({ template_id: '301001', template_data: { ...data, ma_ho_so: 'x'.repeat(31) } }),
    ).toMatchObject({
      error: -112,
    });
    expect(await send({ template_id: '301001', template_data: data })).toMatchObject({ error: 0 });
  });

  it('retries when the quota is used up (-115)', async () => {
    await enqueue(
      t.ctx.db,
      {
        channel: 'zalo',
        recipient: '0912345678',
        template: 'dossier.apology',
        payload: apology,
        dedupeKey: 'a:3',
      },
      now,
    );
    zalo.failNext(-115, 'Out of quota');
    expect(await runOutboxOnce(t.ctx, [sender()])).toMatchObject({ retried: 1 });
    expect(await row('a:3')).toMatchObject({ status: 'pending' });
  });

  it('a template without a registered ZNS template id is not sent and waits', async () => {
    await enqueue(
      t.ctx.db,
      {
        channel: 'zalo',
        recipient: '0912345678',
        template: 'feedback.answered',
        payload: { code: 'PA-1', url: 'https://motcua.hoabinh.gov.vn/phan-anh/PA-1' },
        dedupeKey: 'fb:1',
      },
      now,
    );
    expect(await runOutboxOnce(t.ctx, [sender()])).toMatchObject({ claimed: 0 });
    expect(zalo.exchanges).toHaveLength(0);
    expect(await row('fb:1')).toMatchObject({
      status: 'pending',
      lastError: `${NOT_CONFIGURED} cho mẫu feedback.answered`,
    });
  });
});
