import { ROLE_LABELS, ROLES, type Role } from '../../access/roles.ts';
import type * as repo from './accounts.repo.ts';
import type { ApiToken, CurrentUser, RoleList, User } from './accounts.schema.ts';

/** The signed-in user, as the session and GET /me give it. */
export function presentCurrentUser(user: repo.UserWithUnit): CurrentUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role as Role,
    unitCode: user.unitCode,
    unitName: user.unitName,
  };
}

export function presentUser(u: repo.UserWithUnit): User {
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

export function presentToken(t: Awaited<ReturnType<typeof repo.listTokens>>[number]): ApiToken {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

/** Every role with its Vietnamese and English names. */
export function presentRoles(): RoleList {
  return { roles: ROLES.map((code) => ({ code, vi: ROLE_LABELS[code].vi, en: ROLE_LABELS[code].en })) };
}
