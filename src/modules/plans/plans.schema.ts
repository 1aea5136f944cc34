import { z } from 'zod';
import { businessDate } from '../../lib/dates.ts';
import { MAX_ROW_ID, rowId } from '../../lib/ids.ts';
import { RECURRENCES, TASK_STATUSES } from './task-due.ts';
import { ACHIEVEMENTS } from './wording.ts';

/** Request and response shapes of plans, measures, official documents and periodic reports. */

const code = z.string().trim().min(1).max(80);
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max);
const id = rowId;
const isoDate = businessDate;
const target = z.coerce
  .number()
  .min(0)
  .max(100)
  .meta({ description: 'Chỉ tiêu (%) cho mọi tiêu chí và chỉ số chung' });

// ── shared ───────────────────────────────────────────────────────────────────

export const PlanIdParam = z.object({ id });
export const TaskParam = z.object({ id, taskId: id });
export const UpdateParam = z.object({ id, taskId: id, updateId: id });
export const MeasureIdParam = z.object({ id });
export const DocumentIdParam = z.object({ id });

export const UnitIndexSource = z.object({
  unitCode: code,
  questionnaire: code.meta({ example: 'KH-UBND-XA' }),
  period: code.meta({ example: '2025' }),
  publicationId: id.optional(),
  target: target.optional(),
});

export const Due = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('date'), date: isoDate }),
    z.object({ kind: z.literal('recurring'), recurrence: z.enum(RECURRENCES) }),
    z.object({ kind: z.literal('text'), text: text(200).meta({ example: 'Tháng 01' }) }),
  ])
  .meta({
    id: 'TaskDue',
    description:
      'Thời gian hoàn thành: một ngày, một quy tắc lặp (thuong_xuyen "Thường xuyên", hang_thang "Định kỳ hàng tháng", hang_quy "Hàng quý", trong_nam "Trong năm") hoặc chữ tự do ("Tháng 01", "Trong năm (nếu có)")',
  });

export const TaskInput = z.object({
  criterionCode: code.nullable().optional(),
  task: text(2000),
  due: Due,
  responsible: text(300),
  product: optionalText(2000).optional(),
  partners: optionalText(1000).optional(),
  assignees: z.array(z.number().int().min(1).max(MAX_ROW_ID)).max(20).optional().meta({
    description:
      'Cán bộ được giao (id người dùng của đơn vị lập kế hoạch hoặc đơn vị trực thuộc): họ thấy nhiệm vụ trong "Nhiệm vụ của tôi" và được cập nhật tiến độ của nó',
  }),
});

// ── measures ─────────────────────────────────────────────────────────────────

export const MeasuresQuery = z.object({
  questionnaire: code,
  criterion: code.optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

export const Measure = z
  .object({
    id: z.number().int(),
    questionnaire: z.string(),
    criterion: z.string(),
    task: z.string(),
    responsible: z.string(),
    product: z.string(),
    timing: z.string(),
    partners: z.string(),
    sortOrder: z.number().int(),
    active: z.boolean(),
  })
  .meta({ id: 'Measure' });
export const MeasureList = z.object({ measures: z.array(Measure) });

export const CreateMeasureBody = z.object({
  questionnaire: code,
  criterion: code,
  task: text(1000),
  responsible: text(300),
  product: optionalText(1000).default(''),
  timing: text(200).default('Thường xuyên'),
  partners: optionalText(500).default(''),
  sortOrder: z.number().int().min(0).max(100000).optional(),
});
export const UpdateMeasureBody = z
  .object({
    task: text(1000).optional(),
    responsible: text(300).optional(),
    product: optionalText(1000).optional(),
    timing: text(200).optional(),
    partners: optionalText(500).optional(),
    sortOrder: z.number().int().min(0).max(100000).optional(),
    active: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Cần ít nhất một trường để sửa');
// A request, not a response, and loose on purpose: the whole file (its lines, title and source) is
// checked by checkMeasuresFile (measures-file.ts), the same checker as the shipped files, so every
// error names its line ("measures[3].task") as it does for a file on disk.
export const MeasuresFileBody = z
  .looseObject({ questionnaire: code, measures: z.array(z.unknown()).min(1).max(5000) })
  .meta({
    description: 'Tệp thư viện biện pháp (như data/measures/*.json); thay toàn bộ thư viện của phiếu',
  });
export const ImportMeasuresResult = z.object({ questionnaire: z.string(), measures: z.array(Measure) });

// ── plans ────────────────────────────────────────────────────────────────────

const TaskStats = z.object({
  total: z.number().int(),
  done: z.number().int(),
  inProgress: z.number().int(),
  notStarted: z.number().int(),
  paused: z.number().int(),
  overdue: z.number().int(),
  averageProgress: z.number().nullable(),
});

const PlanStatus = z.enum(['draft', 'issued', 'closed']);

export const PlanSummary = z
  .object({
    id: z.number().int(),
    unitCode: z.string(),
    unitName: z.string(),
    title: z.string(),
    questionnaire: z.string(),
    questionnaireVersion: z.number().int(),
    period: z.string(),
    window: z.string(),
    windowText: z.string(),
    status: PlanStatus,
    statusName: z.string(),
    publicationId: z.number().int().nullable(),
    documentId: z.number().int().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    demo: z.boolean(),
    tasks: TaskStats,
  })
  .meta({ id: 'PlanSummary' });

export const TaskUpdate = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  progress: z.number().int().nullable(),
  status: z.string().nullable(),
  comment: z.string(),
  link: z.string().nullable(),
  file: z.object({ name: z.string(), mime: z.string(), size: z.number().int() }).nullable(),
});

/** Why a task is reminded: overdue, or a recurring task not reported in its period. */
export const TaskReminder = z.discriminatedUnion('kind', [
  z.object({
    taskId: z.number().int(),
    kind: z.literal('overdue'),
    deadline: z.string(),
    daysLate: z.number().int(),
    message: z.string(),
  }),
  z.object({
    taskId: z.number().int(),
    kind: z.literal('recurring'),
    recurrence: z.enum(['thuong_xuyen', 'hang_thang', 'hang_quy']),
    periodLabel: z.string(),
    dueBy: z.string(),
    message: z.string(),
  }),
]);

export const PlanTask = z
  .object({
    id: z.number().int(),
    position: z.number().int(),
    criterionCode: z.string().nullable(),
    criterionTitle: z.string().nullable(),
    task: z.string(),
    due: Due,
    dueLabel: z.string(),
    deadline: z.string().nullable(),
    responsible: z.string(),
    product: z.string(),
    partners: z.string(),
    progress: z.number().int(),
    status: z.enum(TASK_STATUSES),
    statusName: z.string(),
    updatedAt: z.string(),
    reminder: TaskReminder.nullable(),
    updates: z.array(TaskUpdate),
    /** The officers named on the task. */
    assignees: z.array(z.object({ id: z.number().int(), name: z.string() })),
  })
  .meta({ id: 'PlanTask' });

/** A user who may be named on a plan's tasks: an active user of the plan's unit or below. */
export const AssignableUser = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
});
export const AssignableUsers = z.object({ users: z.array(AssignableUser) });

/** A task the signed-in user is named on, with its plan. */
export const MyTask = z
  .object({
    planId: z.number().int(),
    planTitle: z.string(),
    planStatus: PlanStatus,
    planStatusName: z.string(),
    unitCode: z.string(),
    unitName: z.string(),
    taskId: z.number().int(),
    position: z.number().int(),
    task: z.string(),
    dueLabel: z.string(),
    deadline: z.string().nullable(),
    progress: z.number().int(),
    status: z.enum(TASK_STATUSES),
    statusName: z.string(),
    /** Whether progress may still be reported (the plan is not closed). */
    open: z.boolean(),
  })
  .meta({ id: 'MyPlanTask' });
export const MyTasks = z.object({ tasks: z.array(MyTask) });

export const PlanDetail = PlanSummary.extend({ taskList: z.array(PlanTask) }).meta({ id: 'PlanDetail' });
export const PlanList = z.object({ plans: z.array(PlanSummary) });

/** Where an index comes from: a published result, or computed from the responses. */
export const IndexSource = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('publication'),
    id: z.number().int(),
    title: z.string(),
    status: z.enum(['draft', 'approved', 'published']),
    decisionNumber: z.string().nullable(),
    publishedOn: z.string().nullable(),
    scopeName: z.string(),
  }),
  z.object({ kind: z.literal('computed'), computedOn: z.string() }),
]);

export const ProposedTask = z.object({
  criterionCode: z.string().nullable().optional(),
  task: z.string(),
  due: Due,
  responsible: z.string(),
  product: z.string(),
  partners: z.string(),
});

/** Criteria come ordered by gap, largest shortfall first (proposal-rank.ts). */
export const ProposalCriterion = z.object({
  code: z.string(),
  title: z.string(),
  index: z.number().nullable(),
  /** Its own target, else the overall one (`targetFrom`). */
  target: z.number().nullable(),
  targetFrom: z.enum(['criterion', 'overall']).nullable(),
  /** index − target in percentage points, unrounded; negative is a shortfall. */
  gap: z.number().nullable(),
  achievement: z.enum(ACHIEVEMENTS),
  /** Under target: its measures come ticked. */
  chosen: z.boolean(),
  /** Every active measure of the library for this criterion, as tasks of the plan's window. */
  measures: z.array(ProposedTask),
  /** The measures a plan saved without edits takes: all of them when under target, else none. */
  proposed: z.array(ProposedTask),
});

export const Proposal = z
  .object({
    unitCode: z.string(),
    unitName: z.string(),
    questionnaire: z.string(),
    questionnaireVersion: z.number().int(),
    period: z.string(),
    window: z.string(),
    /** The years the plan may be drafted for (yearly index: the window's year and the next); else empty. */
    planYears: z.array(z.number().int()),
    source: IndexSource,
    overall: z.object({ index: z.number().nullable(), target: z.number().nullable() }),
    criteria: z.array(ProposalCriterion),
  })
  .meta({ id: 'PlanProposal' });

export const CreatePlanBody = UnitIndexSource.extend({
  title: text(500).optional(),
  /** The year the plan runs in (yearly index): the proposal's `planYears`; omitted → the first. */
  planYear: z.number().int().min(2000).max(2200).optional(),
  tasks: z.array(TaskInput).max(200).optional(),
});
export const UpdatePlanBody = z.object({ title: text(500) });
export const AddTaskBody = TaskInput.extend({ position: z.number().int().min(1).max(1000).optional() });
export const UpdateTaskBody = TaskInput.partial().extend({
  position: z.number().int().min(1).max(1000).optional(),
});

export const ProgressBody = z.object({
  progress: z.number().int().min(0).max(100).optional(),
  status: z.enum(TASK_STATUSES).optional(),
  comment: optionalText(4000).optional(),
  link: z
    .url({ protocol: /^https?$/ })
    .max(1000)
    .optional()
    .meta({ description: 'Đường dẫn minh chứng (trang web, ảnh, tài liệu trực tuyến)' }),
  file: z
    .object({
      name: text(200),
      mime: text(120).meta({ example: 'image/jpeg' }),
      base64: z.string().max(14_500_000),
    })
    .optional()
    .meta({ description: 'Tệp minh chứng ≤ 10 MB (ảnh, PDF, Word, Excel), mã hoá base64' }),
});

export const PlanListQuery = z.object({
  unitCode: code.optional(),
  status: z.enum(['draft', 'issued', 'closed']).optional(),
});
export const UnitScopeQuery = z.object({ unitCode: code.optional() });

export const OverviewTotals = z.object({
  plans: z.number().int(),
  units: z.number().int(),
  draft: z.number().int(),
  issued: z.number().int(),
  closed: z.number().int(),
  tasks: TaskStats,
});

export const Overview = z.object({ plans: z.array(PlanSummary), totals: OverviewTotals });

export const Reminders = z.object({
  today: z.string(),
  queued: z.number().int(),
  delivery: z.string(),
  reminders: z.array(
    z.object({
      planId: z.number().int(),
      planTitle: z.string(),
      unitCode: z.string(),
      unitName: z.string(),
      taskId: z.number().int(),
      position: z.number().int(),
      task: z.string(),
      responsible: z.string(),
      dueLabel: z.string(),
      progress: z.number().int(),
      kind: z.enum(['overdue', 'recurring']),
      deadline: z.string().nullable(),
      daysLate: z.number().int().nullable(),
      periodLabel: z.string().nullable(),
      dueBy: z.string(),
      message: z.string(),
    }),
  ),
});

export const EffectRow = z.object({
  criterion: z.string().nullable(),
  title: z.string(),
  inPlan: z.boolean(),
  tasks: z.number().int(),
  tasksDone: z.number().int(),
  before: z.number().nullable(),
  beforePublished: z.number().nullable(),
  after: z.number().nullable(),
  delta: z.number().nullable(),
  p: z.number().nullable(),
  significant: z.boolean(),
  sameVersion: z.boolean(),
  verdict: z.string(),
});

export const Effect = z
  .object({
    planId: z.number().int(),
    unitCode: z.string(),
    unitName: z.string(),
    questionnaire: z.string(),
    period: z.string(),
    nextPeriod: z.string(),
    before: z.discriminatedUnion('source', [
      z.object({ source: z.literal('publication'), publicationId: z.number().int() }),
      z.object({ source: z.literal('computed'), publicationId: z.null() }),
    ]),
    afterResponses: z.number().int(),
    afterLowSample: z.boolean().nullable(),
    rows: z.array(EffectRow),
    note: z.string(),
  })
  .meta({ id: 'PlanEffect' });

// ── official documents ───────────────────────────────────────────────────────

/** The document model of src/documents/model.ts (OfficialDocument), as JSON. */
const TextRun = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});
const InlineText = z.union([z.string(), z.array(z.union([z.string(), TextRun]))]);
const Alignment = z.enum(['justify', 'center', 'left', 'right']);
const DocumentBlock = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('paragraph'),
    text: InlineText,
    align: Alignment.optional(),
    indent: z.boolean().optional(),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
  }),
  z.object({ type: z.literal('heading'), text: InlineText, italic: z.boolean().optional() }),
  z.object({
    type: z.literal('item'),
    text: InlineText,
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
  }),
  z.object({
    type: z.literal('table'),
    columns: z.array(z.object({ title: z.string(), width: z.number(), align: Alignment.optional() })),
    rows: z.array(z.array(InlineText)),
    fontSize: z.number().optional(),
  }),
  z.object({
    type: z.literal('image'),
    pngBase64: z.string(),
    widthMm: z.number(),
    heightMm: z.number(),
    caption: z.string().optional(),
  }),
  z.object({ type: z.literal('pageBreak') }),
]);
const Signature = z.object({
  authority: z.string().optional(),
  deputyOf: z.string().optional(),
  title: z.string(),
  name: z.string(),
});
export const OfficialDocument = z
  .object({
    kind: z.enum(['cong-van', 'quyet-dinh', 'ke-hoach', 'bao-cao', 'thong-bao', 'to-trinh']),
    parentAgency: z.string().optional(),
    issuingAgency: z.string(),
    number: z.union([z.number(), z.string()]).optional(),
    symbol: z.string(),
    place: z.string(),
    date: z.string().optional(),
    subject: z.string(),
    title: z.string().optional(),
    recipients: z.array(z.string()).optional(),
    body: z.array(DocumentBlock),
    signature: Signature,
    distribution: z.array(z.string()).optional(),
    archive: z.string().optional(),
    annexes: z
      .array(
        z.object({
          title: z.string(),
          subtitle: z.string().optional(),
          note: z.string().optional(),
          orientation: z.enum(['portrait', 'landscape']).optional(),
          withHeader: z.boolean().optional(),
          body: z.array(DocumentBlock),
          signature: Signature.optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'OfficialDocument', description: 'Mô hình văn bản (OfficialDocument)' });

export const TextEdits = z
  .object({
    parentAgency: optionalText(300).optional(),
    issuingAgency: text(300).optional(),
    place: text(100).optional(),
    symbol: text(50).optional(),
    subject: text(1000).optional(),
    recipients: z.array(text(300)).max(30).optional(),
    signature: z
      .object({
        authority: optionalText(100).optional(),
        deputyOf: optionalText(100).optional(),
        title: text(100).optional(),
        name: optionalText(100).optional(),
      })
      .optional(),
    distribution: z.array(text(300)).max(30).optional(),
    archive: optionalText(100).optional(),
    paragraphs: z.record(z.string(), z.array(optionalText(5000)).max(100)).optional(),
  })
  .meta({
    id: 'DocumentTextEdits',
    description:
      'Phần chữ cán bộ được sửa. Đoạn văn theo nhóm (slots); dòng bắt đầu "# " là đề mục, "- " là gạch đầu dòng, "Điều N." được in đậm. Số liệu không nằm trong phần này.',
  });

export const DocumentRequest = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('letter'),
    source: UnitIndexSource,
    signer: z.enum(['chairman', 'deputy']).optional().meta({
      description:
        'Ai ký công văn của UBND: Chủ tịch ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", mặc định) hay Phó Chủ tịch ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"); họ tên để cán bộ điền',
    }),
    text: TextEdits.optional(),
  }),
  z.object({
    kind: z.literal('decision_index'),
    source: z.object({ publicationId: z.number().int().positive().max(MAX_ROW_ID) }),
    text: TextEdits.optional(),
  }),
  z.object({
    kind: z.literal('decision_plan'),
    source: z.object({ planId: z.number().int().positive().max(MAX_ROW_ID) }),
    text: TextEdits.optional(),
  }),
]);

export const DocumentText = z.object({
  parentAgency: z.string(),
  issuingAgency: z.string(),
  place: z.string(),
  symbol: z.string(),
  subject: z.string(),
  recipients: z.array(z.string()),
  signature: Signature,
  distribution: z.array(z.string()),
  archive: z.string(),
  paragraphs: z.record(z.string(), z.array(z.string())),
});

export const DocumentDraft = z
  .object({
    kind: z.enum(['letter', 'decision_index', 'decision_plan']),
    kindName: z.string(),
    unitCode: z.string(),
    unitName: z.string(),
    slots: z.array(z.string()),
    text: DocumentText,
    document: OfficialDocument,
    headingSource: z
      .string()
      .meta({ description: 'Căn cứ của tiêu đề văn bản (tên cơ quan, địa danh) áp dụng vào ngày soạn' }),
    headingFallback: z.boolean().meta({
      description: 'true: đơn vị chưa có tiêu đề cho ngày này, tiêu đề "mặc định, đoán từ tên đơn vị"',
    }),
  })
  .meta({ id: 'DocumentDraft' });

export const IssuedDocument = z
  .object({
    id: z.number().int(),
    kind: z.enum(['letter', 'decision_index', 'decision_plan']),
    kindName: z.string(),
    unitCode: z.string(),
    unitName: z.string(),
    year: z.number().int(),
    number: z.number().int(),
    symbol: z.string(),
    numberLine: z.string().meta({ example: 'Số: 05/UBND-VP' }),
    title: z.string(),
    issuedAt: z.string(),
    issuedOn: z.string(),
    publicationId: z.number().int().nullable(),
    planId: z.number().int().nullable(),
    files: z.object({ docx: z.string(), pdf: z.string() }),
  })
  .meta({ id: 'IssuedDocument' });
export const IssuedDocumentWithContent = IssuedDocument.extend({
  content: OfficialDocument,
});
export const DocumentList = z.object({ documents: z.array(IssuedDocument) });
export const DocumentListQuery = z.object({
  unitCode: code.optional(),
  kind: z.enum(['letter', 'decision_index', 'decision_plan']).optional(),
});

// ── periodic reports ─────────────────────────────────────────────────────────

export const ReportQuery = z.object({
  unitCode: code.optional(),
  period: code.meta({
    example: '2026-H1',
    description: 'Tháng 2026-03, quý 2026-Q1, 6 tháng 2026-H1, năm 2026',
  }),
});
export const ReportSurveyUnit = z.object({
  code: z.string(),
  name: z.string(),
  responses: z.number().int(),
  lowSample: z.boolean(),
  overall: z.number().nullable(),
  target: z.number().nullable(),
  rank: z.number().int().nullable(),
  rankOf: z.number().int(),
  criteria: z.array(
    z.object({ code: z.string(), index: z.number().nullable(), target: z.number().nullable() }),
  ),
});

export const ReportSurvey = z.object({
  questionnaire: z.string(),
  title: z.string(),
  period: z.string(),
  criteria: z.array(z.object({ code: z.string(), title: z.string() })),
  minSample: z.number().int(),
  units: z.array(ReportSurveyUnit),
  own: z.string().nullable(),
  summary: z.object({
    units: z.number().int(),
    meanOverall: z.number().nullable(),
    underTarget: z.number().int(),
  }),
});

const dossierFigures = {
  received: z.number().int(),
  early: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  inProgress: z.number().int(),
  refused: z.number().int(),
  supplements: z.number().int(),
  apologies: z.number().int(),
  onTimeRate: z.number().nullable(),
};
export const ReportDossierMonth = z.object({ month: z.string(), ...dossierFigures });
export type ReportDossierMonth = z.infer<typeof ReportDossierMonth>;
export const ReportDossierTotals = z.object(dossierFigures);

export const ReportFeedback = z.object({
  received: z.number().int(),
  answered: z.number().int(),
  answeredOnTime: z.number().int(),
  onTimeShare: z.number().nullable(),
  satisfied: z.number().int(),
  dissatisfied: z.number().int(),
  satisfiedShare: z.number().nullable(),
  reopened: z.number().int(),
});

export const ReportPlan = z.object({
  id: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  title: z.string(),
  period: z.string(),
  window: z.string(),
  status: PlanStatus,
  statusName: z.string(),
  tasks: TaskStats,
});

export const PeriodicReport = z
  .object({
    unit: z.object({ code: z.string(), name: z.string() }),
    period: z.object({
      label: z.string(),
      kind: z.enum(['month', 'quarter', 'half', 'year']),
      year: z.number().int(),
      months: z.array(z.string()),
      surveyPeriods: z.array(z.string()),
      start: z.string(),
      end: z.string(),
      title: z.string(),
    }),
    generatedOn: z.string(),
    surveys: z.array(ReportSurvey),
    dossiers: z.object({ months: z.array(ReportDossierMonth), totals: ReportDossierTotals }),
    feedback: ReportFeedback.nullable(),
    plans: z.object({ totals: OverviewTotals, plans: z.array(ReportPlan) }),
  })
  .meta({ id: 'PeriodicReport' });

// ── response types (what the presenters return and the web reads) ──────────

export type Measure = z.infer<typeof Measure>;
export type PlanSummary = z.infer<typeof PlanSummary>;
export type ProposedTask = z.infer<typeof ProposedTask>;
export type Proposal = z.infer<typeof Proposal>;
export type TaskUpdate = z.infer<typeof TaskUpdate>;
export type TaskReminder = z.infer<typeof TaskReminder>;
export type PlanTask = z.infer<typeof PlanTask>;
export type PlanDetail = z.infer<typeof PlanDetail>;
export type AssignableUser = z.infer<typeof AssignableUser>;
export type MyTask = z.infer<typeof MyTask>;
export type Overview = z.infer<typeof Overview>;
export type EffectRow = z.infer<typeof EffectRow>;
export type Effect = z.infer<typeof Effect>;
export type Reminder = z.infer<typeof Reminders>['reminders'][number];
export type ReportPlan = z.infer<typeof ReportPlan>;
export type DocumentKind = z.infer<typeof IssuedDocument>['kind'];
export type DocumentDraft = z.infer<typeof DocumentDraft>;
export type IssuedDocument = z.infer<typeof IssuedDocument>;
export type IssuedDocumentWithContent = z.infer<typeof IssuedDocumentWithContent>;
