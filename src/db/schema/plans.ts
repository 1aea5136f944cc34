import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { bytea } from './bytea.ts';
import { indexPublications, questionnaires } from './surveys.ts';
import { units } from './units.ts';

/** The measures library: what a unit can do about a weak criterion (seeds 003 and 004), editable. */
export const improvementMeasures = pgTable(
  'improvement_measures',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    questionnaireCode: text('questionnaire_code').notNull(),
    criterionCode: text('criterion_code').notNull(),
    task: text('task').notNull(),
    /** Who usually carries it out (e.g. "Công chức Văn phòng - Thống kê"). */
    responsible: text('responsible').notNull(),
    /** Suggested product or evidence. */
    product: text('product').notNull().default(''),
    /** Suggested timing as written in plans ("Thường xuyên", "Hàng quý", "Tháng 01"…). */
    timing: text('timing').notNull().default('Thường xuyên'),
    partners: text('partners').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(100),
    active: boolean('active').notNull().default(true),
  },
  (t) => [index('improvement_measures_criterion_idx').on(t.questionnaireCode, t.criterionCode)],
);

/** An improvement plan of one unit, drafted from a published index (its weak criteria). */
export const improvementPlans = pgTable(
  'improvement_plans',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    publicationId: integer('publication_id').references(() => indexPublications.id),
    questionnaireId: integer('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id),
    period: text('period').notNull(),
    /** The calendar year the plan runs in (chosen when drafting); null for plans drafted before it was kept. */
    planYear: integer('plan_year'),
    title: text('title').notNull(),
    /** draft | issued | closed */
    status: text('status').notNull().default('draft'),
    documentId: integer('document_id'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    demo: boolean('demo').notNull().default(false),
  },
  (t) => [index('improvement_plans_unit_idx').on(t.unitId, t.period)],
);

/**
 * One row of the plan's annex (seed 004): TT, Nhiệm vụ, Thời gian hoàn thành, Trách nhiệm thực hiện,
 * Sản phẩm/hoạt động, Đơn vị phối hợp; plus its progress.
 */
export const planTasks = pgTable(
  'plan_tasks',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    planId: integer('plan_id')
      .notNull()
      .references(() => improvementPlans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    criterionCode: text('criterion_code'),
    task: text('task').notNull(),
    /** date | recurring | text */
    dueKind: text('due_kind').notNull(),
    dueDate: date('due_date'),
    /** thuong_xuyen | hang_thang | hang_quy | trong_nam */
    recurrence: text('recurrence'),
    dueText: text('due_text'),
    responsible: text('responsible').notNull(),
    product: text('product').notNull().default(''),
    partners: text('partners').notNull().default(''),
    progress: integer('progress').notNull().default(0),
    /** chua_bat_dau | dang_thuc_hien | hoan_thanh | tam_dung */
    status: text('status').notNull().default('chua_bat_dau'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('plan_tasks_progress_range', sql`${t.progress} between 0 and 100`),
    index('plan_tasks_plan_idx').on(t.planId, t.position),
  ],
);

/**
 * The officers named on a task (beside the office in `responsible`): they see it under "Nhiệm vụ
 * của tôi" and may report progress on it, and on no other task.
 */
export const taskAssignees = pgTable(
  'task_assignees',
  {
    taskId: integer('task_id')
      .notNull()
      .references(() => planTasks.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.userId] }), index('task_assignees_user_idx').on(t.userId)],
);

/** Progress reports, comments and evidence on a task. */
export const taskUpdates = pgTable(
  'task_updates',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    taskId: integer('task_id')
      .notNull()
      .references(() => planTasks.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: integer('actor_id').references(() => users.id),
    actorLabel: text('actor_label').notNull(),
    progress: integer('progress'),
    status: text('status'),
    comment: text('comment').notNull().default(''),
    link: text('link'),
    fileName: text('file_name'),
    fileMime: text('file_mime'),
    fileBytes: bytea('file_bytes'),
  },
  (t) => [index('task_updates_task_idx').on(t.taskId, t.at)],
);

/** The unit's register of outgoing documents: one number sequence per unit and year. */
export const documentRegister = pgTable(
  'document_register',
  {
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
);

/** Letters, decisions and reports issued, with the text as edited and the figures frozen. */
export const issuedDocuments = pgTable(
  'issued_documents',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    /** letter | decision_index | decision_plan | report */
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    symbol: text('symbol').notNull(),
    title: text('title').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    /** The OfficialDocument model as issued (text edited by the officer, figures from the snapshot). */
    content: jsonb('content').notNull(),
    publicationId: integer('publication_id').references(() => indexPublications.id),
    planId: integer('plan_id').references(() => improvementPlans.id),
    createdBy: integer('created_by').references(() => users.id),
  },
  (t) => [uniqueIndex('issued_documents_number_idx').on(t.unitId, t.year, t.number)],
);
