import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { PublicComments } from '../../../../modules/surveys/comments/comments.schema.ts';
import { api } from '../../../api/client.ts';
import { surveyKeys } from '../../../api/survey-queries.ts';
import { useI18n } from '../../../i18n/index.tsx';

/**
 * Citizens' comments on a unit's public result page: only those an officer published, received in
 * the publication's period, phone numbers and e-mail addresses already masked. Nothing when none.
 */
export function PublishedComments({ unitCode, period }: { unitCode: string; period: string }) {
  const { t, date } = useI18n();
  const list = useQuery({
    queryKey: [...surveyKeys.all, 'public-comments', unitCode, period],
    queryFn: ({ signal }) =>
      api<PublicComments>(
        `/public/surveys/${encodeURIComponent(unitCode)}/comments?period=${encodeURIComponent(period)}`,
        { signal },
      ),
    staleTime: 5 * 60_000,
  });
  const comments = list.data?.comments ?? [];
  if (comments.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="public-comments-heading">
      <Title order={2} size="h3" id="public-comments-heading">
        {t('public.comments.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('public.comments.intro')}
      </Text>
      {comments.map((c) => (
        <Paper key={`${c.receivedOn}|${c.text}`} withBorder p="sm" component="blockquote" m={0}>
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{c.text}</Text>
          <Text size="xs" c="dimmed" mt={4}>
            {date(c.receivedOn)}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
