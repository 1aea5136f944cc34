import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app.ts';
import { buildUnit } from '../../../test/factories.ts';
import { buildCategory } from '../../../test/feedback-factories.ts';
import { LOOKUPS_PER_MINUTE } from './tracking.routes.ts';

/**
 * Following a report by its code (issue #12): the code alone says only that the report exists;
 * the check value shown at submission, or the phone or e-mail given with it, opens the reporter's
 * page, read only; a wrong key opens nothing; the reporter's contact never comes back; lookups
 * are limited per address.
 */
const t = await createTestApp();
t.setNow(new Date('2026-12-05T09:00:00+07:00'));
let address = 0;
/** Each test from its own address, so the per-address limit is tested on its own. */
const from = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } });
const nextAddress = () => `10.9.0.${++address}`;

type Received = { code: string; checkValue: string; trackingToken: string };
type Looked = {
  verified: boolean;
  exists?: boolean;
  message?: string;
  factor?: string;
  tracking?: { code: string; status: string; description: string; canRate: boolean; canAddInfo: boolean };
  error?: { code: string; message: string; details: { fields?: { field: string }[] } };
};

async function report(extra: Record<string, unknown>): Promise<Received> {
  const res = await t.app.request(
    '/api/v1/public/feedback',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        categoryCode: 'CAT-L',
        unitCode: 'L',
        description: 'Cống thoát nước ở đầu hẻm 12 bị tắc, gọi 0912 345 678 nếu cần',
        ...extra,
      }),
    },
    from('10.8.0.1'),
  );
  expect(res.status).toBe(201);
  return (await res.json()) as Received;
}

async function lookup(body: Record<string, unknown>, ip = nextAddress()) {
  const res = await t.app.request(
    '/api/v1/public/feedback/lookup',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    from(ip),
  );
  const text = await res.text();
  return { res, body: JSON.parse(text) as Looked, text };
}

let named: Received;
let anonymous: Received;
beforeAll(async () => {
  await buildUnit(t.ctx, { code: 'L', name: 'UBND phường Lộc Thọ', type: 'ward' });
  await buildCategory(t.ctx, { unitCode: 'L', code: 'CAT-L' });
  named = await report({
    reporter: { name: 'Trần Thị Lan', phone: '0905 123 456', email: 'lan.tran@example.vn' },
    contactConsent: true,
  });
  anonymous = await report({});
});

describe('POST /public/feedback/lookup', () => {
  it('gives every report, the anonymous ones too, a 6-character check value at submission', () => {
    expect(named.checkValue).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(anonymous.checkValue).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(anonymous.checkValue).not.toBe(named.checkValue);
  });

  it('the code alone tells only that the report exists; an unknown code is 404', async () => {
    const r = await lookup({ code: named.code.toLowerCase() });
    expect(r.res.status).toBe(200);
    expect(r.body).toEqual({ verified: false, code: named.code, exists: true, message: expect.any(String) });
    const missing = await lookup({ code: 'PA-20261205-9999', key: named.checkValue });
    expect(missing.res.status).toBe(404);
    expect(missing.body.error?.code).toBe('FEEDBACK_NOT_FOUND');
  });

  it('opens the reporter’s page with the check value, the phone or the e-mail — read only', async () => {
    for (const [key, factor] of [
      [named.checkValue.toLowerCase(), 'check'],
      ['+84 905 123 456', 'phone'],
      ['LAN.TRAN@example.vn', 'email'],
    ] as const) {
      const r = await lookup({ code: named.code, key });
      expect(r.res.status).toBe(200);
      expect(r.body.verified).toBe(true);
      expect(r.body.factor).toBe(factor);
      expect(r.body.tracking).toMatchObject({ code: named.code, status: 'cho_tiep_nhan' });
      expect(r.body.tracking?.canRate).toBe(false);
      expect(r.body.tracking?.canAddInfo).toBe(false);
    }
  });

  it('follows an anonymous report by its check value, and nothing else opens it', async () => {
    expect((await lookup({ code: anonymous.code, key: anonymous.checkValue })).body.verified).toBe(true);
    for (const key of ['0905123456', 'lan.tran@example.vn', named.checkValue]) {
      const r = await lookup({ code: anonymous.code, key });
      expect(r.res.status).toBe(403);
      expect(r.body.error?.code).toBe('FEEDBACK_CHECK_INVALID');
      expect(r.body.error?.details.fields?.[0]?.field).toBe('key');
    }
  });

  it('refuses a wrong key and never sends the reporter’s contact, right key or wrong', async () => {
    for (const key of ['0905123457', 'lan@example.vn', 'ABCDEF', anonymous.checkValue]) {
      const r = await lookup({ code: named.code, key });
      expect(r.res.status).toBe(403);
      expect(r.text).not.toMatch(/Trần Thị Lan|905|lan\.tran/);
    }
    const right = await lookup({ code: named.code, key: named.checkValue });
    // The description's own phone number is masked too: a phone may be known to others.
    expect(right.body.tracking?.description).toContain('***');
    expect(right.text).not.toMatch(/Trần Thị Lan|0905|905 123|lan\.tran|0912 345 678/);
    const existsOnly = await lookup({ code: named.code });
    expect(existsOnly.text).not.toMatch(/Trần|905|lan\.tran|Cống/);
  });

  it(`limits lookups per address (${LOOKUPS_PER_MINUTE} a minute; 429 with Retry-After), without touching another address`, async () => {
    const ip = nextAddress();
    for (let i = 0; i < LOOKUPS_PER_MINUTE; i++) {
      expect((await lookup({ code: named.code, key: `WRONG${i}` }, ip)).res.status).toBe(403);
    }
    const over = await lookup({ code: named.code, key: named.checkValue }, ip);
    expect(over.res.status).toBe(429);
    expect(over.body.error?.code).toBe('RATE_LIMITED');
    expect(Number(over.res.headers.get('Retry-After'))).toBeGreaterThan(0);
    // Even the right key is refused while limited: trying keys in bulk gets nowhere.
    expect(over.text).not.toContain('tracking');
    expect((await lookup({ code: named.code, key: named.checkValue })).res.status).toBe(200);
    t.setNow(new Date('2026-12-05T09:01:01+07:00'));
    expect((await lookup({ code: named.code, key: named.checkValue }, ip)).res.status).toBe(200);
  });
});
