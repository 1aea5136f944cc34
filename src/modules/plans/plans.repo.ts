/**
 * Database access of the plans module: measures library, plans and tasks, progress updates with
 * evidence, the unit's document register and issued documents. Queries only; no rule lives here.
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, like, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import {
  documentRegister,
  improvementMeasures,
  improvementPlans,
  indexPublications,
  issuedDocuments,
  planTasks,
  questionnaires,
  taskAssignees,
  taskUpdates,
  units,
  users,
} from '../../db/schema/index.ts';

export type MeasureRow = typeof improvementMeasures.$inferSelect;
export type NewMeasureRow = typeof improvementMeasures.$inferInsert;
export type PlanRow = typeof improvementPlans.$inferSelect;
export type TaskRow = typeof planTasks.$inferSelect;
export type NewTaskRow = typeof planTasks.$inferInsert;
export type IssuedRow = typeof issuedDocuments.$inferSelect;

// ── measures ─────────────────────────────────────────────────────────────────

export async function countMeasures(db: Db, questionnaireCode: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(improvementMeasures)
    .where(eq(improvementMeasures.questionnaireCode, questionnaireCode));
  return row?.n ?? 0;
}

/** Serialises seeding and replacing a library: two first uses at once must not insert it twice. */
export async function lockMeasures(tx: Db): Promise<void> {
  await tx.execute(sql`lock table improvement_measures in share row exclusive mode`);
}

export async function listMeasures(
  db: Db,
  filter: { questionnaireCode: string; criterionCode?: string; includeInactive?: boolean },
): Promise<MeasureRow[]> {
  return db
    .select()
    .from(improvementMeasures)
    .where(
      and(
        eq(improvementMeasures.questionnaireCode, filter.questionnaireCode),
        filter.criterionCode ? eq(improvementMeasures.criterionCode, filter.criterionCode) : undefined,
        filter.includeInactive ? undefined : eq(improvementMeasures.active, true),
      ),
    )
    .orderBy(
      asc(improvementMeasures.criterionCode),
      asc(improvementMeasures.sortOrder),
      asc(improvementMeasures.id),
    );
}

export async function findMeasure(db: Db, id: number): Promise<MeasureRow | undefined> {
  const [row] = await db.select().from(improvementMeasures).where(eq(improvementMeasures.id, id));
  return row;
}

export async function insertMeasures(db: Db, rows: NewMeasureRow[]): Promise<MeasureRow[]> {
  if (rows.length === 0) return [];
  return db.insert(improvementMeasures).values(rows).returning();
}

export async function deleteMeasures(db: Db, questionnaireCode: string): Promise<void> {
  await db.delete(improvementMeasures).where(eq(improvementMeasures.questionnaireCode, questionnaireCode));
}

export async function updateMeasure(db: Db, id: number, patch: Partial<NewMeasureRow>): Promise<MeasureRow> {
  const [row] = await db
    .update(improvementMeasures)
    .set(patch)
    .where(eq(improvementMeasures.id, id))
    .returning();
  return row!;
}

// ── plans and tasks ──────────────────────────────────────────────────────────

const planColumns = {
  p: improvementPlans,
  unitCode: units.code,
  unitName: units.name,
  unitPath: units.path,
  unitType: units.type,
  unitParentId: units.parentId,
  questionnaireCode: questionnaires.code,
  questionnaireVersion: questionnaires.version,
};

export type PlanWithUnit = {
  p: PlanRow;
  unitCode: string;
  unitName: string;
  unitPath: string;
  unitType: string;
  unitParentId: number | null;
  questionnaireCode: string;
  questionnaireVersion: number;
};

export async function findPlan(db: Db, id: number, forUpdate = false): Promise<PlanWithUnit | undefined> {
  const query = db
    .select(planColumns)
    .from(improvementPlans)
    .innerJoin(units, eq(units.id, improvementPlans.unitId))
    .innerJoin(questionnaires, eq(questionnaires.id, improvementPlans.questionnaireId))
    .where(eq(improvementPlans.id, id));
  const [row] = forUpdate ? await query.for('update', { of: improvementPlans }) : await query;
  return row;
}

/** Plans of every unit inside a subtree ('' = all), newest period first. */
export async function listPlans(
  db: Db,
  filter: { prefix: string; status?: string; unitId?: number },
): Promise<PlanWithUnit[]> {
  return db
    .select(planColumns)
    .from(improvementPlans)
    .innerJoin(units, eq(units.id, improvementPlans.unitId))
    .innerJoin(questionnaires, eq(questionnaires.id, improvementPlans.questionnaireId))
    .where(
      and(
        filter.prefix ? like(units.path, `${filter.prefix}%`) : undefined,
        filter.status ? eq(improvementPlans.status, filter.status) : undefined,
        filter.unitId ? eq(improvementPlans.unitId, filter.unitId) : undefined,
      ),
    )
    .orderBy(desc(improvementPlans.period), asc(units.path), desc(improvementPlans.id));
}

/** The demo plan of a unit and period, if the demo already made it. */
export async function findDemoPlan(
  db: Db,
  unitId: number,
  period: string,
): Promise<{ id: number } | undefined> {
  const [row] = await db
    .select({ id: improvementPlans.id })
    .from(improvementPlans)
    .where(
      and(
        eq(improvementPlans.unitId, unitId),
        eq(improvementPlans.period, period),
        eq(improvementPlans.demo, true),
      ),
    );
  return row;
}

export async function insertPlan(db: Db, row: typeof improvementPlans.$inferInsert): Promise<PlanRow> {
  const [created] = await db.insert(improvementPlans).values(row).returning();
  return created!;
}

export async function updatePlan(db: Db, id: number, patch: Partial<typeof improvementPlans.$inferInsert>) {
  await db.update(improvementPlans).set(patch).where(eq(improvementPlans.id, id));
}

export async function tasksOf(db: Db, planIds: number[]): Promise<TaskRow[]> {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(planTasks)
    .where(inArray(planTasks.planId, planIds))
    .orderBy(asc(planTasks.planId), asc(planTasks.position), asc(planTasks.id));
}

export async function findTask(db: Db, planId: number, taskId: number): Promise<TaskRow | undefined> {
  const [row] = await db
    .select()
    .from(planTasks)
    .where(and(eq(planTasks.id, taskId), eq(planTasks.planId, planId)));
  return row;
}

export async function insertTasks(db: Db, rows: NewTaskRow[]): Promise<TaskRow[]> {
  if (rows.length === 0) return [];
  return db.insert(planTasks).values(rows).returning();
}

/** A task is always named through its plan: a task of another plan is never touched. */
export async function updateTask(
  db: Db,
  planId: number,
  id: number,
  patch: Partial<NewTaskRow>,
): Promise<void> {
  await db
    .update(planTasks)
    .set(patch)
    .where(and(eq(planTasks.id, id), eq(planTasks.planId, planId)));
}

export async function deleteTask(db: Db, planId: number, id: number): Promise<void> {
  await db.delete(planTasks).where(and(eq(planTasks.id, id), eq(planTasks.planId, planId)));
}

/** Positions 1…n in the given order. */
export async function renumber(db: Db, orderedIds: number[]): Promise<void> {
  for (const [i, id] of orderedIds.entries()) {
    await db
      .update(planTasks)
      .set({ position: i + 1 })
      .where(eq(planTasks.id, id));
  }
}

// ── officers named on tasks ──────────────────────────────────────────────────

/** Active users of a subtree (path prefix), for naming on a task. */
export async function assignableUsers(db: Db, prefix: string) {
  return db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      unitCode: units.code,
      unitName: units.name,
      unitPath: units.path,
    })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.active, true), like(units.path, `${prefix}%`)))
    .orderBy(asc(units.path), asc(users.displayName));
}

/** The officers named on the given tasks. */
export async function assigneesOf(db: Db, taskIds: number[]) {
  if (taskIds.length === 0) return [];
  return db
    .select({ taskId: taskAssignees.taskId, id: users.id, displayName: users.displayName })
    .from(taskAssignees)
    .innerJoin(users, eq(users.id, taskAssignees.userId))
    .where(inArray(taskAssignees.taskId, taskIds))
    .orderBy(asc(users.displayName), asc(users.id));
}

/** Replaces the officers named on a task. */
export async function setAssignees(db: Db, taskId: number, userIds: number[]): Promise<void> {
  await db.delete(taskAssignees).where(eq(taskAssignees.taskId, taskId));
  if (userIds.length > 0)
    await db.insert(taskAssignees).values(userIds.map((userId) => ({ taskId, userId })));
}

/** Whether a user is named on a task, the task resolved through its plan. */
export async function isAssignee(db: Db, planId: number, taskId: number, userId: number): Promise<boolean> {
  const [row] = await db
    .select({ taskId: taskAssignees.taskId })
    .from(taskAssignees)
    .innerJoin(planTasks, eq(planTasks.id, taskAssignees.taskId))
    .where(
      and(eq(taskAssignees.taskId, taskId), eq(taskAssignees.userId, userId), eq(planTasks.planId, planId)),
    );
  return row !== undefined;
}

/** The tasks a user is named on, with their plans, inside a subtree ('' = all). */
export async function tasksAssignedTo(db: Db, userId: number, prefix: string) {
  return db
    .select({ ...planColumns, t: planTasks })
    .from(taskAssignees)
    .innerJoin(planTasks, eq(planTasks.id, taskAssignees.taskId))
    .innerJoin(improvementPlans, eq(improvementPlans.id, planTasks.planId))
    .innerJoin(units, eq(units.id, improvementPlans.unitId))
    .innerJoin(questionnaires, eq(questionnaires.id, improvementPlans.questionnaireId))
    .where(and(eq(taskAssignees.userId, userId), prefix ? like(units.path, `${prefix}%`) : undefined))
    .orderBy(desc(improvementPlans.period), asc(units.path), asc(planTasks.planId), asc(planTasks.position));
}

// ── progress updates and evidence ────────────────────────────────────────────

export async function insertUpdate(db: Db, row: typeof taskUpdates.$inferInsert): Promise<number> {
  const [created] = await db.insert(taskUpdates).values(row).returning({ id: taskUpdates.id });
  return created!.id;
}

/** Updates of the given tasks without the file bytes (their size instead), oldest first. */
export async function updatesOf(db: Db, taskIds: number[]) {
  if (taskIds.length === 0) return [];
  return db
    .select({
      id: taskUpdates.id,
      taskId: taskUpdates.taskId,
      at: taskUpdates.at,
      actorLabel: taskUpdates.actorLabel,
      progress: taskUpdates.progress,
      status: taskUpdates.status,
      comment: taskUpdates.comment,
      link: taskUpdates.link,
      fileName: taskUpdates.fileName,
      fileMime: taskUpdates.fileMime,
      fileSize: sql<number | null>`octet_length(${taskUpdates.fileBytes})`,
    })
    .from(taskUpdates)
    .where(inArray(taskUpdates.taskId, taskIds))
    .orderBy(asc(taskUpdates.taskId), asc(taskUpdates.at), asc(taskUpdates.id));
}

/** The evidence of an update, resolved through its task and the task's plan (never by the update id alone). */
export async function evidence(db: Db, planId: number, taskId: number, updateId: number) {
  const [row] = await db
    .select({ name: taskUpdates.fileName, mime: taskUpdates.fileMime, bytes: taskUpdates.fileBytes })
    .from(taskUpdates)
    .innerJoin(planTasks, eq(planTasks.id, taskUpdates.taskId))
    .where(and(eq(taskUpdates.id, updateId), eq(taskUpdates.taskId, taskId), eq(planTasks.planId, planId)));
  return row;
}

// ── publications (read-only, for drafting from a published index) ────────────

const scopeUnits = alias(units, 'scope_unit');

export async function publicationScope(db: Db, id: number) {
  const [row] = await db
    .select({
      id: indexPublications.id,
      status: indexPublications.status,
      scopePath: scopeUnits.path,
      scopeUnitId: indexPublications.scopeUnitId,
    })
    .from(indexPublications)
    .innerJoin(scopeUnits, eq(scopeUnits.id, indexPublications.scopeUnitId))
    .where(eq(indexPublications.id, id));
  return row;
}

/**
 * Published, not superseded publications of a period whose scope covers a unit path, of one
 * questionnaire code (optionally one version) or of any; the latest published first. With their
 * decision (number, date, signer) and scope, for the letter's citations and its bodies' figures.
 */
export async function publishedCovering(
  db: Db,
  filter: { questionnaireCode?: string; version?: number; period: string; unitPath: string },
) {
  return db
    .select({
      id: indexPublications.id,
      title: indexPublications.title,
      snapshot: indexPublications.snapshot,
      decisionNumber: indexPublications.decisionNumber,
      decisionDate: indexPublications.decisionDate,
      decisionSigner: indexPublications.decisionSigner,
      publishedAt: indexPublications.publishedAt,
      scopeName: scopeUnits.name,
      questionnaireCode: questionnaires.code,
    })
    .from(indexPublications)
    .innerJoin(scopeUnits, eq(scopeUnits.id, indexPublications.scopeUnitId))
    .innerJoin(questionnaires, eq(questionnaires.id, indexPublications.questionnaireId))
    .where(
      and(
        filter.questionnaireCode !== undefined
          ? eq(questionnaires.code, filter.questionnaireCode)
          : undefined,
        filter.version !== undefined ? eq(questionnaires.version, filter.version) : undefined,
        eq(indexPublications.period, filter.period),
        eq(indexPublications.status, 'published'),
        isNull(indexPublications.supersededById),
        sql`${filter.unitPath}::text like ${scopeUnits.path} || '%'`,
      ),
    )
    .orderBy(desc(indexPublications.publishedAt), desc(indexPublications.id));
}

// ── document register and issued documents ───────────────────────────────────

/** The next number of the unit's register for the year, taken under the row's lock. */
export async function nextRegisterNumber(tx: Db, unitId: number, year: number): Promise<number> {
  const [row] = await tx
    .insert(documentRegister)
    .values({ unitId, year, last: 1 })
    .onConflictDoUpdate({
      target: [documentRegister.unitId, documentRegister.year],
      set: { last: sql`${documentRegister.last} + 1` },
    })
    .returning({ last: documentRegister.last });
  return row!.last;
}

export async function insertIssued(db: Db, row: typeof issuedDocuments.$inferInsert): Promise<IssuedRow> {
  const [created] = await db.insert(issuedDocuments).values(row).returning();
  return created!;
}

const issuedColumns = {
  d: issuedDocuments,
  unitCode: units.code,
  unitName: units.name,
  unitPath: units.path,
};

export async function findIssued(db: Db, id: number) {
  const [row] = await db
    .select(issuedColumns)
    .from(issuedDocuments)
    .innerJoin(units, eq(units.id, issuedDocuments.unitId))
    .where(eq(issuedDocuments.id, id));
  return row;
}

export async function listIssued(db: Db, filter: { prefix: string; kind?: string; unitId?: number }) {
  return db
    .select(issuedColumns)
    .from(issuedDocuments)
    .innerJoin(units, eq(units.id, issuedDocuments.unitId))
    .where(
      and(
        filter.prefix ? like(units.path, `${filter.prefix}%`) : undefined,
        filter.kind ? eq(issuedDocuments.kind, filter.kind) : undefined,
        filter.unitId ? eq(issuedDocuments.unitId, filter.unitId) : undefined,
      ),
    )
    .orderBy(desc(issuedDocuments.issuedAt), desc(issuedDocuments.id));
}

export async function publicationSnapshot(db: Db, id: number): Promise<unknown> {
  const [row] = await db
    .select({ snapshot: indexPublications.snapshot })
    .from(indexPublications)
    .where(eq(indexPublications.id, id));
  return row?.snapshot;
}

// ── who is reminded ──────────────────────────────────────────────────────────

/** Active users of the given units with one of the roles and a work email. */
export async function remindedUsers(db: Db, unitIds: number[], roles: string[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({ id: users.id, name: users.displayName, email: users.email, unitId: users.unitId })
    .from(users)
    .where(
      and(
        inArray(users.unitId, unitIds),
        inArray(users.role, roles),
        eq(users.active, true),
        isNotNull(users.email),
      ),
    );
}

// ── what a follow-up letter cites beside its own result ─────────────────────

/** The health stations (or other units of `type`) directly under a unit, valid on a date. */
export async function childrenOfType(db: Db, parentId: number, type: string, on: string) {
  return db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      path: units.path,
      peerGroup: units.peerGroup,
    })
    .from(units)
    .where(
      and(
        eq(units.parentId, parentId),
        eq(units.type, type),
        sql`${units.validFrom} <= ${on}::date`,
        sql`(${units.validTo} is null or ${units.validTo} >= ${on}::date)`,
      ),
    )
    .orderBy(asc(units.code));
}
