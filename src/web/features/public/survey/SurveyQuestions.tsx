import { Stack, Title } from '@mantine/core';
import type { Answers, FormCriterion } from '../../../api/survey-types.ts';
import { useT } from '../../../i18n/index.tsx';
import { ChoiceGroup } from './ChoiceGroup.tsx';

/** Every question on one scrolling page, grouped by criterion; numbered through. */
export function SurveyQuestions({
  criteria,
  answers,
  onAnswer,
}: {
  criteria: FormCriterion[];
  answers: Answers;
  onAnswer: (code: string, value: number | undefined) => void;
}) {
  const t = useT();
  let number = 0;
  return (
    <Stack gap="xl">
      {criteria.map((criterion) => (
        <section key={criterion.code} aria-labelledby={`criterion-${criterion.code}`}>
          <Title order={2} size="h3" id={`criterion-${criterion.code}`} mb="sm">
            {criterion.title}
          </Title>
          <Stack gap="lg">
            {criterion.questions.map((question) => {
              number += 1;
              const shortName = t('survey.questionShort', { number });
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
        </section>
      ))}
    </Stack>
  );
}
