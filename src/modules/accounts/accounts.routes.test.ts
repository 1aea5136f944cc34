import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildTwoUnitTree, buildUser, TEST_PASSWORD } from '../../../test/factories.ts';

const t = await createTestApp();
let tree: Awaited<ReturnType<typeof buildTwoUnitTree>>;
let adminA: Session;

beforeAll(async () => {
  tree = await buildTwoUnitTree(t.ctx);
  adminA = await login(t.app, tree.adminA.username, tree.adminA.password);
});

const loginReq = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });

/** A login from a given client address (what the server reads from the socket). */
const loginFrom = (address: string, username: string, password: string) =>
  t.app.request(
    '/api/v1/auth/login',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    },
    { incoming: { socket: { remoteAddress: address, remotePort: 40000, remoteFamily: 'IPv4' } } },
  );

describe('login and sessions', () => {
  it('sets an httpOnly SameSite session cookie and returns the user and a CSRF token', async () => {
    const res = await loginReq('Admin.A', TEST_PASSWORD); // usernames are case-insensitive
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^hl_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const body = await res.json();
    expect(body.user).toMatchObject({ username: 'admin.a', role: 'admin', unitCode: 'A', unitName: 'Xã An' });
    expect(body.csrfToken.length).toBeGreaterThan(20);
    const me = await call(t.app, adminA, 'GET', '/api/v1/auth/me');
    expect((await me.json()).user.username).toBe('admin.a');
  });

  it('answers the same Vietnamese error for a wrong password and an unknown user', async () => {
    const wrong = await loginReq('admin.b', 'sai-mat-khau');
    const unknown = await loginReq('khong.co', 'sai-mat-khau');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrong.json()).error).toEqual((await unknown.json()).error);
  });

  it('slows an address that keeps failing on an account: 1 s, 2 s, 4 s … as 429 with Retry-After', async () => {
    await buildUser(t.ctx, { unitCode: 'B', username: 'target.user' });
    const start = new Date('2026-06-01T01:00:00Z');
    t.setNow(start);
    const attacker = '198.51.100.7';
    for (let i = 0; i < 3; i++)
      expect((await loginFrom(attacker, 'target.user', `sai-${i}`)).status).toBe(401);
    // The fourth try at once, even with the right password, waits 1 s.
    const blocked = await loginFrom(attacker, 'target.user', TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('1');
    const body = await blocked.json();
    expect(body.error).toEqual({
      code: 'LOGIN_THROTTLED',
      message: 'Đăng nhập sai nhiều lần. Vui lòng thử lại sau 1 giây.',
      details: { retryAfterSeconds: 1 },
    });
    t.setNow(new Date(start.getTime() + 1000));
    expect((await loginFrom(attacker, 'target.user', 'sai-3')).status).toBe(401);
    // Four failures: 2 s; five: 4 s.
    const second = await loginFrom(attacker, 'target.user', 'sai-4');
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('2');
    t.setNow(new Date(start.getTime() + 3000));
    expect((await loginFrom(attacker, 'target.user', 'sai-5')).status).toBe(401);
    expect((await loginFrom(attacker, 'target.user', 'sai-6')).headers.get('retry-after')).toBe('4');
    // The owner, from another address, is not locked out.
    expect((await loginFrom('203.0.113.20', 'target.user', TEST_PASSWORD)).status).toBe(200);
    // The attacker's address, once its delay has passed, may try again (and the right password works).
    t.setNow(new Date(start.getTime() + 7000));
    expect((await loginFrom(attacker, 'target.user', TEST_PASSWORD)).status).toBe(200);
    t.setNow(new Date());
  });

  it('caps the delay at 15 minutes, never a lockout', async () => {
    await buildUser(t.ctx, { unitCode: 'B', username: 'capped.user' });
    const attacker = '198.51.100.8';
    let now = new Date('2026-06-02T01:00:00Z').getTime();
    const waits: number[] = [];
    for (let i = 0; i < 40 && waits.at(-1) !== 15 * 60; i++) {
      t.setNow(new Date(now));
      const res = await loginFrom(attacker, 'capped.user', `sai-${i}`);
      if (res.status === 429) {
        waits.push(Number(res.headers.get('retry-after')));
        now += waits.at(-1)! * 1000;
      } else expect(res.status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900]);
    t.setNow(new Date(now));
    expect((await loginFrom(attacker, 'capped.user', 'sai-nua')).status).toBe(401);
    expect((await loginFrom(attacker, 'capped.user', TEST_PASSWORD)).headers.get('retry-after')).toBe('900');
    t.setNow(new Date(now + 900 * 1000));
    expect((await loginFrom(attacker, 'capped.user', TEST_PASSWORD)).status).toBe(200);
    t.setNow(new Date());
  });

  it('slows one address that tries many accounts', async () => {
    const sprayer = '198.51.100.9';
    t.setNow(new Date('2026-06-03T01:00:00Z'));
    for (let i = 0; i < 20; i++)
      expect((await loginFrom(sprayer, `nguoi.${i}`, 'Mat-khau-pho-bien')).status).toBe(401);
    const res = await loginFrom(sprayer, 'nguoi.20', 'Mat-khau-pho-bien');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect((await loginFrom('203.0.113.21', 'admin.b', TEST_PASSWORD)).status).toBe(200);
    // An hour later the address (a shared office, say) starts afresh.
    t.setNow(new Date('2026-06-03T02:00:01Z'));
    expect((await loginFrom(sprayer, 'admin.b', TEST_PASSWORD)).status).toBe(200);
    t.setNow(new Date());
  });

  it('counts 32 parallel wrong passwords atomically: only 3 are checked, the rest wait', async () => {
    await buildUser(t.ctx, { unitCode: 'B', username: 'raced.user' });
    t.setNow(new Date('2026-06-04T01:00:00Z'));
    const answers = await Promise.all(
      Array.from({ length: 32 }, (_, i) => loginFrom('198.51.100.10', 'raced.user', `sai-${i}`)),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBe(3);
    expect(statuses.filter((s) => s === 429).length).toBe(29);
    t.setNow(new Date());
  });

  it('refuses a login posted from another site', async () => {
    const res = await loginReq('admin.a', TEST_PASSWORD, {
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('CSRF_FAILED');
  });

  it('ends the session on logout', async () => {
    const session = await login(t.app, tree.adminB.username, tree.adminB.password);
    expect((await call(t.app, session, 'POST', '/api/v1/auth/logout')).status).toBe(204);
    expect((await call(t.app, session, 'GET', '/api/v1/auth/me')).status).toBe(401);
  });

  it('changes the password, logs out other sessions, and refuses weak or wrong ones', async () => {
    const { username } = await buildUser(t.ctx, { unitCode: 'A', username: 'changer' });
    const first = await login(t.app, username, TEST_PASSWORD);
    const second = await login(t.app, username, TEST_PASSWORD);
    const wrong = await call(t.app, first, 'POST', '/api/v1/auth/password', {
      currentPassword: 'x',
      newPassword: 'Mot-mat-khau-moi',
    });
    expect((await wrong.json()).error.code).toBe('PASSWORD_WRONG');
    const weak = await call(t.app, first, 'POST', '/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'abc',
    });
    expect((await weak.json()).error).toMatchObject({
      code: 'PASSWORD_WEAK',
      message: 'Mật khẩu cần ít nhất 8 ký tự.',
    });
    const ok = await call(t.app, first, 'POST', '/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Mot-mat-khau-moi',
    });
    expect(ok.status).toBe(204);
    // Every old session ends, the one that made the change too; it gets a fresh session instead.
    expect((await call(t.app, first, 'GET', '/api/v1/auth/me')).status).toBe(401);
    expect((await call(t.app, second, 'GET', '/api/v1/auth/me')).status).toBe(401);
    const renewed = { headers: { cookie: ok.headers.get('set-cookie')!.split(';')[0]! } };
    expect(renewed.headers.cookie).not.toBe(first.headers.cookie);
    expect((await call(t.app, renewed, 'GET', '/api/v1/auth/me')).status).toBe(200);
    expect((await loginReq(username, 'Mot-mat-khau-moi')).status).toBe(200);
  });

  it('revokes every API token of a user who changes their password', async () => {
    const { username } = await buildUser(t.ctx, { unitCode: 'A', username: 'token.changer' });
    const session = await login(t.app, username, TEST_PASSWORD);
    const created = await call(t.app, session, 'POST', '/api/v1/tokens', { name: 'Kịch bản báo cáo' });
    const { token } = await created.json();
    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.request('/api/v1/auth/me', { headers: bearer })).status).toBe(200);
    const changed = await call(t.app, session, 'POST', '/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Mot-mat-khau-moi-2',
    });
    expect(changed.status).toBe(204);
    expect((await t.app.request('/api/v1/auth/me', { headers: bearer })).status).toBe(401);
  });

  it('revokes every session and API token of a user whose password an admin resets', async () => {
    const { username } = await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'reset.me' });
    const session = await login(t.app, username, TEST_PASSWORD);
    const other = await login(t.app, username, TEST_PASSWORD);
    const { token } = await (
      await call(t.app, session, 'POST', '/api/v1/tokens', { name: 'Máy quầy' })
    ).json();
    const bearer = { authorization: `Bearer ${token}` };
    const { users } = await (await call(t.app, adminA, 'GET', '/api/v1/users')).json();
    const id = users.find((u: { username: string }) => u.username === username).id;
    const reset = await call(t.app, adminA, 'PATCH', `/api/v1/users/${id}`, {
      password: 'Mat-khau-dat-lai-1',
    });
    expect(reset.status).toBe(200);
    expect((await call(t.app, session, 'GET', '/api/v1/auth/me')).status).toBe(401);
    expect((await call(t.app, other, 'GET', '/api/v1/auth/me')).status).toBe(401);
    expect((await t.app.request('/api/v1/auth/me', { headers: bearer })).status).toBe(401);
    const renewed = await login(t.app, username, 'Mat-khau-dat-lai-1');
    const { tokens } = await (await call(t.app, renewed, 'GET', '/api/v1/tokens')).json();
    expect(tokens.map((x: { revokedAt: string | null }) => x.revokedAt === null)).toEqual([false]);
  });

  it('stores passwords as argon2id hashes, never in clear', async () => {
    const rows = await t.ctx.db.query.users.findMany();
    expect(rows.every((u) => u.passwordHash.startsWith('$argon2id$'))).toBe(true);
  });
});

describe('API tokens', () => {
  it('lets a machine client call the API with a bearer token, without CSRF, until revoked', async () => {
    const created = await call(t.app, adminA, 'POST', '/api/v1/tokens', { name: 'Cổng dịch vụ công' });
    expect(created.status).toBe(201);
    const { token, id, prefix } = await created.json();
    expect(token).toMatch(/^hl_/);
    expect(token.startsWith(prefix)).toBe(true);
    const bearer = { authorization: `Bearer ${token}` };
    const list = await t.app.request('/api/v1/units', { headers: bearer });
    expect(list.status).toBe(200);
    const write = await t.app.request('/api/v1/units', {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'A-API', name: 'Tạo qua API', type: 'ward', parentCode: 'A' }),
    });
    expect(write.status).toBe(201);
    const stored = await t.ctx.db.query.apiTokens.findFirst();
    expect(stored?.tokenHash).not.toContain(token.slice(3));
    expect((await call(t.app, adminA, 'DELETE', `/api/v1/tokens/${id}`)).status).toBe(204);
    expect((await t.app.request('/api/v1/units', { headers: bearer })).status).toBe(401);
  });
});

describe('users', () => {
  it("creates a user in a unit of the admin's subtree, and lists only users of that subtree", async () => {
    const res = await call(t.app, adminA, 'POST', '/api/v1/users', {
      username: 'officer.a',
      displayName: 'Nguyễn Văn Một',
      password: 'Mat-khau-cua-mot',
      role: 'officer',
      unitCode: 'A',
    });
    expect(res.status).toBe(201);
    const { users } = await (await call(t.app, adminA, 'GET', '/api/v1/users')).json();
    expect(users.map((u: { unitCode: string }) => u.unitCode).every((c: string) => c.startsWith('A'))).toBe(
      true,
    );
    expect(users.map((u: { username: string }) => u.username)).toContain('officer.a');
  });

  it('refuses a duplicate username and an unknown role with clear errors', async () => {
    const dup = await call(t.app, adminA, 'POST', '/api/v1/users', {
      username: 'admin.a',
      displayName: 'X',
      password: 'Mat-khau-dai-2025',
      role: 'officer',
      unitCode: 'A',
    });
    expect(dup.status).toBe(409);
    expect((await dup.json()).error.message).toBe('Tên đăng nhập "admin.a" đã có người dùng.');
    const role = await call(t.app, adminA, 'POST', '/api/v1/users', {
      username: 'x.y',
      displayName: 'X',
      password: 'Mat-khau-dai-2025',
      role: 'boss',
      unitCode: 'A',
    });
    expect(role.status).toBe(400);
    expect((await role.json()).error.details.fields[0].field).toBe('role');
  });

  it('locks a user out at once when an admin deactivates them', async () => {
    const { username } = await buildUser(t.ctx, { unitCode: 'A', role: 'viewer', username: 'leaving' });
    const session = await login(t.app, username, TEST_PASSWORD);
    const { users } = await (await call(t.app, adminA, 'GET', '/api/v1/users')).json();
    const id = users.find((u: { username: string }) => u.username === 'leaving').id;
    expect((await call(t.app, adminA, 'PATCH', `/api/v1/users/${id}`, { active: false })).status).toBe(200);
    expect((await call(t.app, session, 'GET', '/api/v1/units')).status).toBe(401);
    expect((await loginReq(username, TEST_PASSWORD)).status).toBe(401);
  });

  it('gives roles without user management 403', async () => {
    const { username } = await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'desk.officer' });
    const officer = await login(t.app, username, TEST_PASSWORD);
    expect((await call(t.app, officer, 'GET', '/api/v1/users')).status).toBe(403);
    expect(
      (
        await call(t.app, officer, 'POST', '/api/v1/units', {
          code: 'A-X',
          name: 'X',
          type: 'ward',
          parentCode: 'A',
        })
      ).status,
    ).toBe(403);
  });
});
