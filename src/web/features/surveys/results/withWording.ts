import type { QuestionnaireDetail, UnitIndex } from '../../../api/survey-types.ts';

/**
 * The index table names questions by code only; with the questionnaire's definition (officers
 * may read it) each question gets its wording and option labels for the distributions.
 */
export function withWording(unit: UnitIndex, questionnaire: QuestionnaireDetail | undefined): UnitIndex {
  if (!questionnaire) return unit;
  const questions = new Map(
    questionnaire.definition.criteria.flatMap((c) => c.questions.map((q) => [q.code, q] as const)),
  );
  return {
    ...unit,
    criteria: unit.criteria.map((c) => ({
      ...c,
      questions: c.questions.map((q) => {
        const source = questions.get(q.code);
        return source ? { ...q, text: q.text ?? source.text, options: q.options ?? source.options } : q;
      }),
    })),
  };
}
