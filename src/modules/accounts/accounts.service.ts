import type { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../units/units.service.ts';
import * as errors from './accounts.errors.ts';
import * as repo from './accounts.repo.ts';
import type { CreateUserBody, UpdateUserBody } from './accounts.schema.ts';
import type { Actor } from './actor.ts';
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { authorize, scopePrefix } from './permissions.ts';
import { isRole, type Role } from './roles.ts';
import { keyedHash, randomToken, sha256 } from './secrets.ts';

export const SESSION_HOURS = 12;
/** Throttling: at most this many failed logins in the window, per username and per client. */
const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_USER = 5;
const MAX_FAILURES_PER_CLIENT = 20;

export function actorFromUser(user: repo.UserWithUnit, via: 'session' | 'token'): Actor {
  if (!isRole(user.role)) throw errors.unknownRole(user.role);
  return {
    kind: 'user',
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unitId,
    unitCode: user.unitCode,
    unitPath: user.unitPath,
    via,
  };
}

export function presentCurrentUser(user: repo.UserWithUnit) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role as Role,
    unitCode: user.unitCode,
    unitName: user.unitName,
  };
}

/** Check the password (throttled per username and per client), then open a server-side session. */
export async function login(ctx: AppContext, username: string, password: string, clientAddress: string) {
  const now = ctx.now();
  const clientHash = keyedHash(ctx.secret, clientAddress);
  const since = new Date(now.getTime() - WINDOW_MS);
  const failures = await repo.countRecentFailures(ctx.db, username, clientHash, since);
  if (failures.byUser >= MAX_FAILURES_PER_USER || failures.byClient >= MAX_FAILURES_PER_CLIENT) {
    throw errors.loginThrottled(WINDOW_MS / 1000);
  }
  const user = await repo.findUserByUsername(ctx.db, username);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok || !user.active) {
    await repo.insertFailure(ctx.db, username, clientHash, now);
    throw errors.loginFailed();
  }
  const token = randomToken();
  const csrfToken = randomToken();
  await ctx.db.transaction(async (tx) => {
    await repo.clearFailures(tx, username, since);
    await repo.deleteExpiredSessions(tx, now);
    await repo.insertSession(tx, {
      tokenHash: sha256(token),
      userId: user.id,
      csrfToken,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600 * 1000),
    });
  });
  return { token, csrfToken, user: presentCurrentUser(user) };
}

export async function logout(ctx: AppContext, sessionToken: string): Promise<void> {
  await repo.deleteSession(ctx.db, sha256(sessionToken));
}

/** The user and CSRF token behind a session cookie, or null when it is unknown or expired. */
export async function resolveSession(ctx: AppContext, sessionToken: string) {
  const row = await repo.findSessionUser(ctx.db, sha256(sessionToken), ctx.now());
  if (!row?.active) return null;
  const { csrfToken, ...user } = row;
  return { actor: actorFromUser(user, 'session'), user: presentCurrentUser(user), csrfToken };
}

/** The user behind an API token (`Authorization: Bearer hl_…`), or null. */
export async function resolveApiToken(ctx: AppContext, token: string) {
  const row = await repo.findActiveToken(ctx.db, sha256(token));
  if (!row) return null;
  const user = await repo.findUserById(ctx.db, row.userId);
  if (!user?.active) return null;
  const now = ctx.now();
  // Record use at most once a minute: a busy partner system should not turn reads into writes.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000)
    await repo.touchToken(ctx.db, row.id, now);
  return actorFromUser(user, 'token');
}

export async function changePassword(
  ctx: AppContext,
  actor: Actor,
  sessionToken: string | undefined,
  current: string,
  next: string,
) {
  if (actor.kind !== 'user') throw errors.unauthenticated();
  const user = await repo.findUserById(ctx.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, current))) throw errors.passwordWrong();
  const problem = passwordProblem(next, user.username);
  if (problem) throw errors.passwordWeak(problem);
  const passwordHash = await hashPassword(next);
  await ctx.db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, { passwordHash, passwordChangedAt: ctx.now() });
    // Other sessions of this user end: a changed password must lock out whoever knew the old one.
    await repo.deleteSessionsOfUser(tx, user.id, sessionToken ? sha256(sessionToken) : undefined);
    await recordAudit(
      tx,
      actor,
      { action: 'user.password_change', entityType: 'user', entityId: user.username, unitId: user.unitId },
      ctx.now(),
    );
  });
}

export function presentUser(u: repo.UserWithUnit) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    unitCode: u.unitCode,
    unitName: u.unitName,
    active: u.active,
    email: u.email,
    demo: u.demo,
    createdAt: u.createdAt.toISOString(),
  };
}

export async function listUsers(ctx: AppContext, actor: Actor, unitCode?: string) {
  authorize(actor, 'users.read');
  const prefix = unitCode ? (await requireUnit(ctx, actor, unitCode, 'users.read')).path : scopePrefix(actor);
  return (await repo.listUsers(ctx.db, prefix)).map(presentUser);
}

export async function createUser(
  ctx: AppContext,
  actor: Actor,
  body: z.infer<typeof CreateUserBody>,
  options: { demo?: boolean } = {},
) {
  const unit = await requireUnit(ctx, actor, body.unitCode, 'users.manage');
  const problem = passwordProblem(body.password, body.username);
  if (problem) throw errors.passwordWeak(problem);
  const passwordHash = await hashPassword(body.password);
  return ctx.db.transaction(async (tx) => {
    if (await repo.findUserByUsername(tx, body.username)) throw errors.usernameTaken(body.username);
    const id = await repo.insertUser(tx, {
      username: body.username,
      displayName: body.displayName,
      passwordHash,
      role: body.role,
      unitId: unit.id,
      email: body.email ?? null,
      demo: options.demo ?? false,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'user.create',
        entityType: 'user',
        entityId: body.username,
        unitId: unit.id,
        data: { role: body.role, unitCode: unit.code },
      },
      ctx.now(),
    );
    return presentUser((await repo.findUserById(tx, id))!);
  });
}

export async function updateUser(
  ctx: AppContext,
  actor: Actor,
  id: number,
  patch: z.infer<typeof UpdateUserBody>,
) {
  authorize(actor, 'users.manage');
  const user = await repo.findUserById(ctx.db, id);
  if (!user) throw errors.userNotFound(id);
  authorize(actor, 'users.manage', { path: user.unitPath });
  if (
    actor.kind === 'user' &&
    actor.userId === id &&
    (patch.role || patch.active === false || patch.unitCode)
  ) {
    throw new AppError('FORBIDDEN', 'Không thể tự đổi vai trò, đơn vị hay khoá tài khoản của chính mình.');
  }
  const unit = patch.unitCode ? await requireUnit(ctx, actor, patch.unitCode, 'users.manage') : null;
  if (patch.password) {
    const problem = passwordProblem(patch.password, user.username);
    if (problem) throw errors.passwordWeak(problem);
  }
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  return ctx.db.transaction(async (tx) => {
    await repo.updateUser(tx, id, {
      ...(patch.displayName ? { displayName: patch.displayName } : {}),
      ...(patch.role ? { role: patch.role } : {}),
      ...(unit ? { unitId: unit.id } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
      ...(patch.email !== undefined ? { email: patch.email } : {}),
      ...(passwordHash ? { passwordHash, passwordChangedAt: ctx.now() } : {}),
    });
    if (patch.active === false || passwordHash) await repo.deleteSessionsOfUser(tx, id);
    const { password: _omit, ...logged } = patch;
    await recordAudit(
      tx,
      actor,
      {
        action: 'user.update',
        entityType: 'user',
        entityId: user.username,
        unitId: unit?.id ?? user.unitId,
        data: { ...logged, passwordReset: Boolean(passwordHash) },
      },
      ctx.now(),
    );
    return presentUser((await repo.findUserById(tx, id))!);
  });
}

export async function currentUser(ctx: AppContext, actor: Actor) {
  const user = actor.kind === 'user' ? await repo.findUserById(ctx.db, actor.userId) : undefined;
  if (!user?.active) throw errors.unauthenticated();
  return presentCurrentUser(user);
}

function presentToken(t: Awaited<ReturnType<typeof repo.listTokens>>[number]) {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

/** API tokens act as the user who made them, with the same role and unit scope. */
export async function createApiToken(ctx: AppContext, actor: Actor, name: string) {
  if (actor.kind !== 'user') throw errors.unauthenticated();
  const token = `hl_${randomToken()}`;
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertToken(tx, {
      userId: actor.userId,
      name,
      tokenHash: sha256(token),
      prefix: token.slice(0, 7),
      createdAt: ctx.now(),
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'token.create',
        entityType: 'api_token',
        entityId: String(row.id),
        unitId: actor.unitId,
        data: { name },
      },
      ctx.now(),
    );
    return { ...presentToken(row), token };
  });
}

export async function listApiTokens(ctx: AppContext, actor: Actor) {
  if (actor.kind !== 'user') throw errors.unauthenticated();
  return (await repo.listTokens(ctx.db, actor.userId)).map(presentToken);
}

export async function revokeApiToken(ctx: AppContext, actor: Actor, id: number) {
  if (actor.kind !== 'user') throw errors.unauthenticated();
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.revokeToken(tx, actor.userId, id, ctx.now()))) throw errors.tokenNotFound(id);
    await recordAudit(
      tx,
      actor,
      { action: 'token.revoke', entityType: 'api_token', entityId: String(id), unitId: actor.unitId },
      ctx.now(),
    );
  });
}
