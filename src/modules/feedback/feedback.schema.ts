import { z } from 'zod';
import { instant } from '../../lib/dates.ts';
import { rowId } from '../../lib/ids.ts';
import { FORMULA_NAME_MESSAGE, startsLikeFormula } from '../../lib/text.ts';
import { StepData } from '../workflow/step.schema.ts';
import { FEEDBACK_STATUSES } from './feedback-status.ts';

/** Request and response shapes of the feedback API (phản ánh, kiến nghị). */

const code = z.string().trim().min(1).max(80);
const text = (max: number) => z.string().trim().min(1).max(max);
const phone = z
  .string()
  .trim()
  .regex(/^(\+?84|0)[\d .-]{8,13}$/, 'Số điện thoại Việt Nam, ví dụ 0905123456');
const period = z
  .string()
  .trim()
  .regex(/^\d{4}(-(Q[1-4]|\d{2}))?$/i, 'Kỳ: năm 2026, quý 2026-Q1 hoặc tháng 2026-03')
  .meta({ example: '2026-03' });

export const FeedbackCodeParam = z.object({ code });
export const PhotoParam = z.object({ code, id: rowId });

const reporter = z.object({
  name: z.string().trim().max(200).optional(),
  phone: phone.optional(),
  email: z.email().optional(),
});

const place = {
  address: z.string().trim().max(300).optional(),
  lat: z.number().min(-90).max(90).optional(),
  long: z.number().min(-180).max(180).optional(),
};

/** The public web form (JSON; the multipart form has the same fields plus `photos`). */
export const PublicSubmitBody = z.object({
  categoryCode: code,
  unitCode: code.optional(),
  description: text(5000),
  ...place,
  reporter: reporter.optional(),
  /** Without consent, contact details are not kept: the report is anonymous. */
  contactConsent: z.boolean().default(false),
});

/** An officer logs a hotline call, a counter or a kiosk report. */
export const IntakeBody = PublicSubmitBody.extend({
  channel: z.enum(['hotline', 'counter', 'kiosk']),
  /** Hotline: when the call came in. */
  calledAt: instant.optional(),
});

export const Received = z.object({
  code: z.string(),
  status: z.string(),
  statusName: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  answerBy: z.string(),
  /** Give this link to the reporter: it is shown once and not stored. */
  trackingUrl: z.string(),
  trackingToken: z.string(),
  /** The 6-character check value to write down with the code: follows the report at /phan-anh/theo-doi. */
  checkValue: z.string(),
});

const Status = z.enum(FEEDBACK_STATUSES);
const Rating = z.enum(['satisfied', 'dissatisfied']);
export const Channel = z.enum(['web', 'hotline', 'counter', 'kiosk', 'open311']);
export const DeadlineKind = z.enum(['classify', 'answer', 'publish']);
/** The deadline policy an item was received under (or a category follows), with its source. */
export const DeadlinePolicyInfo = z.object({
  code: z.string(),
  name: z.string(),
  appliesTo: z.string(),
  steps: z.object({
    reject: z.number().int(),
    transfer: z.number().int(),
    askInfo: z.number().int(),
    answer: z.number().int(),
    publish: z.number().int(),
  }),
  source: z.object({
    document: z.string(),
    article: z.string().nullable(),
    status: z.enum(['official', 'provincial', 'internal-target']),
    verified: z.boolean(),
    note: z.string().nullable(),
  }),
  /** "Thời hạn theo: …", unverified and internal targets said plainly. */
  line: z.string(),
});
export const DeadlinePolicyList = z.object({ policies: z.array(DeadlinePolicyInfo) });

/** A row of GET /feedback and /feedback/warnings (feedback.present.ts builds it). */
export const FeedbackSummary = z.object({
  code: z.string(),
  unitCode: z.string(),
  category: z.string(),
  categoryName: z.string(),
  channel: Channel,
  status: Status,
  statusName: z.string(),
  description: z.string(),
  address: z.string().nullable(),
  receivedAt: z.string(),
  answerBy: z.string(),
  reopenedCount: z.number().int(),
  rating: Rating.nullable(),
  /** The deadline of the current step; null when the unit's clock does not run. */
  deadline: z.object({ kind: DeadlineKind, name: z.string(), at: z.string() }).nullable(),
  remainingWorkingDays: z.number().int().nullable(),
  overdue: z.boolean(),
});
export const FeedbackList = z.object({ items: z.array(FeedbackSummary) });
export const Person = z.object({ username: z.string(), displayName: z.string() });
/** A timeline step; `data` is what the step recorded (reason, deadlines, channel…). */
export const FeedbackEvent = z.object({
  at: z.string(),
  kind: z.string(),
  fromStatus: Status.nullable(),
  toStatus: Status.nullable(),
  actor: z.string().nullable(),
  data: StepData.nullable(),
});
export const DuplicateSuggestion = z.object({
  code: z.string(),
  status: Status,
  statusName: z.string(),
  description: z.string(),
  address: z.string().nullable(),
  receivedAt: z.string(),
  /** 0–1, trigram similarity. */
  similarity: z.number(),
});
/** GET /feedback/{code}, and the answer of every action. */
export const FeedbackDetail = FeedbackSummary.extend({
  unitName: z.string(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  calledAt: z.string().nullable(),
  reporter: z.object({
    anonymous: z.boolean(),
    contactConsent: z.boolean(),
    /** Only for roles that handle feedback. */
    name: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
  deadlines: z.object({
    rejectBy: z.string(),
    transferBy: z.string(),
    answerBy: z.string(),
    publishBy: z.string().nullable(),
  }),
  calendarVersion: z.string(),
  /** The policy applied at reception (kept when the category's policy later changes). */
  deadlinePolicy: DeadlinePolicyInfo,
  handler: Person.nullable(),
  receivedBy: Person.nullable(),
  answer: z.string().nullable(),
  /** The category's template, filled in, while nothing is drafted yet. */
  answerDraft: z.string().nullable(),
  answeredBy: Person.nullable(),
  approvedBy: Person.nullable(),
  answeredAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  ratingReason: z.string().nullable(),
  officer: Person.nullable(),
  officerVerified: z.boolean(),
  mergedInto: z.string().nullable(),
  duplicatesLinked: z.array(z.string()),
  duplicateSuggestions: z.array(DuplicateSuggestion),
  photos: z.array(z.object({ id: z.number().int(), mime: z.string(), url: z.string() })),
  events: z.array(FeedbackEvent),
});
/** POST /feedback: the item, and the reporter's link (shown once, not stored). */
export const FeedbackIntake = FeedbackDetail.extend({
  trackingUrl: z.string(),
  trackingToken: z.string(),
  /** Read to a caller with the code: they follow the report at /phan-anh/theo-doi. */
  checkValue: z.string(),
});
/** After a transfer out of the actor's subtree: only where it went. */
export const FeedbackMovedAway = z.object({
  code: z.string(),
  status: z.literal('da_chuyen'),
  events: z.array(FeedbackEvent).max(0),
  outOfScope: z.literal(true),
});
export const FeedbackAfterAction = z.union([FeedbackDetail, FeedbackMovedAway]);
export const FeedbackListQuery = z.object({
  unitCode: code.optional(),
  status: z.enum(FEEDBACK_STATUSES).optional(),
  category: code.optional(),
  mine: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
export const WarningQuery = z.object({
  unitCode: code.optional(),
  withinDays: z.coerce.number().int().min(0).max(30).optional(),
});
export const PeriodQuery = z.object({
  unitCode: code.optional(),
  period,
  min: z.coerce.number().int().min(1).max(100).optional(),
});

export const ReasonBody = z.object({ reason: text(2000) });
export const TransferBody = z.object({ unitCode: code, reason: text(2000), categoryCode: code.optional() });
export const QuestionBody = z.object({ question: text(2000) });
export const NoteBody = z.object({ note: text(4000) });
export const AnswerBody = z.object({ text: z.string().trim().max(20000).optional() });
export const MergeBody = z.object({ into: code });
export const UsernameBody = z.object({ username: text(100) });
export const OfficerBody = z.object({ username: text(100).nullable() });
export const VerifyBody = z.object({ verified: z.boolean(), note: z.string().trim().max(1000).optional() });

export const TrackingQuery = z.object({ t: z.string().trim().min(8).max(100) });
export const RatingBody = z.object({
  rating: z.enum(['satisfied', 'dissatisfied']),
  reason: z.string().trim().max(2000).optional(),
});
export const InfoBody = z.object({ text: text(4000) });

export const PublicListQuery = z.object({
  unitCode: code.optional(),
  category: code.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).max(100000).optional(),
});
/** GET /public/feedback and /public/feedback/{code}: personal data masked. */
export const PublicItem = z.object({
  code: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  category: z.string(),
  categoryName: z.string(),
  status: Status,
  statusName: z.string(),
  description: z.string(),
  address: z.string().nullable(),
  receivedAt: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export const PublicList = z.object({ items: z.array(PublicItem) });
/** GET /public/feedback/{code}/tracking?t=… — the reporter's page. */
export const Tracking = z.object({
  code: z.string(),
  unitName: z.string(),
  categoryName: z.string(),
  status: Status,
  statusName: z.string(),
  description: z.string(),
  address: z.string().nullable(),
  receivedAt: z.string(),
  answerBy: z.string(),
  deadlinePolicy: DeadlinePolicyInfo,
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  rating: Rating.nullable(),
  canRate: z.boolean(),
  canAddInfo: z.boolean(),
  mergedInto: z
    .object({
      code: z.string(),
      statusName: z.string(),
      answer: z.string().nullable(),
      answeredAt: z.string().nullable(),
    })
    .nullable(),
  timeline: z.array(
    z.object({
      at: z.string(),
      kind: z.string(),
      statusName: z.string().nullable(),
      reason: z.string().nullable(),
      question: z.string().nullable(),
    }),
  ),
});
/**
 * POST /public/feedback/lookup: follow a report by its code and a second factor, `key`: the check
 * value shown with the code, or the phone number or e-mail given with the report. In the body,
 * so a phone number or e-mail never sits in an address or a log.
 */
export const LookupBody = z.object({
  code: z.string().trim().min(1).max(40),
  key: z.string().trim().max(200).optional(),
});
/** The code exists, nothing more (no key given): never the reporter's contact. */
export const LookupExists = z.object({
  verified: z.literal(false),
  code: z.string(),
  exists: z.literal(true),
  message: z.string(),
});
/** The right key: the reporter's page, read only (rating and adding information need the link). */
export const LookupFound = z.object({
  verified: z.literal(true),
  factor: z.enum(['check', 'phone', 'email']),
  tracking: Tracking,
});
export const FeedbackLookup = z.union([LookupFound, LookupExists]);
export const SuggestQuery = z.object({ category: code, address: z.string().trim().max(300).optional() });

const categoryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,40}$/, 'Mã: chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 40)');
export const CategoryBody = z.object({
  code: categoryCode,
  name: text(200).refine((v) => !startsLikeFormula(v), FORMULA_NAME_MESSAGE),
  description: z.string().trim().max(2000).optional(),
  group: z.string().trim().max(200).optional(),
  keywords: z.array(text(100)).max(30).optional(),
  unitCode: code,
  defaultHandler: z.string().trim().min(1).max(100).nullable().optional(),
  answerTemplate: z.string().trim().max(20000).optional(),
  active: z.boolean().optional(),
  /** A code of data/feedback/deadline-policies.json (default nd20-2008); unknown → 400 DEADLINE_POLICY_UNKNOWN. */
  deadlinePolicy: z.string().trim().min(1).max(40).optional(),
});
export const CategoryPatch = CategoryBody.omit({ code: true }).partial();
/** A category as the public form lists it. */
export const PublicCategory = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  group: z.string(),
  keywords: z.array(z.string()),
  unitCode: z.string(),
  unitName: z.string(),
});
/** A category as officers see it: with its default handler, answer template, deadline policy and state. */
export const Category = PublicCategory.extend({
  defaultHandler: z.string().nullable(),
  answerTemplate: z.string(),
  active: z.boolean(),
  deadlinePolicy: DeadlinePolicyInfo,
});
export const CategoryList = z.object({ categories: z.array(Category) });
export const PublicCategoryList = z.object({ categories: z.array(PublicCategory) });
export const CategoryQuery = z.object({ unitCode: code.optional() });
export const PublicCategoryQuery = z.object({ unitCode: code.optional() });

export const Figures = z.object({
  period: z.string(),
  received: z.number().int(),
  answered: z.number().int(),
  answeredOnTime: z.number().int(),
  onTimeShare: z.number().nullable(),
  satisfied: z.number().int(),
  dissatisfied: z.number().int(),
  satisfiedShare: z.number().nullable(),
  reopened: z.number().int(),
});
export const OfficerComplaint = z.object({
  username: z.string(),
  displayName: z.string(),
  unitCode: z.string(),
  complaints: z.number().int(),
  items: z.array(z.string()),
  flagged: z.boolean(),
});
/** GET /feedback/dashboard. */
export const Dashboard = z.object({
  period: z.string(),
  figures: Figures.omit({ period: true }),
  byStatus: z.partialRecord(Status, z.number().int()),
  overdue: z.number().int(),
  officerThreshold: z.number().int(),
  flaggedOfficers: z.array(OfficerComplaint),
});
export const Officers = z.object({ officers: z.array(OfficerComplaint) });
export const Duplicates = z.object({ items: z.array(DuplicateSuggestion) });
