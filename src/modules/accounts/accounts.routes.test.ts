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

  it('throttles a username after 5 failures in 15 minutes, even with the right password', async () => {
    await buildUser(t.ctx, { unitCode: 'B', username: 'target.user' });
    for (let i = 0; i < 5; i++) expect((await loginReq('target.user', `sai-${i}`)).status).toBe(401);
    const blocked = await loginReq('target.user', TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect((await blocked.json()).error.message).toContain('thử lại sau 15 phút');
    t.setNow(new Date(Date.now() + 16 * 60 * 1000));
    expect((await loginReq('target.user', TEST_PASSWORD)).status).toBe(200);
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
    expect((await call(t.app, first, 'GET', '/api/v1/auth/me')).status).toBe(200);
    expect((await call(t.app, second, 'GET', '/api/v1/auth/me')).status).toBe(401);
    expect((await loginReq(username, 'Mot-mat-khau-moi')).status).toBe(200);
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
