import { dueMoment, type WorkCalendar } from '../../calendar/index.ts';
import { DEFAULT_POLICY, type DeadlineSteps, policyOf } from './deadline-policies.ts';

/**
 * The canonical states of a piece of feedback (phản ánh, kiến nghị) and the moves between them.
 * Pure: the service asks `canMove` before every change and records the event.
 *
 *   cho_tiep_nhan → tu_choi (≤ 2 wd) | da_chuyen (≤ 5 wd) | cho_bo_sung (asked ≤ 5 wd) | dang_xu_ly
 *   dang_xu_ly → cho_duyet (answer drafted) → da_tra_loi (approved; ≤ 15 wd from reception)
 *   da_tra_loi → da_cong_khai (published, ≤ 2 wd after the answer)
 *   da_tra_loi | da_cong_khai → dang_xu_ly (reopened: the reporter was not satisfied, or a review)
 *
 * A transferred item (da_chuyen) waits at the receiving unit, which accepts, refuses, asks for
 * information or transfers it again, as from cho_tiep_nhan.
 */
export const FEEDBACK_STATUSES = [
  'cho_tiep_nhan',
  'tu_choi',
  'da_chuyen',
  'cho_bo_sung',
  'dang_xu_ly',
  'cho_duyet',
  'da_tra_loi',
  'da_cong_khai',
] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const STATUS_NAMES: Record<FeedbackStatus, string> = {
  cho_tiep_nhan: 'Chờ tiếp nhận',
  tu_choi: 'Từ chối',
  da_chuyen: 'Đã chuyển',
  cho_bo_sung: 'Chờ bổ sung thông tin',
  dang_xu_ly: 'Đang xử lý',
  cho_duyet: 'Chờ duyệt trả lời',
  da_tra_loi: 'Đã trả lời',
  da_cong_khai: 'Đã công khai',
};

const NEXT: Record<FeedbackStatus, readonly FeedbackStatus[]> = {
  cho_tiep_nhan: ['tu_choi', 'da_chuyen', 'cho_bo_sung', 'dang_xu_ly'],
  da_chuyen: ['tu_choi', 'da_chuyen', 'cho_bo_sung', 'dang_xu_ly'],
  cho_bo_sung: ['dang_xu_ly', 'tu_choi'],
  dang_xu_ly: ['cho_duyet', 'cho_bo_sung', 'da_chuyen'],
  cho_duyet: ['da_tra_loi', 'dang_xu_ly'],
  da_tra_loi: ['da_cong_khai', 'dang_xu_ly'],
  da_cong_khai: ['dang_xu_ly'],
  tu_choi: [],
};

export function isFeedbackStatus(value: string): value is FeedbackStatus {
  return (FEEDBACK_STATUSES as readonly string[]).includes(value);
}

export function canMove(from: FeedbackStatus, to: FeedbackStatus): boolean {
  return NEXT[from].includes(to);
}

/** Answered, published or refused: nothing more is owed to the reporter (Open311 "closed"). */
export function isClosed(status: FeedbackStatus): boolean {
  return status === 'tu_choi' || status === 'da_tra_loi' || status === 'da_cong_khai';
}

/** The states the reporter may rate: an answer exists and the item is not being handled again. */
export function isRateable(status: FeedbackStatus): boolean {
  return status === 'da_tra_loi' || status === 'da_cong_khai';
}

export const OPEN_STATUSES: readonly FeedbackStatus[] = FEEDBACK_STATUSES.filter((s) => !isClosed(s));

/**
 * Working days allowed for each step under the default policy (NĐ 20/2008, feedback on administrative
 * regulations); a category may choose another policy of data/feedback/deadline-policies.json, and
 * the item keeps the one applied at reception.
 */
export const DEADLINE_DAYS: DeadlineSteps = policyOf(DEFAULT_POLICY).steps;

export interface ReceptionDeadlines {
  /** Refuse to handle, with a reason. */
  rejectBy: Date;
  /** Transfer to the competent unit; also the limit for asking the reporter for more information. */
  transferBy: Date;
  /** The answer, approved, from the reception. */
  answerBy: Date;
}

/**
 * Deadlines fixed at reception on the unit's working calendar with the item's policy: the same
 * counting rule as dossiers (src/calendar dueMoment: a receipt after closing or on a day off counts
 * from the next opening).
 */
export function receptionDeadlines(
  receivedAt: Date,
  calendar: WorkCalendar,
  steps: DeadlineSteps = DEADLINE_DAYS,
): ReceptionDeadlines {
  return {
    rejectBy: dueMoment(receivedAt, steps.reject, calendar),
    transferBy: dueMoment(receivedAt, Math.max(steps.transfer, steps.askInfo), calendar),
    answerBy: dueMoment(receivedAt, steps.answer, calendar),
  };
}

/** Publish the answer within the policy's days after it was given. */
export function publishDeadline(
  answeredAt: Date,
  calendar: WorkCalendar,
  steps: DeadlineSteps = DEADLINE_DAYS,
): Date {
  return dueMoment(answeredAt, steps.publish, calendar);
}

/** A new answer after a reopening: the policy's answer days from the reopening. */
export function reopenedAnswerDeadline(
  reopenedAt: Date,
  calendar: WorkCalendar,
  steps: DeadlineSteps = DEADLINE_DAYS,
): Date {
  return dueMoment(reopenedAt, steps.answer, calendar);
}

export type DeadlineKind = 'classify' | 'answer' | 'publish';

export const DEADLINE_NAMES: Record<DeadlineKind, string> = {
  classify: 'Hạn tiếp nhận, chuyển hoặc yêu cầu bổ sung',
  answer: 'Hạn trả lời',
  publish: 'Hạn công khai',
};

/**
 * The deadline the unit is working against in a state, or null when the clock does not run for
 * the unit (refused, waiting for the reporter, published).
 */
export function currentDeadline(item: {
  status: FeedbackStatus;
  transferBy: Date;
  answerBy: Date;
  publishBy: Date | null;
}): { kind: DeadlineKind; at: Date } | null {
  switch (item.status) {
    case 'cho_tiep_nhan':
    case 'da_chuyen':
      return { kind: 'classify', at: item.transferBy };
    case 'dang_xu_ly':
    case 'cho_duyet':
      return { kind: 'answer', at: item.answerBy };
    case 'da_tra_loi':
      return item.publishBy ? { kind: 'publish', at: item.publishBy } : null;
    default:
      return null;
  }
}

/** Open311 GeoReport v2 status. */
export function open311Status(status: FeedbackStatus): 'open' | 'closed' {
  return isClosed(status) ? 'closed' : 'open';
}
