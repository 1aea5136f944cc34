import { and, desc, eq, getTableColumns, like, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { indexPublications, units } from '../../../db/schema/index.ts';

const scopeUnits = alias(units, 'scope_unit');

// The signed decision's bytes stay out of every listing: only whether there is one.
const { decisionFile: _file, ...publicationColumns } = getTableColumns(indexPublications);

const withScope = {
  p: publicationColumns,
  hasDecisionFile: sql<boolean>`${indexPublications.decisionFile} is not null`,
  scopeCode: scopeUnits.code,
  scopeName: scopeUnits.name,
  scopePath: scopeUnits.path,
};

export type PublicationRow = Omit<typeof indexPublications.$inferSelect, 'decisionFile'>;
export type NewPublicationRow = typeof indexPublications.$inferInsert;
/** A publication with its scope unit's code, name and path. */
export type PublicationWithScope = {
  p: PublicationRow;
  hasDecisionFile: boolean;
  scopeCode: string;
  scopeName: string;
  scopePath: string;
};

export async function findPublication(db: Db, id: number): Promise<PublicationWithScope | undefined> {
  const [row] = await db
    .select(withScope)
    .from(indexPublications)
    .innerJoin(scopeUnits, eq(scopeUnits.id, indexPublications.scopeUnitId))
    .where(eq(indexPublications.id, id));
  return row;
}

/** Publications whose scope lies inside a subtree, or (prefix null) every published one; newest period first. */
export function listPublicationRows(db: Db, prefix: string | null): Promise<PublicationWithScope[]> {
  return db
    .select(withScope)
    .from(indexPublications)
    .innerJoin(scopeUnits, eq(scopeUnits.id, indexPublications.scopeUnitId))
    .where(
      and(prefix !== null ? like(scopeUnits.path, `${prefix}%`) : eq(indexPublications.status, 'published')),
    )
    .orderBy(desc(indexPublications.period), desc(indexPublications.id));
}

export async function insertPublication(tx: Db, row: NewPublicationRow): Promise<number> {
  const [inserted] = await tx.insert(indexPublications).values(row).returning({ id: indexPublications.id });
  return inserted!.id;
}

/** Moves a publication on from one status (a row no longer in `from` is left as it is). */
export async function updatePublicationStatus(
  tx: Db,
  id: number,
  from: string,
  patch: Partial<NewPublicationRow>,
): Promise<void> {
  await tx
    .update(indexPublications)
    .set(patch)
    .where(and(eq(indexPublications.id, id), eq(indexPublications.status, from)));
}

export async function markSuperseded(tx: Db, id: number, byId: number): Promise<void> {
  await tx.update(indexPublications).set({ supersededById: byId }).where(eq(indexPublications.id, id));
}

/** The signed decision of a publication, with its status (only a published one is served). */
export async function findDecisionFile(
  db: Db,
  id: number,
): Promise<{ status: string; name: string | null; bytes: Uint8Array | null } | undefined> {
  const [row] = await db
    .select({
      status: indexPublications.status,
      name: indexPublications.decisionFileName,
      bytes: indexPublications.decisionFile,
    })
    .from(indexPublications)
    .where(eq(indexPublications.id, id));
  return row;
}
