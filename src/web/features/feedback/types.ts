import type { z } from 'zod';
import type * as feedback from '../../../modules/feedback/feedback.schema.ts';
import type { FeedbackStatus } from '../../../modules/feedback/feedback-status.ts';

/**
 * The feedback API (phản ánh, kiến nghị) as the web app uses it: every request and response type
 * is inferred from the server's zod schemas (type-only import of feedback.schema.ts), so a renamed
 * field fails to compile.
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
export type OfficerComplaint = z.infer<typeof feedback.OfficerComplaint>;

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

export type Channel = z.infer<typeof feedback.Channel>;
export type DeadlineKind = z.infer<typeof feedback.DeadlineKind>;

/** GET /feedback/categories (officers) and /public/feedback/categories (without the last three). */
export type Category = z.infer<typeof feedback.PublicCategory> &
  Partial<Pick<z.infer<typeof feedback.Category>, 'defaultHandler' | 'answerTemplate' | 'active'>>;

/** GET /feedback/categories as officers see it, with its deadline policy; the policy catalogue. */
export type OfficerCategory = z.infer<typeof feedback.Category>;
export type DeadlinePolicy = z.infer<typeof feedback.DeadlinePolicyInfo>;
export type CategoryPatch = z.input<typeof feedback.CategoryPatch>;

/** A row of GET /feedback and /feedback/warnings. */
export type FeedbackSummary = z.infer<typeof feedback.FeedbackSummary>;
export type Person = z.infer<typeof feedback.Person>;
export type FeedbackEvent = z.infer<typeof feedback.FeedbackEvent>;
export type DuplicateSuggestion = z.infer<typeof feedback.DuplicateSuggestion>;

/**
 * GET /feedback/{code}, and the answer of every action. After a transfer out of the actor's
 * subtree an action answers only `{code, status, events: [], outOfScope: true}`; POST /feedback
 * adds the reporter's tracking link.
 */
export type FeedbackDetail = z.infer<typeof feedback.FeedbackDetail> & {
  outOfScope?: z.infer<typeof feedback.FeedbackMovedAway>['outOfScope'];
} & Partial<Pick<z.infer<typeof feedback.FeedbackIntake>, 'trackingUrl' | 'trackingToken' | 'checkValue'>>;

/** GET /feedback/dashboard. */
export type FeedbackDashboard = z.infer<typeof feedback.Dashboard>;

/** GET /public/feedback and /public/feedback/{code}: personal data masked. */
export type PublicFeedback = z.infer<typeof feedback.PublicItem>;

/** GET /public/feedback/{code}/tracking?t=… — the reporter's page. */
export type Tracking = z.infer<typeof feedback.Tracking>;

/** POST /public/feedback/lookup: follow a report by its code and a key (check value, phone or e-mail). */
export type LookupBody = z.infer<typeof feedback.LookupBody>;
export type FeedbackLookup = z.infer<typeof feedback.FeedbackLookup>;
