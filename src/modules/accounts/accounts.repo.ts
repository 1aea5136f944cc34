import { and, asc, count, eq, gt, isNull, like, lt, max, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { apiTokens, loginFailures, sessions, units, users } from '../../db/schema/index.ts';

export type UserRow = typeof users.$inferSelect;

const withUnit = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  passwordHash: users.passwordHash,
  role: users.role,
  unitId: users.unitId,
  active: users.active,
  email: users.email,
  demo: users.demo,
  createdAt: users.createdAt,
  unitCode: units.code,
  unitName: units.name,
  unitPath: units.path,
};
type ColumnValue<C> = C extends { _: { data: infer D; notNull: infer N } }
  ? N extends true
    ? D
    : D | null
  : never;
export type UserWithUnit = { [K in keyof typeof withUnit]: ColumnValue<(typeof withUnit)[K]> };

export async function findUserByUsername(db: Db, username: string): Promise<UserWithUnit | undefined> {
  const [row] = await db
    .select(withUnit)
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(eq(users.username, username));
  return row;
}

export async function findUserById(db: Db, id: number): Promise<UserWithUnit | undefined> {
  const [row] = await db
    .select(withUnit)
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, id));
  return row;
}

export async function listUsers(db: Db, pathPrefix: string): Promise<UserWithUnit[]> {
  return db
    .select(withUnit)
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(pathPrefix ? like(units.path, `${pathPrefix}%`) : undefined)
    .orderBy(asc(units.path), asc(users.username));
}

export async function insertUser(db: Db, row: typeof users.$inferInsert): Promise<number> {
  const [created] = await db.insert(users).values(row).returning({ id: users.id });
  return created!.id;
}

export async function updateUser(
  db: Db,
  id: number,
  patch: Partial<typeof users.$inferInsert>,
): Promise<void> {
  await db.update(users).set(patch).where(eq(users.id, id));
}

export async function insertSession(db: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

/** The user behind a live session, with their unit, in one query (it runs on every request). */
export async function findSessionUser(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ ...withUnit, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row;
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(db: Db, userId: number, exceptHash = ''): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, exceptHash)));
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

/**
 * Serialise the login attempts of one client address and of one username until the transaction
 * ends, so that counting the failures and recording the new attempt are one step. Always the
 * address first, then the username: two attempts never wait on each other in a cycle.
 */
export async function lockLoginAttempts(tx: Db, username: string, clientHash: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${LOGIN_LOCK_ADDRESS}, hashtext(${clientHash}))`);
  await tx.execute(sql`select pg_advisory_xact_lock(${LOGIN_LOCK_USERNAME}, hashtext(${username}))`);
}
/** Any two numbers: the classes of the login advisory locks (two-key locks never meet one-key ones). */
const LOGIN_LOCK_ADDRESS = 7101;
const LOGIN_LOCK_USERNAME = 7102;

/** Failures of this username from this address since `since.pair`, and of this address on any username since `since.address`. */
export async function recentFailures(
  db: Db,
  username: string,
  clientHash: string,
  since: { pair: Date; address: Date },
) {
  const [pair] = await db
    .select({ n: count(), last: max(loginFailures.at) })
    .from(loginFailures)
    .where(
      and(
        eq(loginFailures.username, username),
        eq(loginFailures.clientHash, clientHash),
        gt(loginFailures.at, since.pair),
      ),
    );
  const [address] = await db
    .select({ n: count(), last: max(loginFailures.at) })
    .from(loginFailures)
    .where(and(eq(loginFailures.clientHash, clientHash), gt(loginFailures.at, since.address)));
  return {
    pair: { count: Number(pair?.n ?? 0), last: pair?.last ?? null },
    address: { count: Number(address?.n ?? 0), last: address?.last ?? null },
  };
}

/** Record an attempt as a failure (before the password is checked; a success removes it). */
export async function insertFailure(db: Db, username: string, clientHash: string, at: Date): Promise<void> {
  await db.insert(loginFailures).values({ username, clientHash, at });
}

/** After a success: forget this username's failures from this address, and every failure older than `before`. */
export async function clearFailures(
  db: Db,
  username: string,
  clientHash: string,
  before: Date,
): Promise<void> {
  await db
    .delete(loginFailures)
    .where(
      or(
        and(eq(loginFailures.username, username), eq(loginFailures.clientHash, clientHash)),
        lt(loginFailures.at, before),
      ),
    );
}

export async function insertToken(db: Db, row: typeof apiTokens.$inferInsert) {
  const [created] = await db.insert(apiTokens).values(row).returning();
  return created!;
}

export async function listTokens(db: Db, userId: number) {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(asc(apiTokens.id));
}

export async function findActiveToken(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}

export async function touchToken(db: Db, id: number, at: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}

/** Revoke every live API token of a user (a password change or reset). */
export async function revokeTokensOfUser(db: Db, userId: number, at: Date): Promise<number> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length;
}

export async function revokeToken(db: Db, userId: number, id: number, at: Date): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
