import { Stack, Text, Title } from '@mantine/core';
import type { Answers, ProfileQuestion } from '../../../api/survey-types.ts';
import type { Translate } from '../../../i18n/index.tsx';
import { ChoiceGroup } from './ChoiceGroup.tsx';

/** The optional "about you" questions on the last step (age band, gender…), never scored. */
export function ProfileQuestions({
  questions,
  answers,
  onAnswer,
  t,
}: {
  questions: ProfileQuestion[];
  answers: Answers;
  onAnswer: (code: string, value: number | undefined) => void;
  t: Translate;
}) {
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="profile-heading">
      <Title order={3} size="h4" id="profile-heading" mb={4}>
        {t('survey.profile.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('survey.profile.hint')}
      </Text>
      <Stack gap="lg">
        {questions.map((question) => (
          <ChoiceGroup
            key={question.code}
            name={`p-${question.code}`}
            legend={question.text}
            shortName={question.text}
            options={question.options}
            value={answers[question.code]}
            onChange={(value) => onAnswer(question.code, value)}
          />
        ))}
      </Stack>
    </section>
  );
}
