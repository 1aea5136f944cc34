import type { z } from 'zod';
import type * as plans from '../../../modules/plans/plans.schema.ts';

/**
 * The plans, documents and reports API as the web app uses it: every type inferred from the
 * server's zod schemas (type-only import, no zod in the bundle); the response schemas are strict,
 * so a field renamed on the server breaks the build here, not the page at run time.
 */
export type Due = z.infer<typeof plans.Due>;
export type TaskInput = z.input<typeof plans.TaskInput>;
export type AddTaskBody = z.input<typeof plans.AddTaskBody>;
export type UpdateTaskBody = z.input<typeof plans.UpdateTaskBody>;
export type ProgressBody = z.input<typeof plans.ProgressBody>;
export type CreatePlanBody = z.input<typeof plans.CreatePlanBody>;
export type TextEdits = z.input<typeof plans.TextEdits>;
export type DocumentRequest = z.input<typeof plans.DocumentRequest>;
export type DocumentText = z.infer<typeof plans.DocumentText>;
export type DocumentDraft = z.infer<typeof plans.DocumentDraft>;
export type IssuedDocument = z.infer<typeof plans.IssuedDocument>;
export type DocumentList = z.infer<typeof plans.DocumentList>;
export type IssuedDocumentWithContent = z.infer<typeof plans.IssuedDocumentWithContent>;
export type DocumentKind = IssuedDocument['kind'];

/** Mirrors RECURRENCES and TASK_STATUSES of task-due.ts (the type checker keeps them equal). */
export const RECURRENCES = [
  'thuong_xuyen',
  'hang_thang',
  'hang_quy',
  'trong_nam',
] as const satisfies readonly Extract<Due, { kind: 'recurring' }>['recurrence'][];
export type Recurrence = (typeof RECURRENCES)[number];
export const TASK_STATUSES = [
  'chua_bat_dau',
  'dang_thuc_hien',
  'hoan_thanh',
  'tam_dung',
] as const satisfies readonly z.infer<typeof plans.PlanTask>['status'][];
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const PLAN_STATUSES = [
  'draft',
  'issued',
  'closed',
] as const satisfies readonly PlanSummary['status'][];
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const DOCUMENT_KINDS = [
  'letter',
  'decision_index',
  'decision_plan',
] as const satisfies readonly DocumentKind[];

export type TaskStats = z.infer<typeof plans.PlanSummary>['tasks'];
export type PlanSummary = z.infer<typeof plans.PlanSummary>;
export type PlanList = z.infer<typeof plans.PlanList>;
export type TaskUpdate = z.infer<typeof plans.TaskUpdate>;
export type TaskReminder = z.infer<typeof plans.TaskReminder>;
export type PlanTask = z.infer<typeof plans.PlanTask>;
export type PlanDetail = z.infer<typeof plans.PlanDetail>;
export type AssignableUsers = z.infer<typeof plans.AssignableUsers>;
export type MyTask = z.infer<typeof plans.MyTask>;
export type MyTasks = z.infer<typeof plans.MyTasks>;
export type Overview = z.infer<typeof plans.Overview>;
export type Reminders = z.infer<typeof plans.Reminders>;
export type Reminder = Reminders['reminders'][number];
export type ProposalCriterion = z.infer<typeof plans.ProposalCriterion>;
export type Achievement = ProposalCriterion['achievement'];
export type Proposal = z.infer<typeof plans.Proposal>;
export type EffectRow = z.infer<typeof plans.EffectRow>;
export type Effect = z.infer<typeof plans.Effect>;
export type ReportSurveyUnit = z.infer<typeof plans.ReportSurveyUnit>;
export type ReportSurvey = z.infer<typeof plans.ReportSurvey>;
export type ReportDossierMonth = z.infer<typeof plans.ReportDossierMonth>;
export type PeriodicReport = z.infer<typeof plans.PeriodicReport>;
