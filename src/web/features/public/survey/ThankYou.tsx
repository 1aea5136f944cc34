import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import type { Translate } from '../../../i18n/index.tsx';

/** After a response was received. */
export function ThankYou({ unitName, t }: { unitName: string; t: Translate }) {
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <PageTitle title={t('survey.thanks.title')}>{t('survey.thanks.title')}</PageTitle>
        <Text size="lg">{t('survey.thanks.body', { unit: unitName })}</Text>
        <Text>{t('survey.thanks.anonymous')}</Text>
        <Anchor component={Link} to="/chi-so" size="lg">
          {t('survey.thanks.results')}
        </Anchor>
        <Text>
          {t('fb.links.fromSurvey')}{' '}
          <Anchor component={Link} to="/phan-anh/gui" fw={600}>
            {t('fb.links.send')}
          </Anchor>
        </Text>
      </Stack>
    </Paper>
  );
}
