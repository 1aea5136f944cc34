import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../http/env.ts';
import { jsonRoutes } from '../../http/json-route.ts';
import { ErrorBody, errors, json, jsonBody, validationHook } from '../../http/openapi.ts';
import { requireActor, sameOriginOnly } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import { presentRoles } from './accounts.present.ts';
import * as s from './accounts.schema.ts';
import * as service from './accounts.service.ts';

const authTags = ['Đăng nhập (auth)'];
const userTags = ['Người dùng (users)'];
const kioskTags = ['Máy tại quầy (kiosk)'];
export const SESSION_COOKIE = 'hl_session';

export function accountsRoutes(ctx: AppContext, options: { cookieSecure: boolean }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const setSessionCookie = (c: Context<AppEnv>, token: string) =>
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: options.cookieSecure,
      path: '/',
      maxAge: service.SESSION_HOURS * 3600,
    });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/login',
      tags: authTags,
      summary: 'Đăng nhập bằng mật khẩu; đặt cookie phiên (httpOnly, SameSite)',
      'x-hailong-access': 'public',
      request: { body: jsonBody(s.LoginBody) },
      responses: {
        200: json(s.Session, 'Đăng nhập thành công'),
        ...errors,
        429: json(ErrorBody, 'Đăng nhập sai nhiều lần: chờ Retry-After giây rồi thử lại'),
      },
    }),
    async (c) => {
      sameOriginOnly(c);
      const { username, password } = c.req.valid('json');
      const session = await service.login(ctx, username, password, c.get('clientAddress'));
      setSessionCookie(c, session.token);
      return c.json({ user: session.user, csrfToken: session.csrfToken }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/logout',
      tags: authTags,
      summary: 'Đăng xuất',
      'x-hailong-access': 'self',
      responses: { 204: { description: 'Đã đăng xuất' }, ...errors },
    }),
    async (c) => {
      const token = c.get('sessionToken');
      if (token) await service.logout(ctx, token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/me',
      tags: authTags,
      summary: 'Người dùng hiện tại và mã CSRF của phiên',
      'x-hailong-access': 'self',
      responses: { 200: json(s.Session, 'Phiên hiện tại'), ...errors },
    }),
    async (c) => {
      const user = await service.currentUser(ctx, requireActor(c));
      return c.json({ user, csrfToken: c.get('csrfToken') ?? '' }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/password',
      tags: authTags,
      summary:
        'Đổi mật khẩu: mọi phiên và mọi khoá API của người dùng bị thu hồi; phiên đang dùng được cấp cookie mới',
      'x-hailong-access': 'self',
      request: { body: jsonBody(s.ChangePasswordBody) },
      responses: { 204: { description: 'Đã đổi mật khẩu' }, ...errors },
    }),
    async (c) => {
      const { currentPassword, newPassword } = c.req.valid('json');
      const renewed = await service.changePassword(
        ctx,
        requireActor(c),
        c.get('sessionToken'),
        currentPassword,
        newPassword,
      );
      if (renewed) setSessionCookie(c, renewed.token);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/verify-password',
      tags: authTags,
      summary:
        'Nhập lại mật khẩu của người đang đăng nhập (rời hoặc gỡ gắn máy tại quầy); hạn chế và đếm như đăng nhập, sai thì ghi nhật ký',
      'x-hailong-access': 'self',
      request: { body: jsonBody(s.VerifyPasswordBody) },
      responses: {
        204: { description: 'Mật khẩu đúng' },
        ...errors,
        429: json(ErrorBody, 'Sai nhiều lần: chờ Retry-After giây rồi thử lại'),
      },
    }),
    async (c) => {
      const { password, purpose } = c.req.valid('json');
      await service.recheckPassword(ctx, requireActor(c), password, purpose, c.get('clientAddress'));
      return c.body(null, 204);
    },
  );

  const kioskRoute = jsonRoutes(app, kioskTags);
  kioskRoute(
    {
      method: 'post',
      path: '/kiosk/bind',
      summary:
        'Gắn trình duyệt này với máy tại quầy của một đơn vị: mã ký bằng khoá bí mật của máy chủ, trình duyệt lưu giữ',
      body: s.KioskBindBody,
      status: 201,
      response: s.KioskBound,
      description: 'Mã gắn thiết bị',
    },
    (actor, { json }) => service.bindKiosk(ctx, actor, json),
  );
  kioskRoute(
    {
      method: 'post',
      path: '/kiosk/check',
      summary: 'Kiểm tra mã gắn thiết bị khi mở máy tại quầy: đơn vị, chế độ, ai gắn và khi nào',
      body: s.KioskCheckBody,
      response: s.KioskBinding,
      description: 'Thiết bị được gắn với',
    },
    (actor, { json }) => service.checkKiosk(ctx, actor, json.token),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/roles',
      tags: userTags,
      summary: 'Các vai trò và tên hiển thị',
      'x-hailong-access': 'public',
      responses: {
        200: json(s.RoleList, 'Vai trò'),
      },
    }),
    (c) => c.json(presentRoles(), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/users',
      tags: userTags,
      summary: 'Người dùng trong phạm vi đơn vị',
      'x-hailong-access': 'scoped',
      request: { query: s.UserListQuery },
      responses: { 200: json(s.UserList, 'Danh sách người dùng'), ...errors },
    }),
    async (c) =>
      c.json({ users: await service.listUsers(ctx, requireActor(c), c.req.valid('query').unitCode) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/users',
      tags: userTags,
      summary: 'Tạo người dùng trong một đơn vị thuộc phạm vi',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.CreateUserBody) },
      responses: { 201: json(s.User, 'Người dùng vừa tạo'), ...errors },
    }),
    async (c) => c.json(await service.createUser(ctx, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/users/{id}',
      tags: userTags,
      summary:
        'Sửa họ tên, vai trò, đơn vị, khoá/mở hoặc đặt lại mật khẩu (đặt lại: mọi phiên và khoá API của người đó bị thu hồi)',
      'x-hailong-access': 'scoped',
      request: { params: s.UserIdParam, body: jsonBody(s.UpdateUserBody) },
      responses: { 200: json(s.User, 'Người dùng sau khi sửa'), ...errors },
    }),
    async (c) =>
      c.json(
        await service.updateUser(ctx, requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tokens',
      tags: userTags,
      summary: 'Khoá API của tôi',
      'x-hailong-access': 'self',
      responses: { 200: json(s.ApiTokenList, 'Khoá API'), ...errors },
    }),
    async (c) => c.json({ tokens: await service.listApiTokens(ctx, requireActor(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tokens',
      tags: userTags,
      summary: 'Tạo khoá API cho hệ thống khác (chỉ hiện một lần)',
      'x-hailong-access': 'self',
      request: { body: jsonBody(s.CreateTokenBody) },
      responses: { 201: json(s.CreatedToken, 'Khoá vừa tạo'), ...errors },
    }),
    async (c) => c.json(await service.createApiToken(ctx, requireActor(c), c.req.valid('json').name), 201),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/tokens/{id}',
      tags: userTags,
      summary: 'Thu hồi khoá API',
      'x-hailong-access': 'self',
      request: { params: s.UserIdParam },
      responses: { 204: { description: 'Đã thu hồi' }, ...errors },
    }),
    async (c) => {
      await service.revokeApiToken(ctx, requireActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  return app;
}
