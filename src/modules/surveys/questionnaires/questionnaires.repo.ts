import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { questionnaires } from '../../../db/schema/index.ts';

export type QuestionnaireRow = typeof questionnaires.$inferSelect;

export async function latestVersion(db: Db, code: string): Promise<QuestionnaireRow | undefined> {
  const [row] = await db
    .select()
    .from(questionnaires)
    .where(eq(questionnaires.code, code))
    .orderBy(desc(questionnaires.version))
    .limit(1);
  return row;
}

export async function findVersion(
  db: Db,
  code: string,
  version: number,
): Promise<QuestionnaireRow | undefined> {
  const [row] = await db
    .select()
    .from(questionnaires)
    .where(and(eq(questionnaires.code, code), eq(questionnaires.version, version)));
  return row;
}

export async function findById(db: Db, id: number): Promise<QuestionnaireRow | undefined> {
  const [row] = await db.select().from(questionnaires).where(eq(questionnaires.id, id));
  return row;
}

/** Every version, newest first within each code. */
export async function listAll(db: Db): Promise<QuestionnaireRow[]> {
  return db.select().from(questionnaires).orderBy(questionnaires.code, desc(questionnaires.version));
}

export async function insertVersion(
  db: Db,
  row: Omit<typeof questionnaires.$inferInsert, 'id' | 'createdAt'>,
): Promise<QuestionnaireRow> {
  const [inserted] = await db.insert(questionnaires).values(row).returning();
  return inserted!;
}

/** Serialise imports of one code, so two imports cannot both take version N + 1. */
export async function lockCode(tx: Db, code: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`questionnaire:${code}`}))`);
}
