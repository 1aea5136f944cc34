import { and, asc, desc, eq, gt, like, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog, units } from '../../db/schema/index.ts';

/** Any constant: identifies the audit-append lock among the database's advisory locks. */
const AUDIT_LOCK_KEY = 7243002;

export type AuditRow = typeof auditLog.$inferSelect;

/** Serialise appends until the transaction ends, so concurrent writers cannot fork the chain. */
export async function lockChain(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
}

export async function lastHash(tx: Db): Promise<string | null> {
  const [row] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return row?.hash ?? null;
}

export async function insertRow(tx: Db, row: typeof auditLog.$inferInsert): Promise<void> {
  await tx.insert(auditLog).values(row);
}

/** Rows in chain order, a page at a time (the chain may hold millions of rows). */
export async function rowsAfter(db: Db, afterId: number, limit: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(limit);
}

export interface AuditFilter {
  pathPrefix: string;
  entityType?: string | undefined;
  entityId?: string | undefined;
  limit: number;
  beforeId?: number | undefined;
}

/** The newest rows first, limited to units inside a subtree (rows with no unit only for the whole tree). */
export async function listRows(db: Db, f: AuditFilter) {
  const conditions: SQL[] = [];
  if (f.pathPrefix) conditions.push(like(units.path, `${f.pathPrefix}%`));
  if (f.entityType) conditions.push(eq(auditLog.entityType, f.entityType));
  if (f.entityId) conditions.push(eq(auditLog.entityId, f.entityId));
  if (f.beforeId) conditions.push(sql`${auditLog.id} < ${f.beforeId}`);
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorLabel: auditLog.actorLabel,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      unitCode: units.code,
      data: auditLog.data,
    })
    .from(auditLog)
    .leftJoin(units, eq(units.id, auditLog.unitId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(f.limit);
}

/** The chain's length and the hash of its last row, without walking it. */
export async function chainHead(
  db: Db,
): Promise<{ rows: number; head: string | null; headId: number | null }> {
  const [row] = await db
    .select({
      rows: sql<number>`(select count(*)::int from ${auditLog})`,
      head: auditLog.hash,
      headId: auditLog.id,
    })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row
    ? { rows: Number(row.rows), head: row.head, headId: Number(row.headId) }
    : { rows: 0, head: null, headId: null };
}
