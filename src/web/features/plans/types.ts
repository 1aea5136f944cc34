import type { z } from 'zod';
import type * as plans from '../../../modules/plans/plans.schema.ts';

/**
 * The plans, documents and reports API as the web app uses it: types inferred from the server's
 * zod schemas (type-only import, no zod in the bundle). Where a response schema is a
 * `looseObject`, the extra fields the pages read are written out here.
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
export const PLAN_STATUSES = ['draft', 'issued', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const DOCUMENT_KINDS = [
  'letter',
  'decision_index',
  'decision_plan',
] as const satisfies readonly DocumentKind[];

export type TaskStats = z.infer<typeof plans.PlanSummary>['tasks'];

// The plan responses are `looseObject`s on the server (extra fields pass through), so their
// shapes are written out here; `Omit` over a loose type would lose the known keys.
export interface PlanSummary {
  id: number;
  unitCode: string;
  unitName: string;
  title: string;
  questionnaire: string;
  questionnaireVersion: number;
  period: string;
  window: string;
  windowText: string;
  status: PlanStatus;
  statusName: string;
  publicationId: number | null;
  documentId: number | null;
  createdAt: string;
  updatedAt: string;
  demo: boolean;
  tasks: TaskStats;
}

export interface TaskUpdate {
  id: number;
  at: string;
  actor: string;
  progress: number | null;
  status: string | null;
  comment: string;
  link: string | null;
  file: { name: string; mime: string; size: number } | null;
}

export interface TaskReminder {
  kind: 'overdue' | 'recurring';
  message: string;
  deadline?: string | null;
  daysLate?: number | null;
  periodLabel?: string | null;
  dueBy?: string;
}

export interface PlanTask {
  id: number;
  position: number;
  criterionCode: string | null;
  criterionTitle: string | null;
  task: string;
  due: Due;
  dueLabel: string;
  deadline: string | null;
  responsible: string;
  product: string;
  partners: string;
  progress: number;
  status: TaskStatus;
  statusName: string;
  updatedAt: string;
  reminder: TaskReminder | null;
  updates: TaskUpdate[];
}

export interface PlanDetail extends PlanSummary {
  taskList: PlanTask[];
}

export interface Overview {
  plans: PlanSummary[];
  totals: z.infer<typeof plans.Overview>['totals'];
}

export interface Reminder {
  planId: number;
  planTitle: string;
  unitCode: string;
  unitName: string;
  taskId: number;
  position: number;
  task: string;
  responsible: string;
  dueLabel: string;
  progress: number;
  kind: 'overdue' | 'recurring';
  deadline: string | null;
  daysLate: number | null;
  periodLabel: string | null;
  dueBy: string;
  message: string;
}

export interface Reminders {
  today: string;
  queued: number;
  delivery: string;
  reminders: Reminder[];
}

export type Achievement = 'chua_dat' | 'dat' | 'vuot' | (string & {});

export interface ProposalCriterion {
  code: string;
  title: string;
  index: number | null;
  target: number | null;
  achievement: Achievement;
  proposed: TaskInput[];
}

export interface Proposal {
  unitCode: string;
  unitName: string;
  questionnaire: string;
  questionnaireVersion: number;
  period: string;
  window: string;
  overall: { index: number | null; target: number | null };
  source:
    | {
        kind: 'publication';
        id: number;
        title: string;
        status: string;
        decisionNumber: string | null;
        publishedOn: string | null;
        scopeName: string;
      }
    | { kind: 'computed'; computedOn: string };
  criteria: ProposalCriterion[];
}

export interface EffectRow {
  criterion: string | null;
  title: string;
  inPlan: boolean;
  tasks: number;
  tasksDone: number;
  before: number | null;
  beforePublished: number | null;
  after: number | null;
  delta: number | null;
  p: number | null;
  significant: boolean;
  sameVersion: boolean;
  verdict: string;
}

export interface Effect {
  planId: number;
  unitCode: string;
  unitName: string;
  questionnaire: string;
  period: string;
  nextPeriod: string;
  afterResponses: number;
  afterLowSample: boolean | null;
  rows: EffectRow[];
  note: string;
}

export interface ReportSurveyUnit {
  code: string;
  name: string;
  responses: number;
  lowSample: boolean;
  overall: number | null;
  target: number | null;
  rank: number | null;
  rankOf: number;
}

export interface ReportSurvey {
  questionnaire: string;
  title: string;
  period: string;
  minSample: number;
  units: ReportSurveyUnit[];
  own: string | null;
  summary: { units: number; meanOverall: number | null; underTarget: number };
}

export interface ReportDossierMonth {
  month: string;
  received: number;
  early: number;
  onTime: number;
  late: number;
  inProgress: number;
  refused: number;
  supplements: number;
  apologies: number;
  onTimeRate: number | null;
}

export interface PeriodicReport {
  unit: { code: string; name: string };
  period: { label: string; kind: string; title: string; start: string; end: string };
  generatedOn: string;
  surveys: ReportSurvey[];
  dossiers: {
    months: ReportDossierMonth[];
    totals: Omit<ReportDossierMonth, 'month'>;
  };
  feedback: {
    received: number;
    answered: number;
    answeredOnTime: number;
    onTimeShare: number | null;
    satisfied: number;
    dissatisfied: number;
    satisfiedShare: number | null;
    reopened: number;
  } | null;
  plans: { totals: Overview['totals']; plans: PlanSummary[] };
}
