/**
 * Feedback's use cases, one action per file in use-cases/ (each action one transaction: the row
 * locked, the move checked, event + audit). This file is the module's one entry for routes,
 * Open311, demo and tests.
 */
export { feedbackNotFound, tokenInvalid } from './feedback.errors.ts';
export { accept } from './use-cases/accept.ts';
export { approve } from './use-cases/approve.ts';
export { assign } from './use-cases/assign.ts';
export { answerTemplateOf, draftAnswer, fillTemplate } from './use-cases/draft-answer.ts';
export { infoReceived } from './use-cases/info-received.ts';
export { checkPhotos, type PhotoUpload, publicCategory, suggestUnit } from './use-cases/intake.ts';
export { merge } from './use-cases/merge.ts';
export { nameOfficer } from './use-cases/name-officer.ts';
export { publish } from './use-cases/publish.ts';
export { rate } from './use-cases/rate.ts';
export {
  type Channel,
  feedbackCode,
  type Intake,
  OFFICER_CHANNELS,
  receiveFeedback,
} from './use-cases/receive-feedback.ts';
export { reject } from './use-cases/reject.ts';
export { reopen } from './use-cases/reopen.ts';
export { reporterInfo } from './use-cases/reporter-info.ts';
export { requestInfo } from './use-cases/request-info.ts';
export { returnDraft } from './use-cases/return-draft.ts';
export { dashboard, scanOverdue, warningList } from './use-cases/scan-overdue.ts';
export { tokenMatches } from './use-cases/step.ts';
export { transfer } from './use-cases/transfer.ts';
export { verifyOfficer } from './use-cases/verify-officer.ts';
