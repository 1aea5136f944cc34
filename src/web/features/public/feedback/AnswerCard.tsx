import { Anchor, Box, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import type { PublicFeedback } from '../../feedback/types.ts';

/**
 * One published item: the category and unit, what the citizen reported (personal data masked by
 * the server), the official answer and the dates. `full` on its own page; in the list the answer
 * is clamped and the code links to the page.
 */
export function AnswerCard({ item: f, full = false }: { item: PublicFeedback; full?: boolean }) {
  const { t, dateTime } = useI18n();
  const headingId = `pa-${f.code}`;
  return (
    <Card
      component={full ? 'article' : 'li'}
      withBorder
      padding="md"
      aria-labelledby={full ? undefined : headingId}
    >
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" align="flex-start">
          {full ? (
            <Text fw={700} className="dossier-code">
              {f.code}
            </Text>
          ) : (
            <Title order={2} size="h5" id={headingId}>
              <Anchor
                renderRoot={(props) => <Link {...props} to="/phan-anh/$code" params={{ code: f.code }} />}
                className="tap-link"
                fw={700}
              >
                {f.code}
              </Anchor>
            </Title>
          )}
          <StatusBadge tone="info">{f.categoryName}</StatusBadge>
        </Group>
        <Text size="sm" fw={600}>
          {f.unitName}
        </Text>
        <Box>
          <Text size="sm" fw={700} c="gray.8">
            {t('fb.public.reported')}
          </Text>
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} lineClamp={full ? undefined : 4}>
            {f.description}
          </Text>
          {f.address ? (
            <Text size="sm" mt={2}>
              {t('fb.public.place', { place: f.address })}
            </Text>
          ) : null}
        </Box>
        {f.answer ? (
          <Box className="fb-answer-box">
            <Text size="sm" fw={700} c="gray.8">
              {t('fb.public.answer')}
            </Text>
            <Text
              style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
              lineClamp={full ? undefined : 6}
            >
              {f.answer}
            </Text>
          </Box>
        ) : null}
        <Text size="xs">
          {[
            t('fb.public.receivedAt', { at: dateTime(f.receivedAt) }),
            f.answeredAt ? t('fb.public.answeredAt', { at: dateTime(f.answeredAt) }) : '',
            f.publishedAt ? t('fb.public.publishedAt', { at: dateTime(f.publishedAt) }) : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
    </Card>
  );
}
