import type { z } from 'zod';
import type * as feedback from '../../../modules/feedback/feedback.schema.ts';
import type { FeedbackStatus } from '../../../modules/feedback/feedback-status.ts';

/**
 * The feedback API (phản ánh, kiến nghị) as the web app uses it. Request bodies and the figures
 * are inferred from the server's zod schemas (type-only import); the item responses are
 * `looseObject`s there, so the fields the pages rely on are written out here (see
 * feedback.queries.ts).
 */
export type { FeedbackStatus };
export type IntakeBody = z.input<typeof feedback.IntakeBody>;
export type ReasonBody = z.input<typeof feedback.ReasonBody>;
export type TransferBody = z.input<typeof feedback.TransferBody>;
export type QuestionBody = z.input<typeof feedback.QuestionBody>;
export type NoteBody = z.input<typeof feedback.NoteBody>;
export type AnswerBody = z.input<typeof feedback.AnswerBody>;
export type MergeBody = z.input<typeof feedback.MergeBody>;
export type UsernameBody = z.input<typeof feedback.UsernameBody>;
export type OfficerBody = z.input<typeof feedback.OfficerBody>;
export type VerifyBody = z.input<typeof feedback.VerifyBody>;
export type RatingBody = z.input<typeof feedback.RatingBody>;
export type InfoBody = z.input<typeof feedback.InfoBody>;
export type Received = z.infer<typeof feedback.Received>;
export type Figures = z.infer<typeof feedback.Figures>;
export type OfficerComplaint = z.infer<typeof feedback.Officers>['officers'][number];

/** The canonical states, in the order an item goes through them (feedback-status.ts). */
export const FEEDBACK_STATUSES: readonly FeedbackStatus[] = [
  'cho_tiep_nhan',
  'da_chuyen',
  'cho_bo_sung',
  'dang_xu_ly',
  'cho_duyet',
  'da_tra_loi',
  'da_cong_khai',
  'tu_choi',
];

export type Channel = 'web' | 'hotline' | 'counter' | 'kiosk' | 'open311';
export type DeadlineKind = 'classify' | 'answer' | 'publish';

/** GET /feedback/categories and /public/feedback/categories. */
export interface Category {
  code: string;
  name: string;
  description: string;
  group: string;
  keywords: string[];
  unitCode: string;
  unitName: string;
  /** Officers' list only. */
  defaultHandler?: string | null;
  answerTemplate?: string;
  active?: boolean;
}

/** A row of GET /feedback and /feedback/warnings. */
export interface FeedbackSummary {
  code: string;
  unitCode: string;
  category: string;
  categoryName: string;
  channel: Channel;
  status: FeedbackStatus;
  statusName: string;
  description: string;
  address: string | null;
  receivedAt: string;
  answerBy: string;
  reopenedCount: number;
  rating: 'satisfied' | 'dissatisfied' | null;
  /** The deadline of the current step; null when the unit's clock does not run. */
  deadline: { kind: DeadlineKind; name: string; at: string } | null;
  remainingWorkingDays: number | null;
  overdue: boolean;
}

export interface Person {
  username: string;
  displayName: string;
}

export interface FeedbackEvent {
  at: string;
  kind: string;
  fromStatus: FeedbackStatus | null;
  toStatus: FeedbackStatus | null;
  actor: string | null;
  data: Record<string, unknown> | null;
}

export interface DuplicateSuggestion {
  code: string;
  status: FeedbackStatus;
  statusName: string;
  description: string;
  address: string | null;
  receivedAt: string;
  /** 0–1, trigram similarity. */
  similarity: number;
}

/** GET /feedback/{code}, and the answer of every action. */
export interface FeedbackDetail extends FeedbackSummary {
  unitName: string;
  lat: number | null;
  long: number | null;
  calledAt: string | null;
  reporter: {
    anonymous: boolean;
    contactConsent: boolean;
    /** Only for roles that handle feedback. */
    name: string | null;
    phone: string | null;
    email: string | null;
  };
  deadlines: { rejectBy: string; transferBy: string; answerBy: string; publishBy: string | null };
  handler: Person | null;
  receivedBy: Person | null;
  answer: string | null;
  /** The category's template, filled in, while nothing is drafted yet. */
  answerDraft: string | null;
  answeredBy: Person | null;
  approvedBy: Person | null;
  answeredAt: string | null;
  publishedAt: string | null;
  ratingReason: string | null;
  officer: Person | null;
  officerVerified: boolean;
  mergedInto: string | null;
  duplicatesLinked: string[];
  duplicateSuggestions: DuplicateSuggestion[];
  photos: { id: number; mime: string; url: string }[];
  events: FeedbackEvent[];
  /** After a transfer out of the actor's subtree: only code and status come back. */
  outOfScope?: boolean;
  /** POST /feedback (intake) only. */
  trackingUrl?: string;
  trackingToken?: string;
}

/** GET /feedback/dashboard. */
export interface FeedbackDashboard {
  period: string;
  figures: Omit<Figures, 'period'>;
  byStatus: Partial<Record<FeedbackStatus, number>>;
  overdue: number;
  officerThreshold: number;
  flaggedOfficers: OfficerComplaint[];
}

/** GET /public/feedback and /public/feedback/{code}: personal data masked. */
export interface PublicFeedback {
  code: string;
  unitCode: string;
  unitName: string;
  category: string;
  categoryName: string;
  status: FeedbackStatus;
  statusName: string;
  description: string;
  address: string | null;
  receivedAt: string;
  answer: string | null;
  answeredAt: string | null;
  publishedAt: string | null;
}

/** GET /public/feedback/{code}/tracking?t=… — the reporter's page. */
export interface Tracking {
  code: string;
  unitName: string;
  categoryName: string;
  status: FeedbackStatus;
  statusName: string;
  description: string;
  address: string | null;
  receivedAt: string;
  answerBy: string;
  answer: string | null;
  answeredAt: string | null;
  publishedAt: string | null;
  rating: 'satisfied' | 'dissatisfied' | null;
  canRate: boolean;
  canAddInfo: boolean;
  mergedInto: {
    code: string;
    statusName: string;
    answer: string | null;
    answeredAt: string | null;
  } | null;
  timeline: {
    at: string;
    kind: string;
    statusName: string | null;
    reason: string | null;
    question: string | null;
  }[];
}
