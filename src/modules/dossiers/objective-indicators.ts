import { timelinessOf } from './public-status.ts';

/**
 * The objective indicators of the counter evaluation (TT 01/2018, ch. III), scored from the
 * dossier's own record instead of asked: option values of the ND61-QUAY questionnaire (0, 1, 2).
 */
export interface DossierFacts {
  dueAt: Date;
  resultReadyAt: Date | null;
  supplementRequests: number;
  /** Hand-overs to other agencies, with their own due moment when set. */
  handovers: { fromAgency: string; toAgency: string; dueAt: Date | null; receivedAt: Date | null }[];
}

const SCORE = { late: 0, on_time: 1, early: 2 } as const;

/** Quá hạn 0, đúng hạn 1, trước hạn 2: the verdict of public-status.ts (early = an earlier Vietnam date). */
function timeliness(done: Date | null, due: Date | null): 0 | 1 | 2 | null {
  if (!done || !due) return null;
  return SCORE[timelinessOf(done, due, () => 0).timeliness];
}

export function objectiveAnswers(f: DossierFacts): Record<string, number | null> {
  // Agencies the dossier went through, the desk included (as the issue asks: from the hand-over log).
  const agencies = new Set(f.handovers.flatMap((h) => [h.fromAgency, h.toAgency]));
  const perAgency = f.handovers.map((h) => timeliness(h.receivedAt, h.dueAt));
  const known = perAgency.filter((x): x is 0 | 1 | 2 => x !== null);
  const contacts = 1 + f.supplementRequests;
  return {
    TIME_TOTAL: timeliness(f.resultReadyAt, f.dueAt),
    TIME_AGENCIES: known.length === 0 ? null : Math.min(...known),
    CONTACTS: contacts <= 1 ? 2 : contacts === 2 ? 1 : 0,
    AGENCIES: agencies.size <= 1 ? 2 : agencies.size === 2 ? 1 : 0,
  };
}
