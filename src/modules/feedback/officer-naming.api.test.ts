import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildUnit, buildUser, TEST_PASSWORD } from '../../../test/factories.ts';
import { buildCategory, buildFeedbackOf } from '../../../test/feedback-factories.ts';
import { receiveFeedback } from './feedback.service.ts';

/**
 * A complaint about an officer lands on that officer's record, so only an officer of the item's
 * own unit (or a unit above it) can be named, only a leader of the named officer's own unit (or
 * above) can verify it, and the answer never tells whether another unit's username exists.
 */
const t = await createTestApp();
let officerP10: Session;
let leaderP10: Session;
let leaderT: Session;
let officerP09: Session;

type ErrorBody = { error: { code: string; message: string; details: unknown } };
const act = (session: Session, code: string, action: string, body?: unknown) =>
  call(t.app, session, 'POST', `/api/v1/feedback/${code}/${action}`, body);
const item = async (session: Session, code: string) =>
  (await (await call(t.app, session, 'GET', `/api/v1/feedback/${code}`)).json()) as {
    officer: { username: string } | null;
    officerVerified: boolean;
  };
/** A new web report in P10's category. */
const newItemOfP10 = async () =>
  (
    await receiveFeedback(
      t.ctx,
      null,
      {
        channel: 'web',
        categoryCode: 'CAT-P10',
        description: 'Cán bộ tiếp dân có thái độ không đúng mực',
        contactConsent: false,
      },
      { baseUrl: 'http://localhost' },
    )
  ).item.code;

beforeAll(async () => {
  await buildUnit(t.ctx, { code: 'T', name: 'UBND tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'P09', name: 'UBND phường 9', type: 'ward', parentCode: 'T' });
  await buildUnit(t.ctx, { code: 'P10', name: 'UBND phường 10', type: 'ward', parentCode: 'T' });
  await buildUser(t.ctx, { unitCode: 'P10', role: 'officer', username: 'officer.p10' });
  await buildUser(t.ctx, { unitCode: 'P10', role: 'officer', username: 'officer2.p10' });
  await buildUser(t.ctx, { unitCode: 'P10', role: 'leader', username: 'leader.p10' });
  await buildUser(t.ctx, { unitCode: 'P09', role: 'officer', username: 'officer.p09' });
  await buildUser(t.ctx, { unitCode: 'P09', role: 'leader', username: 'leader.p09' });
  await buildUser(t.ctx, { unitCode: 'T', role: 'officer', username: 'officer.t' });
  await buildUser(t.ctx, { unitCode: 'T', role: 'leader', username: 'leader.t' });
  officerP10 = await login(t.app, 'officer.p10', TEST_PASSWORD);
  leaderP10 = await login(t.app, 'leader.p10', TEST_PASSWORD);
  leaderT = await login(t.app, 'leader.t', TEST_PASSWORD);
  officerP09 = await login(t.app, 'officer.p09', TEST_PASSWORD);
  await buildFeedbackOf(t.ctx, 'P09');
  await buildCategory(t.ctx, { unitCode: 'P10' });
});

describe('naming the officer a complaint is about', () => {
  it("names an officer of the item's own unit, and one of a unit above it", async () => {
    const code = await newItemOfP10();
    expect((await act(officerP10, code, 'officer', { username: 'officer2.p10' })).status).toBe(200);
    expect((await item(officerP10, code)).officer).toMatchObject({ username: 'officer2.p10' });
    expect((await act(officerP10, code, 'officer', { username: 'officer.t' })).status).toBe(200);
    expect((await item(officerP10, code)).officer).toMatchObject({ username: 'officer.t' });
  });

  it("refuses another unit's officer with the very answer an unknown username gets", async () => {
    const code = await newItemOfP10();
    const foreign = await act(officerP10, code, 'officer', { username: 'officer.p09' });
    const unknown = await act(officerP10, code, 'officer', { username: 'khong.co.ai' });
    expect(foreign.status).toBe(404);
    expect(unknown.status).toBe(404);
    const foreignBody = (await foreign.json()) as ErrorBody;
    const unknownBody = (await unknown.json()) as ErrorBody;
    expect(foreignBody.error.code).toBe('USER_NOT_FOUND');
    expect(foreignBody.error.message).toBe(
      'Không có cán bộ này ở đơn vị xử lý phản ánh hoặc đơn vị cấp trên.',
    );
    expect(foreignBody.error.details).toEqual({ field: 'username' });
    expect(unknownBody).toEqual(foreignBody);
    expect((await item(officerP10, code)).officer).toBeNull();
  });

  it('tells an officer outside the item nothing about usernames either', async () => {
    const code = await newItemOfP10();
    const existing = await act(officerP09, code, 'officer', { username: 'officer.p10' });
    const unknown = await act(officerP09, code, 'officer', { username: 'khong.co.ai' });
    expect(existing.status).toBe(403);
    expect(await existing.json()).toEqual(await unknown.json());
  });
});

describe('verifying a complaint about an officer', () => {
  it("is done by a leader of the named officer's own unit", async () => {
    const code = await newItemOfP10();
    await act(officerP10, code, 'officer', { username: 'officer2.p10' });
    expect((await act(leaderP10, code, 'officer-verify', { verified: true })).status).toBe(200);
    expect((await item(leaderP10, code)).officerVerified).toBe(true);
  });

  it("is refused to the item's unit leader when the officer belongs to a unit above; that unit's leader may", async () => {
    const code = await newItemOfP10();
    await act(officerP10, code, 'officer', { username: 'officer.t' });
    const refused = await act(leaderP10, code, 'officer-verify', { verified: true });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as ErrorBody).error.message).toBe(
      'Chỉ lãnh đạo đơn vị của cán bộ bị phản ánh (hoặc đơn vị cấp trên) mới xác minh được phản ánh này.',
    );
    expect((await item(leaderP10, code)).officerVerified).toBe(false);
    expect((await act(leaderT, code, 'officer-verify', { verified: true })).status).toBe(200);
    expect((await item(leaderT, code)).officerVerified).toBe(true);
  });
});
