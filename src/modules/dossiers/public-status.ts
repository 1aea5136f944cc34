/**
 * One vocabulary for where a dossier stands, pure: the public clock (/tra-cuu), the rating page
 * (/danh-gia), the officer's dossier page and the slips all say it with these words, so a returned
 * dossier never reads "Đang giải quyết" on one page and "Đã trả kết quả" on another.
 *
 * Timeliness (QĐ 766/QĐ-TTg rule, domain brief §2.4): a dossier is judged by when it was finished —
 * the result ready (status 9), else the return (10) — against its due moment, which already includes
 * the days waited for supplements. Finished after the due moment is late; on an earlier Vietnam date
 * than the due date is early; otherwise (the due date itself, up to the due moment) on time: early is
 * counted by the day, not the hour, as the forms and the national statistics count it. An open dossier
 * past its due moment is judged late now. The days are working days of the dossier's calendar.
 */
import { vnDate } from '../../lib/time.ts';

export type Phase =
  | 'processing'
  | 'waiting_supplement'
  | 'waiting_financial'
  | 'ready'
  | 'returned'
  | 'not_accepted'
  | 'refused'
  | 'stopped'
  | 'withdrawn';

export type Timeliness = 'early' | 'on_time' | 'late';

export interface StandingInput {
  status: number;
  dueAt: Date;
  resultReadyAt: Date | null;
  returnedAt: Date | null;
  /** The agency holding the dossier (after a hand-over), else null. */
  heldBy: string | null;
  unitName: string;
  /** For status 8: the step that closed it ('refused' under NĐ 61, 'stopped' under NĐ 118). */
  closedBy?: string | null;
  now: Date;
  /** Working dates d with from < d ≤ to, from the dossier's calendar (calendar's workingDaysBetween). */
  workingDaysBetween: (from: string, to: string) => number;
}

export interface Standing {
  phase: Phase;
  /** Where the dossier is while it is processed; null once it left processing. */
  place: string | null;
  timeliness: Timeliness | null;
  /** Working days early or late (≥ 0), null when not judged. */
  workingDays: number | null;
  /** "Đã trả kết quả trước hạn 2 ngày làm việc", "Đang giải quyết tại UBND xã An", … */
  phrase: string;
  /** "Trước hạn", "Đúng hạn", "Quá hạn 3 ngày làm việc"; null when not judged. */
  verdict: string | null;
}

/** The verdict of a moment against a due moment, and the working days between their dates. */
export function timelinessOf(
  doneAt: Date,
  dueAt: Date,
  between: (from: string, to: string) => number,
): { timeliness: Timeliness; workingDays: number } {
  const done = vnDate(doneAt);
  const due = vnDate(dueAt);
  if (doneAt.getTime() > dueAt.getTime()) {
    return { timeliness: 'late', workingDays: Math.max(0, between(due, done)) };
  }
  if (done < due) return { timeliness: 'early', workingDays: Math.max(0, between(done, due)) };
  return { timeliness: 'on_time', workingDays: 0 };
}

const VERDICT: Record<Timeliness, string> = { early: 'trước hạn', on_time: 'đúng hạn', late: 'quá hạn' };

/** "trước hạn 2 ngày làm việc", "đúng hạn", "quá hạn" (late within the due date itself). */
export function verdictWords(timeliness: Timeliness, workingDays: number): string {
  const word = VERDICT[timeliness];
  return timeliness !== 'on_time' && workingDays > 0 ? `${word} ${workingDays} ngày làm việc` : word;
}

const PHRASE: Record<Exclude<Phase, 'processing' | 'ready' | 'returned'>, string> = {
  waiting_supplement: 'Tạm dừng chờ bổ sung hồ sơ',
  waiting_financial: 'Tạm dừng chờ thực hiện nghĩa vụ tài chính',
  not_accepted: 'Đã từ chối tiếp nhận hồ sơ',
  refused: 'Đã từ chối giải quyết hồ sơ',
  stopped: 'Đã dừng giải quyết hồ sơ',
  withdrawn: 'Đã rút hồ sơ theo yêu cầu của người nộp',
};

function phaseOf(status: number, closedBy: string | null | undefined): Phase {
  switch (status) {
    case 3:
      return 'not_accepted';
    case 5:
      return 'waiting_supplement';
    case 6:
      return 'waiting_financial';
    case 7:
      return 'withdrawn';
    case 8:
      return closedBy === 'refused' ? 'refused' : 'stopped';
    case 9:
      return 'ready';
    case 10:
      return 'returned';
    default:
      return 'processing';
  }
}

export function dossierStanding(input: StandingInput): Standing {
  const phase = phaseOf(input.status, input.closedBy);
  const between = input.workingDaysBetween;
  if (phase === 'ready' || phase === 'returned') {
    const done = input.resultReadyAt ?? input.returnedAt;
    const head = phase === 'ready' ? 'Đã có kết quả' : 'Đã trả kết quả';
    if (!done)
      return { phase, place: null, timeliness: null, workingDays: null, phrase: head, verdict: null };
    const judged = timelinessOf(done, input.dueAt, between);
    const words = verdictWords(judged.timeliness, judged.workingDays);
    return { phase, place: null, ...judged, phrase: `${head} ${words}`, verdict: capitalise(words) };
  }
  if (phase === 'processing') {
    const place = input.heldBy ?? input.unitName;
    const late =
      input.now.getTime() > input.dueAt.getTime() ? timelinessOf(input.now, input.dueAt, between) : null;
    const verdict = late ? capitalise(verdictWords('late', late.workingDays)) : null;
    return {
      phase,
      place,
      timeliness: late ? 'late' : null,
      workingDays: late ? late.workingDays : null,
      phrase: `Đang giải quyết tại ${place}`,
      verdict,
    };
  }
  return { phase, place: null, timeliness: null, workingDays: null, phrase: PHRASE[phase], verdict: null };
}

function capitalise(words: string): string {
  return words.charAt(0).toLocaleUpperCase('vi') + words.slice(1);
}
