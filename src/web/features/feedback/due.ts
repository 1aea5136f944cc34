import type { FeedbackSummary } from './types.ts';

/**
 * Where an item stands against the deadline of its current step (classify ≤ 5, answer ≤ 15,
 * publish ≤ 2 working days). Colour is never the only cue: each state has a word.
 */
export type FeedbackDueState = 'overdue' | 'soon' | 'ok' | 'waiting' | 'none';

/** Working days before the deadline from which an item is "near" it (the warning list's default). */
export const NEAR_DAYS = 2;

export function feedbackDueState(
  f: Pick<FeedbackSummary, 'status' | 'deadline' | 'remainingWorkingDays' | 'overdue'>,
  now = Date.now(),
): FeedbackDueState {
  if (f.status === 'cho_bo_sung') return 'waiting';
  if (!f.deadline || f.remainingWorkingDays === null) return 'none';
  if (f.overdue || f.remainingWorkingDays < 0 || Date.parse(f.deadline.at) < now) return 'overdue';
  return f.remainingWorkingDays <= NEAR_DAYS ? 'soon' : 'ok';
}
