import type { Answers, FormCriterion, SurveyForm } from '../../../api/survey-types.ts';

/**
 * The public form as steps that fit a phone (#12 item 2): the consent notice first, one criterion
 * per step, and a last step with the optional profile questions, the free-text comment and the
 * send button. Pure, so the navigation and the saved draft are property-tested.
 */
export type Step =
  | { kind: 'consent' }
  | {
      kind: 'criterion';
      criterion: FormCriterion /** 1-based number of its first question */;
      firstNumber: number;
    }
  | { kind: 'finish' };

export function buildSteps(form: Pick<SurveyForm, 'questionnaire'>): Step[] {
  const steps: Step[] = [{ kind: 'consent' }];
  let number = 1;
  for (const criterion of form.questionnaire.criteria) {
    steps.push({ kind: 'criterion', criterion, firstNumber: number });
    number += criterion.questions.length;
  }
  steps.push({ kind: 'finish' });
  return steps;
}

/** The step index kept inside [0, count - 1] (a stale draft, a double tap on Tiếp). */
export function clampStep(index: number, count: number): number {
  if (!Number.isInteger(index) || index < 0) return 0;
  return Math.min(index, count - 1);
}

/** Questions of the questionnaire that hold an answer (profile questions are not counted). */
export function answeredCount(form: Pick<SurveyForm, 'questionnaire'>, answers: Answers): number {
  let n = 0;
  for (const c of form.questionnaire.criteria)
    for (const q of c.questions) if (answers[q.code] !== undefined) n += 1;
  return n;
}

/** What the browser keeps in sessionStorage while the citizen answers. */
export interface Draft {
  step: number;
  consent: boolean;
  answers: Answers;
  profile: Answers;
  comment: string;
}

export const EMPTY_DRAFT: Draft = { step: 0, consent: false, answers: {}, profile: {}, comment: '' };

/** The storage key: one draft per unit and questionnaire version (a new version starts afresh). */
export function draftKey(unitCode: string, form: Pick<SurveyForm, 'questionnaire'>): string {
  return `hl-survey-draft:${unitCode.toUpperCase()}:${form.questionnaire.code}@${form.questionnaire.version}`;
}

type Question = { code: string; options: { value: number }[] };

function keepValid(raw: unknown, questions: readonly Question[]): Answers {
  const out: Answers = {};
  if (typeof raw !== 'object' || raw === null) return out;
  const values = raw as Record<string, unknown>;
  for (const q of questions) {
    const v = values[q.code];
    if (typeof v === 'number' && q.options.some((o) => o.value === v)) out[q.code] = v;
  }
  return out;
}

/**
 * A saved draft read back, whatever it holds: only answers to questions of this form with one of
 * their options survive, the step is clamped (and 0 without consent), the comment cut to `maxComment`; anything else
 * gives the empty draft.
 */
export function restoreDraft(
  raw: unknown,
  form: Pick<SurveyForm, 'questionnaire'>,
  maxComment: number,
): Draft {
  if (typeof raw !== 'object' || raw === null) return EMPTY_DRAFT;
  const d = raw as Record<string, unknown>;
  const questions = form.questionnaire.criteria.flatMap((c) => c.questions);
  const consent = d.consent === true;
  return {
    // Without consent the citizen starts at the notice again.
    step: consent ? clampStep(typeof d.step === 'number' ? d.step : 0, buildSteps(form).length) : 0,
    consent,
    answers: keepValid(d.answers, questions),
    profile: keepValid(d.profile, form.questionnaire.profile),
    comment: typeof d.comment === 'string' ? d.comment.slice(0, maxComment) : '',
  };
}
