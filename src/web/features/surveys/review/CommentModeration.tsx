import { Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type {
  CommentItem,
  CommentList,
  CommentStatus,
} from '../../../../modules/surveys/comments/comments.schema.ts';
import { api } from '../../../api/client.ts';
import { surveyKeys } from '../../../api/survey-queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { useI18n } from '../../../i18n/index.tsx';

const TONE = { pending: 'warn', published: 'ok', hidden: 'neutral' } as const;

/**
 * Citizens' free-text comments (masked, linked to no response) for the review page: pending first;
 * an officer publishes one to the unit's public result page, or hides it. Scoped like the review
 * of responses; `unitCode` is the review page's unit filter.
 */
export function CommentModeration({
  unitCode,
  onDone,
}: {
  unitCode: string | undefined;
  onDone: (message: string) => void;
}) {
  const { t, date, number } = useI18n();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<CommentStatus>('pending');
  const query = new URLSearchParams({ status, ...(unitCode ? { unitCode } : {}) });
  const list = useQuery({
    queryKey: [...surveyKeys.all, 'comments', unitCode ?? '', status],
    queryFn: ({ signal }) => api<CommentList>(`/surveys/comments?${query}`, { signal }),
  });
  const moderate = useMutation({
    mutationFn: ({ c, to }: { c: CommentItem; to: 'published' | 'hidden' }) =>
      api<CommentItem>(`/surveys/units/${encodeURIComponent(c.unit)}/comments/${c.id}`, {
        method: 'PATCH',
        body: { status: to },
      }),
    onSuccess: async (_data, { to }) => {
      onDone(t(to === 'published' ? 'comments.published.done' : 'comments.hidden.done'));
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all });
    },
  });
  const comments = list.data?.comments ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="comments-heading">
      <Title order={2} size="h3" id="comments-heading">
        {t('comments.title')}
      </Title>
      <Text size="sm">{t('comments.intro')}</Text>
      <SegmentedControl
        aria-label={t('comments.status')}
        value={status}
        onChange={(v) => setStatus(v as CommentStatus)}
        data={(['pending', 'published', 'hidden'] as const).map((s) => ({
          value: s,
          label: t(`comments.status.${s}`),
        }))}
      />
      <ErrorAlert error={list.error ?? moderate.error} />
      {list.data ? (
        <Text role="status" size="sm">
          {comments.length ? t('comments.count', { count: number(comments.length) }) : t('comments.none')}
        </Text>
      ) : null}
      {comments.map((c) => {
        const vars = { date: date(c.receivedOn), unit: c.unitName };
        const busy = moderate.isPending && moderate.variables?.c.id === c.id;
        return (
          <Card
            key={c.id}
            withBorder
            padding="sm"
            component="article"
            aria-label={`${c.unitName} · ${vars.date}`}
          >
            <Group justify="space-between" gap="xs" mb={4}>
              <Text size="sm" fw={600}>
                {c.unitName} · {t('comments.receivedOn', { date: vars.date })}
              </Text>
              <StatusBadge tone={TONE[c.status]}>{t(`comments.status.${c.status}`)}</StatusBadge>
            </Group>
            <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{c.text}</Text>
            <Group gap="xs" mt="sm">
              {c.status !== 'published' ? (
                <Button
                  size="sm"
                  onClick={() => moderate.mutate({ c, to: 'published' })}
                  loading={busy && moderate.variables?.to === 'published'}
                  aria-label={t('comments.publishLabel', vars)}
                >
                  {t('comments.publish')}
                </Button>
              ) : null}
              {c.status !== 'hidden' ? (
                <Button
                  size="sm"
                  variant="default"
                  onClick={() => moderate.mutate({ c, to: 'hidden' })}
                  loading={busy && moderate.variables?.to === 'hidden'}
                  aria-label={t('comments.hideLabel', vars)}
                >
                  {t('comments.hide')}
                </Button>
              ) : null}
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}
