import type { FormCriterion, FormQuestion, ProfileQuestion, SurveyForm } from '../../api/survey-types.ts';

/** A question with its place in the questionnaire, for one-question-per-screen and row-per-question forms. */
export interface FlatQuestion extends FormQuestion {
  criterion: Pick<FormCriterion, 'code' | 'title'>;
  /** 1-based position in the whole questionnaire. */
  number: number;
}

export function flatQuestions(form: SurveyForm): FlatQuestion[] {
  const out: FlatQuestion[] = [];
  for (const criterion of form.questionnaire.criteria) {
    for (const question of criterion.questions) {
      out.push({
        ...question,
        criterion: { code: criterion.code, title: criterion.title },
        number: out.length + 1,
      });
    }
  }
  return out;
}

/** The optional profile questions (age band, gender…): never scored. */
export function profileQuestions(form: SurveyForm): ProfileQuestion[] {
  return form.questionnaire.profile;
}
