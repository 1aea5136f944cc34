import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildUnit, buildUser } from '../../../test/factories.ts';
import { vnDateTime } from '../../lib/time.ts';

/** Feedback deadline policies over HTTP: a category chooses one, reception stores it, history keeps it. */
const t = await createTestApp();
const PASSWORD = 'Mat-khau-thu-2025';
let admin: Session;
let officer: Session;
let leader: Session;
const at = (local: string) => new Date(`${local}:00+07:00`);
const json = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;
type Policy = { code: string; line: string; source: { status: string; verified: boolean } };
type Detail = {
  code: string;
  deadlines: { rejectBy: string; transferBy: string; answerBy: string; publishBy: string | null };
  deadlinePolicy: Policy;
  trackingToken: string;
};
type Err = { error: { code: string; details?: { fields?: { field: string }[] } } };

async function clock(local: string) {
  t.setNow(at(local));
  admin = await login(t.app, 'admin.t', PASSWORD);
  officer = await login(t.app, 'officer.a', PASSWORD);
  leader = await login(t.app, 'leader.a', PASSWORD);
}

/** A counter report at unit A in the given category, received now. */
const counter = async (categoryCode: string) => {
  const res = await call(t.app, officer, 'POST', '/api/v1/feedback', {
    channel: 'counter',
    categoryCode,
    unitCode: 'A',
    description: 'Quán ăn lấn chiếm vỉa hè trước chợ, người đi bộ phải xuống lòng đường',
  });
  expect(res.status).toBe(201);
  return json<Detail>(res);
};
const detail = async (code: string) =>
  json<Detail>(await call(t.app, officer, 'GET', `/api/v1/feedback/${code}`));
const local = (iso: string) => vnDateTime(new Date(iso));

beforeAll(async () => {
  t.setNow(at('2026-03-02T09:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'UBND tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An Phú', parentCode: 'T' });
  const people = [
    ['T', 'admin', 'admin.t'],
    ['A', 'officer', 'officer.a'],
    ['A', 'leader', 'leader.a'],
  ] as const;
  for (const [unitCode, role, username] of people) await buildUser(t.ctx, { unitCode, role, username });
  await clock('2026-03-02T09:00');
  // Regulations with the default policy (NĐ 20/2008); urban order with the internal target.
  const categories = [
    { code: 'TTHC', name: 'Thủ tục hành chính' },
    { code: 'TTDT', name: 'Trật tự đô thị', deadlinePolicy: 'noi-bo-do-thi' },
  ];
  for (const c of categories) {
    const res = await call(t.app, admin, 'POST', '/api/v1/feedback/categories', { ...c, unitCode: 'T' });
    expect(res.status).toBe(201);
  }
});

describe('a category’s deadline policy', () => {
  it('defaults to NĐ 20/2008 and is listed with its source; an unknown code is refused whole with a stable code', async () => {
    const cats = await json<{ categories: { code: string; deadlinePolicy: Policy }[] }>(
      await call(t.app, admin, 'GET', '/api/v1/feedback/categories'),
    );
    const byCode = Object.fromEntries(cats.categories.map((c) => [c.code, c.deadlinePolicy.code]));
    expect(byCode).toEqual({ TTHC: 'nd20-2008', TTDT: 'noi-bo-do-thi' });
    const list = await json<{ policies: Policy[] }>(
      await call(t.app, officer, 'GET', '/api/v1/feedback/deadline-policies'),
    );
    expect(list.policies.map((p) => p.code)).toContain('nd20-2008');

    const bad = await call(t.app, admin, 'POST', '/api/v1/feedback/categories', {
      code: 'X',
      name: 'X',
      unitCode: 'T',
      deadlinePolicy: 'nd-khong-co',
    });
    expect(bad.status).toBe(400);
    const err = await json<Err>(bad);
    expect(err.error.code).toBe('DEADLINE_POLICY_UNKNOWN');
    expect(err.error.details?.fields?.[0]?.field).toBe('deadlinePolicy');
    const badPatch = await call(t.app, admin, 'PATCH', '/api/v1/feedback/categories/TTDT', {
      name: 'Đổi tên',
      deadlinePolicy: 'nd-khong-co',
    });
    expect(badPatch.status).toBe(400);
    // Nothing of the refused patch was written.
    const after = await json<{ categories: { code: string; name: string }[] }>(
      await call(t.app, admin, 'GET', '/api/v1/feedback/categories'),
    );
    expect(after.categories.find((c) => c.code === 'TTDT')?.name).toBe('Trật tự đô thị');
    expect((await call(t.app, admin, 'GET', '/api/v1/public/feedback/categories')).status).toBe(200);
  });

  it('gives an item the deadlines of its category’s policy, and a later change of the policy never rewrites it', async () => {
    await clock('2026-03-02T09:00');
    // Monday 2/3/2026 09:00: internal target 1 / 2 / 7 working days, NĐ 20/2008 2 / 5 / 15.
    const urban = await counter('TTDT');
    expect(urban.deadlinePolicy.code).toBe('noi-bo-do-thi');
    expect(urban.deadlinePolicy.line).toContain('mục tiêu nội bộ');
    expect(local(urban.deadlines.rejectBy)).toBe('2026-03-03T09:00');
    expect(local(urban.deadlines.transferBy)).toBe('2026-03-04T09:00');
    expect(local(urban.deadlines.answerBy)).toBe('2026-03-11T09:00');
    const regulation = await counter('TTHC');
    expect(regulation.deadlinePolicy.code).toBe('nd20-2008');
    expect(regulation.deadlinePolicy.line).toContain('20/2008/NĐ-CP');
    expect(local(regulation.deadlines.answerBy)).toBe('2026-03-23T09:00');

    const changed = await call(t.app, admin, 'PATCH', '/api/v1/feedback/categories/TTDT', {
      deadlinePolicy: 'nd20-2008',
    });
    expect(changed.status).toBe(200);
    expect((await json<{ deadlinePolicy: Policy }>(changed)).deadlinePolicy.code).toBe('nd20-2008');

    const old = await detail(urban.code);
    expect(old.deadlinePolicy.code).toBe('noi-bo-do-thi');
    expect(old.deadlines).toEqual(urban.deadlines);
    const fresh = await counter('TTDT');
    expect(fresh.deadlinePolicy.code).toBe('nd20-2008');
    expect(local(fresh.deadlines.answerBy)).toBe('2026-03-23T09:00');

    // The reporter's tracking page says which rule the deadline follows, and that it is an internal target.
    const tracking = await json<{ deadlinePolicy: Policy }>(
      await call(
        t.app,
        null,
        'GET',
        `/api/v1/public/feedback/${urban.code}/tracking?t=${urban.trackingToken}`,
      ),
    );
    expect(tracking.deadlinePolicy.code).toBe('noi-bo-do-thi');
    expect(tracking.deadlinePolicy.source.status).toBe('internal-target');
  });

  it('reopens an item with a new answer deadline of the item’s own policy, not the category’s new one', async () => {
    await clock('2026-03-02T09:00');
    const urban = await counter('TTDT');
    // The category follows NĐ 20/2008 since the last test; this item is received under it.
    expect(urban.deadlinePolicy.code).toBe('nd20-2008');
    await call(t.app, admin, 'PATCH', '/api/v1/feedback/categories/TTDT', {
      deadlinePolicy: 'noi-bo-do-thi',
    });
    const act = (session: Session, action: string, body?: unknown) =>
      call(t.app, session, 'POST', `/api/v1/feedback/${urban.code}/${action}`, body);
    expect((await act(officer, 'accept')).status).toBe(200);
    expect(
      (await act(officer, 'answer', { text: 'Đã kiểm tra, yêu cầu chủ quán dọn dẹp vỉa hè.' })).status,
    ).toBe(200);
    expect((await act(leader, 'approve')).status).toBe(200);
    await clock('2026-03-09T09:00');
    expect((await act(leader, 'reopen', { reason: 'Người dân báo quán vẫn lấn chiếm.' })).status).toBe(200);
    const item = await detail(urban.code);
    expect(item.deadlinePolicy.code).toBe('nd20-2008');
    // 15 working days from Monday 9/3/2026 09:00 (7 would be 18/3).
    expect(local(item.deadlines.answerBy)).toBe('2026-03-30T09:00');
  });
});
