/**
 * Where a dossier stands against its due moment. Colour is never the only cue: each state has a
 * word ("Quá hạn", "Sắp đến hạn") shown with it.
 */
export type DueState = 'overdue' | 'soon' | 'ok' | 'paused' | 'closed';

const CLOSED = new Set([3, 7, 8, 9, 10]);
const WAITING = new Set([5, 6]);

export function dueState(
  d: { status: number; dueAt: string; remainingWorkingDays: number | null },
  now = Date.now(),
): DueState {
  if (CLOSED.has(d.status)) return 'closed';
  if (WAITING.has(d.status)) return 'paused';
  if (d.remainingWorkingDays === null) return 'closed';
  if (d.remainingWorkingDays < 0 || Date.parse(d.dueAt) < now) return 'overdue';
  return d.remainingWorkingDays <= 1 ? 'soon' : 'ok';
}

export const isClosedStatus = (status: number) => CLOSED.has(status);
