import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildTwoUnitTree, buildUser, TEST_PASSWORD } from '../../../test/factories.ts';
import { signKioskToken } from './kiosk-token.ts';

const t = await createTestApp();
let officer: Session;
let adminA: Session;

beforeAll(async () => {
  await buildTwoUnitTree(t.ctx);
  await buildUser(t.ctx, { unitCode: 'A', username: 'quay.a', role: 'officer' });
  officer = await login(t.app, 'quay.a', TEST_PASSWORD);
  adminA = await login(t.app, 'admin.a', TEST_PASSWORD);
});

/** POST as a session from a given client address (what the server reads from the socket). */
const postFrom = (session: Session, address: string, path: string, body: unknown) =>
  t.app.request(
    path,
    {
      method: 'POST',
      headers: { ...session.headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
    { incoming: { socket: { remoteAddress: address, remotePort: 40000, remoteFamily: 'IPv4' } } },
  );

const recheck = (session: Session, address: string, password: string) =>
  postFrom(session, address, '/api/v1/auth/verify-password', { password, purpose: 'kiosk-exit' });

async function auditActions(entityId: string) {
  const res = await call(t.app, adminA, 'GET', `/api/v1/audit?entityId=${entityId}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { entries: { action: string; data: unknown }[] }).entries;
}

describe('password re-check (leaving a kiosk)', () => {
  it('answers 204 for the right password and 400 PASSWORD_WRONG, audited, for a wrong one', async () => {
    t.setNow(new Date('2026-12-01T02:00:00Z'));
    expect((await recheck(officer, '198.51.100.40', TEST_PASSWORD)).status).toBe(204);
    const wrong = await recheck(officer, '198.51.100.40', 'khong-dung');
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error).toMatchObject({
      code: 'PASSWORD_WRONG',
      message: 'Mật khẩu không đúng.',
    });
    const entries = await auditActions('quay.a');
    expect(entries.map((e) => e.action).slice(0, 2)).toEqual(['user.password_recheck_failed', 'kiosk.exit']);
    expect(entries[0]!.data).toEqual({ purpose: 'kiosk-exit' });
    // The session stays open: a wrong password at the kiosk does not sign the officer out.
    expect((await call(t.app, officer, 'GET', '/api/v1/auth/me')).status).toBe(200);
    t.setNow(new Date());
  });

  it('is throttled like the login, and shares its count with the login form', async () => {
    const start = new Date('2026-12-02T02:00:00Z');
    t.setNow(start);
    const kiosk = '198.51.100.41';
    for (let i = 0; i < 3; i++) expect((await recheck(officer, kiosk, `sai-${i}`)).status).toBe(400);
    const blocked = await recheck(officer, kiosk, TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('1');
    expect((await blocked.json()).error.code).toBe('LOGIN_THROTTLED');
    // The same username from the same address at the login form waits too.
    const viaLogin = await t.app.request(
      '/api/v1/auth/login',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'quay.a', password: TEST_PASSWORD }),
      },
      { incoming: { socket: { remoteAddress: kiosk, remotePort: 40000, remoteFamily: 'IPv4' } } },
    );
    expect(viaLogin.status).toBe(429);
    t.setNow(new Date(start.getTime() + 1000));
    expect((await recheck(officer, kiosk, TEST_PASSWORD)).status).toBe(204);
    t.setNow(new Date());
  });

  it('needs a session and the CSRF token, like every other POST', async () => {
    const anonymous = await t.app.request('/api/v1/auth/verify-password', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: TEST_PASSWORD }),
    });
    expect(anonymous.status).toBe(401);
    const noCsrf = await t.app.request('/api/v1/auth/verify-password', {
      method: 'POST',
      headers: { cookie: officer.headers.cookie!, 'content-type': 'application/json' },
      body: JSON.stringify({ password: TEST_PASSWORD }),
    });
    expect(noCsrf.status).toBe(403);
  });
});

describe('kiosk binding', () => {
  it('signs a token for a unit in scope, and reads it back when the kiosk opens', async () => {
    const res = await call(t.app, officer, 'POST', '/api/v1/kiosk/bind', { unitCode: 'A', mode: 'survey' });
    expect(res.status).toBe(201);
    const bound = await res.json();
    expect(bound).toMatchObject({ unitCode: 'A', unitName: 'Xã An', mode: 'survey', boundBy: 'quay.a' });
    expect(bound.token).toMatch(/^k1\.[\w-]+\.[\w-]+$/);
    const check = await call(t.app, officer, 'POST', '/api/v1/kiosk/check', { token: bound.token });
    expect(check.status).toBe(200);
    expect(await check.json()).toEqual({
      unitCode: 'A',
      unitName: 'Xã An',
      mode: 'survey',
      boundAt: bound.boundAt,
      boundBy: 'quay.a',
    });
    expect((await auditActions('A')).map((e) => e.action)).toContain('kiosk.bind');
  });

  it('refuses a token this server did not sign, and a unit outside the officer’s scope', async () => {
    const forged = signKioskToken('another-installation-secret-0123456789', {
      unitCode: 'A',
      mode: 'survey',
      boundAt: '2026-12-01T00:00:00.000Z',
      boundBy: 'quay.a',
    });
    const res = await call(t.app, officer, 'POST', '/api/v1/kiosk/check', { token: forged });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('KIOSK_BINDING_INVALID');
    const foreign = await call(t.app, officer, 'POST', '/api/v1/kiosk/bind', {
      unitCode: 'B',
      mode: 'survey',
    });
    expect(foreign.status).toBe(403);
  });
});
