import { Stack } from '@mantine/core';
import type { Answers, FormCriterion } from '../../../api/survey-types.ts';
import type { Translate } from '../../../i18n/index.tsx';
import { ChoiceGroup } from './ChoiceGroup.tsx';

/** The questions of one criterion (one step of the form), numbered through the questionnaire. */
export function SurveyQuestions({
  criterion,
  firstNumber,
  answers,
  onAnswer,
  t,
}: {
  criterion: FormCriterion;
  firstNumber: number;
  answers: Answers;
  onAnswer: (code: string, value: number | undefined) => void;
  t: Translate;
}) {
  return (
    <Stack gap="lg">
      {criterion.questions.map((question, i) => {
        const shortName = t('survey.questionShort', { number: firstNumber + i });
        return (
          <ChoiceGroup
            key={question.code}
            name={`q-${question.code}`}
            legend={
              <>
                <span className="question-number">{shortName}.</span> {question.text}
              </>
            }
            shortName={shortName}
            options={question.options}
            value={answers[question.code]}
            onChange={(value) => onAnswer(question.code, value)}
          />
        );
      })}
    </Stack>
  );
}
