import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../../test/app.ts';
import { buildUnit, buildUser } from '../../../../test/factories.ts';
import { buildSurveyOf } from '../../../../test/survey-factories.ts';
import { fetchForm, postResponse, solveProof, submitAsCitizen } from '../../../../test/survey-public.ts';
import { queryRows } from '../../../db/rows.ts';
import { DEFAULT_FORM_GUARD, formGuard } from './form-guard.ts';

/**
 * The public form against stuffing (issue #9, item 2): a server-issued device token, a proof of
 * work, rate limits per address and unit, and bursts held for a person to decide.
 */
const t = await createTestApp();
let leader: Session;
let surveyor: Session;
let admin: Session;
const start = new Date('2026-03-02T08:00:00+07:00');
const at = (ms: number) => new Date(start.getTime() + ms);
const json = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;
const answers = { 'C1.1': 3, 'C1.2': 3 };
const bad = { 'C1.1': 1, 'C1.2': 1 };

interface UnitRow {
  unit: string;
  responses: number;
  held?: number;
  excluded: number;
  overall: { index: number | null };
}
async function indexOf(unit: string): Promise<UnitRow> {
  const res = await call(
    t.app,
    leader,
    'GET',
    `/api/v1/surveys/index?questionnaire=KH-UBND-XA&period=2026&unit=${unit}`,
  );
  const table = await json<{ units: UnitRow[] }>(res);
  return table.units.find((u) => u.unit === unit)!;
}
/** The same token with its unit id changed: the signature no longer matches. */
function otherUnitId(token: string) {
  const parts = token.split('.');
  parts[1] = String(Number(parts[1]) + 1);
  return parts.join('.');
}
const errorOf = async (res: Response) =>
  (await json<{ error: { code: string; message: string; details: Record<string, unknown> } }>(res)).error;

beforeAll(async () => {
  // An easy proof of work keeps the file quick; verification is the real one.
  formGuard(t.ctx, { powMaxNumber: 2000 });
  t.setNow(start);
  await buildUnit(t.ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
  for (const code of ['P1', 'P2', 'P3', 'P4', 'P5']) {
    await buildUnit(t.ctx, { code, name: `Phường ${code}`, parentCode: 'T' });
    await buildSurveyOf(t.ctx, code);
  }
  await buildUser(t.ctx, { unitCode: 'T', role: 'leader', username: 'leader.t' });
  await buildUser(t.ctx, { unitCode: 'P1', role: 'surveyor', username: 'surveyor.p1' });
  await buildUser(t.ctx, { unitCode: 'T', username: 'admin.t' });
  admin = await login(t.app, 'admin.t', 'Mat-khau-thu-2025');
  leader = await login(t.app, 'leader.t', 'Mat-khau-thu-2025');
  surveyor = await login(t.app, 'surveyor.p1', 'Mat-khau-thu-2025');
});

describe('the device token is issued by the server', () => {
  it('refuses a missing, client-chosen, forged, expired or other unit’s token, in Vietnamese', async () => {
    const form = await fetchForm(t.app, 'P1', '198.51.100.1');
    const proof = await solveProof(form);
    const send = (deviceToken?: string) =>
      postResponse(t.app, 'P1', { answers, consent: true, deviceToken, proof }, '198.51.100.1');

    for (const [token, reason] of [
      [undefined, 'missing'],
      ['random-device-0001', 'forged'],
      [`${form.deviceToken.slice(0, -2)}xx`, 'forged'],
      [otherUnitId(form.deviceToken), 'forged'],
    ] as const) {
      const res = await send(token);
      expect(res.status).toBe(403);
      const error = await errorOf(res);
      expect(error).toMatchObject({ code: 'FORM_TOKEN_INVALID', details: { reason } });
      expect(error.message).toContain('Vui lòng');
    }

    const other = await fetchForm(t.app, 'P2', '198.51.100.1');
    expect(await errorOf(await send(other.deviceToken))).toMatchObject({ details: { reason: 'other_unit' } });

    t.setNow(at(2 * 60 * 60_000 + 1000));
    const late = await send(form.deviceToken);
    expect(await errorOf(late)).toMatchObject({ code: 'FORM_TOKEN_INVALID', details: { reason: 'expired' } });
    t.setNow(start);

    expect((await send(form.deviceToken)).status).toBe(201);
    // One response per token: the same token again is a duplicate, whatever the proof.
    expect((await errorOf(await send(form.deviceToken))).code).toBe('DUPLICATE_RESPONSE');
  });
});

describe('the proof of work', () => {
  it('is required, must solve the challenge, and is bound to the form it came with', async () => {
    const form = await fetchForm(t.app, 'P1', '198.51.100.2');
    const send = (proof?: string) =>
      postResponse(
        t.app,
        'P1',
        { answers, consent: true, deviceToken: form.deviceToken, proof },
        '198.51.100.2',
      );
    const missing = await send(undefined);
    expect(missing.status).toBe(403);
    expect(await errorOf(missing)).toMatchObject({
      code: 'PROOF_OF_WORK_FAILED',
      details: { reason: 'missing' },
    });

    const right = JSON.parse(Buffer.from(await solveProof(form), 'base64').toString()) as { number: number };
    const wrong = Buffer.from(JSON.stringify({ ...right, number: right.number + 1 })).toString('base64');
    expect(await errorOf(await send(wrong))).toMatchObject({ details: { reason: 'invalid' } });
    expect(await errorOf(await send('not base64 json'))).toMatchObject({ details: { reason: 'invalid' } });

    const otherForm = await fetchForm(t.app, 'P1', '198.51.100.2');
    expect(await errorOf(await send(await solveProof(otherForm)))).toMatchObject({
      details: { reason: 'other_form' },
    });
    expect((await send(await solveProof(form))).status).toBe(201);
  });

  it('is not asked of the signed-in kiosk or paper entry', async () => {
    const res = await call(t.app, surveyor, 'POST', '/api/v1/surveys/responses', {
      unitCode: 'P1',
      channel: 'kiosk',
      answers,
    });
    expect(res.status).toBe(201);
  });
});

describe('rate limits per address and per unit', () => {
  it('answers 429 with Retry-After over the limit; another address still gets through', async () => {
    formGuard(t.ctx, { perAddress: 3, perUnit: 5 });
    try {
      for (let i = 0; i < 3; i++) {
        expect((await submitAsCitizen(t.app, 'P1', { answers }, { address: '192.0.2.7' })).status).toBe(201);
      }
      const over = await submitAsCitizen(t.app, 'P1', { answers }, { address: '192.0.2.7' });
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBe(600);
      const error = await errorOf(over);
      expect(error).toMatchObject({
        code: 'RATE_LIMITED',
        details: { retryAfterSeconds: 600, scope: 'address' },
      });
      expect(error.message).toContain('Vui lòng thử lại sau 600 giây');

      expect((await submitAsCitizen(t.app, 'P1', { answers }, { address: '192.0.2.8' })).status).toBe(201);
      expect((await submitAsCitizen(t.app, 'P1', { answers }, { address: '192.0.2.9' })).status).toBe(201);
      const unitFull = await submitAsCitizen(t.app, 'P1', { answers }, { address: '192.0.2.10' });
      expect(unitFull.status).toBe(429);
      expect(await errorOf(unitFull)).toMatchObject({ details: { scope: 'unit' } });

      // Ten minutes on, the window has slid past the first submissions.
      t.setNow(at(10 * 60_000 + 1000));
      expect((await submitAsCitizen(t.app, 'P1', { answers }, { address: '192.0.2.7' })).status).toBe(201);
    } finally {
      t.setNow(start);
      formGuard(t.ctx, { ...DEFAULT_FORM_GUARD, powMaxNumber: 2000 });
    }
  });

  it('lets 40 phones on one counter Wi-Fi through within 10 minutes, and every one counts', async () => {
    const before = await indexOf('P2');
    for (let i = 0; i < 40; i++) {
      t.setNow(at(i * 15_000)); // one citizen every 15 s: a busy counter
      const res = await submitAsCitizen(t.app, 'P2', { answers }, { address: '203.0.113.40' });
      expect(res.status).toBe(201);
    }
    t.setNow(start);
    const after = await indexOf('P2');
    expect(after.responses).toBe(before.responses + 40);
    expect(after.held).toBe(0);
  });
});

describe('bursts are held until a person decides', () => {
  it('holds a burst (stored, flagged, shown, counted nowhere); releasing one or the rule’s bulk makes them count', async () => {
    const before = await indexOf('P3');
    // Fifteen low ratings from one address within a minute: the eleventh crosses the line and the
    // whole window is held, the first ten included.
    for (let i = 0; i < 15; i++) {
      t.setNow(at(i * 2000));
      const res = await submitAsCitizen(t.app, 'P3', { answers: bad }, { address: '203.0.113.99' });
      expect(res.status).toBe(201);
    }
    const held = await indexOf('P3');
    expect(held).toMatchObject({ responses: before.responses, held: 15, excluded: 0 });
    expect(held.overall.index).toBe(before.overall.index);

    const review = await json<{
      responses: { id: number; flags: string[]; held: boolean; addressKey: string | null }[];
    }>(await call(t.app, leader, 'GET', '/api/v1/surveys/responses?held=true&unitCode=P3'));
    expect(review.responses).toHaveLength(15);
    expect(review.responses.every((r) => r.held && r.flags.includes('BURST'))).toBe(true);
    const addressKey = review.responses[0]!.addressKey!;
    expect(addressKey).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(review.responses.map((r) => r.addressKey))).toEqual(new Set([addressKey]));

    // A publication drafted now leaves them out and says how many were held.
    const draft = await json<{ id: number }>(
      await call(t.app, admin, 'POST', '/api/v1/surveys/publications', {
        questionnaire: 'KH-UBND-XA',
        period: '2026',
        scopeUnitCode: 'P3',
        title: 'Kết quả P3 (có phiếu tạm giữ)',
      }),
    );
    const snapshot = await json<{ result: { units: UnitRow[] } }>(
      await call(t.app, leader, 'GET', `/api/v1/surveys/publications/${draft.id}`),
    );
    expect(snapshot.result.units.find((u) => u.unit === 'P3')).toMatchObject({
      responses: before.responses,
      held: 15,
    });
    const progress = await json<{ units: { unit: string; held: number; collected: number }[] }>(
      await call(t.app, leader, 'GET', '/api/v1/surveys/waves/W-P3/progress'),
    );
    expect(progress.units.find((u) => u.unit === 'P3')).toMatchObject({
      held: 15,
      collected: before.responses,
    });

    // One by one.
    const one = review.responses[0]!.id;
    const released = await call(t.app, leader, 'POST', `/api/v1/surveys/responses/${one}/release`);
    expect(await json(released)).toEqual({ id: one, held: false });
    expect(await indexOf('P3')).toMatchObject({ responses: before.responses + 1, held: 14 });
    const again = await call(t.app, leader, 'POST', `/api/v1/surveys/responses/${one}/release`);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe('RESPONSE_NOT_HELD');

    // In bulk by rule: same address hash, same time window; exclusion needs a reason.
    const rule = {
      addressKey,
      from: at(0).toISOString(),
      to: at(60_000).toISOString(),
      unitCode: 'P3',
    };
    const noReason = await call(t.app, leader, 'POST', '/api/v1/surveys/responses/held', {
      ...rule,
      action: 'exclude',
    });
    expect(noReason.status).toBe(400);
    const excluded = await json<{ count: number; ids: number[] }>(
      await call(t.app, leader, 'POST', '/api/v1/surveys/responses/held', {
        ...rule,
        action: 'exclude',
        reason: 'Gửi dồn từ một địa chỉ trong một phút',
      }),
    );
    expect(excluded.count).toBe(14);
    expect(await indexOf('P3')).toMatchObject({ responses: before.responses + 1, held: 0, excluded: 14 });

    // A second burst, released in bulk: it counts.
    for (let i = 0; i < 12; i++) {
      t.setNow(at(5 * 60_000 + i * 1000));
      expect((await submitAsCitizen(t.app, 'P3', { answers }, { address: '203.0.113.98' })).status).toBe(201);
    }
    t.setNow(start);
    const second = await json<{ responses: { addressKey: string }[] }>(
      await call(t.app, leader, 'GET', '/api/v1/surveys/responses?held=true&unitCode=P3'),
    );
    expect(second.responses).toHaveLength(12);
    const releasedBulk = await json<{ count: number }>(
      await call(t.app, leader, 'POST', '/api/v1/surveys/responses/held', {
        action: 'release',
        addressKey: second.responses[0]!.addressKey,
        from: at(5 * 60_000).toISOString(),
        to: at(6 * 60_000).toISOString(),
      }),
    );
    expect(releasedBulk.count).toBe(12);
    expect(await indexOf('P3')).toMatchObject({ responses: before.responses + 13, held: 0, excluded: 14 });

    const audit = await queryRows<{ action: string; n: number }>(
      t.ctx.db,
      sql`select action, count(*)::int as n from audit_log where entity_type = 'response' group by action order by action`,
    );
    expect(audit).toEqual([
      { action: 'response.exclude_bulk', n: 1 },
      { action: 'response.release', n: 1 },
      { action: 'response.release_bulk', n: 1 },
    ]);
  });

  it('does not let a released response be held again by a later burst from its address', async () => {
    for (let i = 0; i < 11; i++) {
      t.setNow(at(30 * 60_000 + i * 1000));
      await submitAsCitizen(t.app, 'P4', { answers }, { address: '203.0.113.77' });
    }
    const list = await json<{ responses: { id: number }[] }>(
      await call(t.app, leader, 'GET', '/api/v1/surveys/responses?held=true&unitCode=P4'),
    );
    expect(list.responses).toHaveLength(11);
    const first = list.responses.at(-1)!.id;
    await call(t.app, leader, 'POST', `/api/v1/surveys/responses/${first}/release`);
    t.setNow(at(30 * 60_000 + 20_000));
    await submitAsCitizen(t.app, 'P4', { answers }, { address: '203.0.113.77' });
    t.setNow(start);
    expect(await indexOf('P4')).toMatchObject({ held: 11 });
  });

  it('holds a steady drip too: the 61st response from one address within an hour holds the hour', async () => {
    const before = await indexOf('P5');
    for (let i = 0; i < 60; i++) {
      t.setNow(at(2 * 60 * 60_000 + i * 50_000)); // under the per-minute rule and the rate limit
      const res = await submitAsCitizen(t.app, 'P5', { answers: bad }, { address: '203.0.113.60' });
      expect(res.status).toBe(201);
    }
    expect(await indexOf('P5')).toMatchObject({ responses: before.responses + 60, held: 0 });
    t.setNow(at(2 * 60 * 60_000 + 60 * 50_000));
    await submitAsCitizen(t.app, 'P5', { answers: bad }, { address: '203.0.113.60' });
    t.setNow(start);
    expect(await indexOf('P5')).toMatchObject({ responses: before.responses, held: 61 });
  });
});

describe('the day rule: more than 100 web responses from one address to one unit in a Vietnam day are held', () => {
  // Another day, so the earlier tests' responses are not in it; VN 00:05 on 2026-03-05.
  const dayStart = new Date('2026-03-05T00:00:00+07:00');
  const on = (minutes: number) => new Date(dayStart.getTime() + (5 + minutes) * 60_000);
  beforeAll(async () => {
    for (const code of ['P6', 'P7', 'P8']) {
      await buildUnit(t.ctx, { code, name: `Phường ${code}`, parentCode: 'T' });
      await buildSurveyOf(t.ctx, code);
    }
  });

  it('holds all 101 responses of a day paced under the minute and hour rules; the day window releases them in bulk', async () => {
    const before = await indexOf('P6');
    for (let i = 0; i < 101; i++) {
      t.setNow(on(i * 14)); // one every 14 minutes: 5 an hour, the last at 23:25
      const res = await submitAsCitizen(t.app, 'P6', { answers: bad }, { address: '203.0.113.101' });
      expect(res.status).toBe(201);
    }
    t.setNow(start);
    expect(await indexOf('P6')).toMatchObject({ responses: before.responses, held: 101 });
    const review = await json<{ responses: { held: boolean; flags: string[]; addressKey: string }[] }>(
      await call(t.app, leader, 'GET', '/api/v1/surveys/responses?held=true&unitCode=P6'),
    );
    expect(review.responses).toHaveLength(101);
    expect(review.responses.every((r) => r.flags.includes('BURST'))).toBe(true);

    const released = await json<{ count: number }>(
      await call(t.app, leader, 'POST', '/api/v1/surveys/responses/held', {
        action: 'release',
        addressKey: review.responses[0]!.addressKey,
        from: '2026-03-05T00:00:00+07:00',
        to: '2026-03-05T23:59:59.999+07:00',
        unitCode: 'P6',
      }),
    );
    expect(released.count).toBe(101);
    expect(await indexOf('P6')).toMatchObject({ responses: before.responses + 101, held: 0 });
  });

  it('holds none of 100; another unit’s responses from the same address do not count towards this unit', async () => {
    const before7 = await indexOf('P7');
    const before8 = await indexOf('P8');
    // 100 to P7 and 60 to P8 from one address, interleaved over the day (160 in all, 7 an hour).
    for (let i = 0; i < 160; i++) {
      t.setNow(on(i * 8));
      const unit = i % 8 < 3 ? 'P8' : 'P7';
      const res = await submitAsCitizen(t.app, unit, { answers }, { address: '203.0.113.100' });
      expect(res.status).toBe(201);
    }
    t.setNow(start);
    expect(await indexOf('P7')).toMatchObject({ responses: before7.responses + 100, held: 0 });
    expect(await indexOf('P8')).toMatchObject({ responses: before8.responses + 60, held: 0 });
  });
});
