import type { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import { authorize, scopePrefix } from '../../access/permissions.ts';
import { isRole } from '../../access/roles.ts';
import type { Db } from '../../db/client.ts';
import type { AppContext } from '../../lib/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../units/units.service.ts';
import * as errors from './accounts.errors.ts';
import { presentCurrentUser, presentToken, presentUser } from './accounts.present.ts';
import * as repo from './accounts.repo.ts';
import type {
  CreateUserBody,
  KioskBindBody,
  KioskBinding,
  KioskBound,
  RecheckPurpose,
  UpdateUserBody,
} from './accounts.schema.ts';
import { readKioskToken, signKioskToken } from './kiosk-token.ts';
import { ACCOUNT_MEMORY_MS, ADDRESS_MEMORY_MS, loginWait } from './login-throttle.ts';
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { keyedHash, randomToken, sha256 } from './secrets.ts';

export const SESSION_HOURS = 12;

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

/**
 * Check the password, throttled by progressive delays per (username, client address) and per
 * client address (login-throttle.ts), then open a server-side session. The throttle check and the
 * attempt's record are one step under advisory locks, so parallel tries cannot slip past the count:
 * the attempt is recorded as a failure before the (slow) password check and removed on success.
 */
export async function login(ctx: AppContext, username: string, password: string, clientAddress: string) {
  const key = username.trim().toLowerCase();
  const attempt = await beginPasswordAttempt(ctx, key, clientAddress);
  const user = await repo.findUserByUsername(ctx.db, key);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok || !user.active) throw errors.loginFailed();
  const token = randomToken();
  const csrfToken = randomToken();
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await attempt.succeeded(tx);
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

/**
 * The throttle step shared by the login and the password re-check: under advisory locks, refuse
 * (429) while the key must wait, else record this attempt as a failure before the slow password
 * check. `succeeded` removes it (and the key's earlier failures from this address).
 */
async function beginPasswordAttempt(ctx: AppContext, key: string, clientAddress: string) {
  const now = ctx.now();
  const clientHash = keyedHash(ctx.secret, clientAddress);
  const since = {
    pair: new Date(now.getTime() - ACCOUNT_MEMORY_MS),
    address: new Date(now.getTime() - ADDRESS_MEMORY_MS),
  };
  await ctx.db.transaction(async (tx) => {
    await repo.lockLoginAttempts(tx, key, clientHash);
    const failures = await repo.recentFailures(tx, key, clientHash, since);
    const wait = loginWait(failures.pair, failures.address, now);
    if (wait > 0) throw errors.loginThrottled(wait);
    await repo.insertFailure(tx, key, clientHash, now);
  });
  return { succeeded: (tx: Db) => repo.clearFailures(tx, key, clientHash, since.pair) };
}

/**
 * A signed-in officer types their password again (to leave or unbind a kiosk). Throttled and
 * counted exactly like the login, on the same username: guessing at the kiosk brings the same
 * waits as guessing at the login form. A wrong password is audited; so is a kiosk exit or unbinding.
 */
export async function recheckPassword(
  ctx: AppContext,
  actor: Actor,
  password: string,
  purpose: z.infer<typeof RecheckPurpose> | undefined,
  clientAddress: string,
): Promise<void> {
  if (actor.kind !== 'user') throw errors.unauthenticated();
  const attempt = await beginPasswordAttempt(ctx, actor.username, clientAddress);
  const user = await repo.findUserById(ctx.db, actor.userId);
  const ok = Boolean(user?.active) && (await verifyPassword(user?.passwordHash ?? '', password));
  const entry = { entityType: 'user', entityId: actor.username, unitId: actor.unitId };
  if (!ok) {
    // The audit chain is appended under its lock, which holds only inside a transaction.
    await ctx.db.transaction((tx) =>
      recordAudit(
        tx,
        actor,
        { ...entry, action: 'user.password_recheck_failed', data: { purpose: purpose ?? null } },
        ctx.now(),
      ),
    );
    throw errors.passwordRecheckWrong();
  }
  await ctx.db.transaction(async (tx) => {
    await attempt.succeeded(tx);
    if (purpose)
      await recordAudit(
        tx,
        actor,
        { ...entry, action: `kiosk.${purpose.slice('kiosk-'.length)}` },
        ctx.now(),
      );
  });
}

/** Bind a browser to a unit's kiosk: a token signed with the installation's secret (kiosk-token.ts). */
export async function bindKiosk(
  ctx: AppContext,
  actor: Actor,
  body: z.infer<typeof KioskBindBody>,
): Promise<KioskBound> {
  if (actor.kind !== 'user') throw errors.unauthenticated();
  const unit = await requireUnit(ctx, actor, body.unitCode, 'responses.enter');
  const binding = {
    unitCode: unit.code,
    mode: body.mode,
    boundAt: ctx.now().toISOString(),
    boundBy: actor.username,
  };
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      actor,
      {
        action: 'kiosk.bind',
        entityType: 'unit',
        entityId: unit.code,
        unitId: unit.id,
        data: { mode: body.mode },
      },
      ctx.now(),
    ),
  );
  return { ...binding, unitName: unit.name, token: signKioskToken(ctx.secret, binding) };
}

/**
 * What a stored kiosk token binds the browser to: refused unless this server signed it, and unless
 * the signed-in officer may run that unit's kiosk.
 */
export async function checkKiosk(ctx: AppContext, actor: Actor, token: string): Promise<KioskBinding> {
  const binding = readKioskToken(ctx.secret, token);
  if (!binding) throw errors.kioskBindingInvalid();
  const unit = await requireUnit(ctx, actor, binding.unitCode, 'responses.enter');
  return { ...binding, unitName: unit.name };
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

/**
 * Change one's own password. Whoever knew the old one is locked out: every session of the user
 * ends (the one making the change too) and every API token is revoked, in one transaction. A
 * change made from a browser session gets a fresh session back, so its user stays signed in.
 */
export async function changePassword(
  ctx: AppContext,
  actor: Actor,
  sessionToken: string | undefined,
  current: string,
  next: string,
): Promise<{ token: string; csrfToken: string } | null> {
  if (actor.kind !== 'user') throw errors.unauthenticated();
  const user = await repo.findUserById(ctx.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, current))) throw errors.passwordWrong();
  const problem = passwordProblem(next, user.username);
  if (problem) throw errors.passwordWeak(problem);
  const passwordHash = await hashPassword(next);
  const now = ctx.now();
  const renewed = sessionToken ? { token: randomToken(), csrfToken: randomToken() } : null;
  await ctx.db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, { passwordHash, passwordChangedAt: now });
    const revoked = await revokeCredentials(tx, user.id, now);
    if (renewed) {
      await repo.insertSession(tx, {
        tokenHash: sha256(renewed.token),
        userId: user.id,
        csrfToken: renewed.csrfToken,
        createdAt: now,
        expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600 * 1000),
      });
    }
    await recordAudit(
      tx,
      actor,
      {
        action: 'user.password_change',
        entityType: 'user',
        entityId: user.username,
        unitId: user.unitId,
        data: { tokensRevoked: revoked },
      },
      now,
    );
  });
  return renewed;
}

/** End every session and revoke every API token of a user; the number of tokens revoked. */
async function revokeCredentials(tx: Db, userId: number, now: Date): Promise<number> {
  await repo.deleteSessionsOfUser(tx, userId);
  return repo.revokeTokensOfUser(tx, userId, now);
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
    throw errors.cannotChangeOwnAccess();
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
    // A reset password locks out whoever knew the old one: every session and API token ends.
    const tokensRevoked = passwordHash ? await revokeCredentials(tx, id, ctx.now()) : 0;
    if (patch.active === false) await repo.deleteSessionsOfUser(tx, id);
    const { password: _omit, ...logged } = patch;
    await recordAudit(
      tx,
      actor,
      {
        action: 'user.update',
        entityType: 'user',
        entityId: user.username,
        unitId: unit?.id ?? user.unitId,
        data: { ...logged, passwordReset: Boolean(passwordHash), ...(passwordHash ? { tokensRevoked } : {}) },
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
