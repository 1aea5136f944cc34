import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { Publication } from '../../../api/survey-types.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { PublicationStatus } from './PublicationStatus.tsx';

interface Props {
  publications: Publication[];
  canApprove: boolean;
  onApprove: (p: Publication) => void;
  onPublish: (p: Publication) => void;
  busyId: number | null;
}

/** Publications newest first, each with what may happen next: approve, publish, or see it public. */
export function PublicationList({ publications, canApprove, onApprove, onPublish, busyId }: Props) {
  const { t, date } = useI18n();
  const byId = new Map(publications.map((p) => [p.id, p]));
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {publications.map((p) => {
        const replaced = p.supersededById != null ? byId.get(p.supersededById) : undefined;
        const replaces = p.supersedesId != null ? byId.get(p.supersedesId) : undefined;
        return (
          <Card component="li" key={p.id} withBorder padding="md">
            <Group justify="space-between" align="flex-start" gap="sm">
              <div style={{ minWidth: 0, flex: 1 }}>
                <Title order={2} size="h5">
                  {p.title}
                </Title>
                <Group gap="xs" mt={4}>
                  <PublicationStatus status={p.status} />
                  <Text size="sm">
                    {p.questionnaire} · {p.period} · {p.scopeUnit.name}
                  </Text>
                </Group>
                <Text size="sm" c="dimmed" mt={4}>
                  {[
                    t('publications.createdAt', { date: date(p.createdAt) }),
                    p.approvedAt ? t('publications.approvedAt', { date: date(p.approvedAt) }) : '',
                    p.publishedAt ? t('publications.publishedAt', { date: date(p.publishedAt) }) : '',
                    p.decisionNumber ? t('public.list.decision', { number: p.decisionNumber }) : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                {replaces ? (
                  <Text size="sm">
                    {t('publications.replaces', { title: replaces.title, id: replaces.id })}
                  </Text>
                ) : null}
                {p.supersededById != null ? (
                  <Text size="sm" fw={600}>
                    {t('publications.replacedBy', { title: replaced?.title ?? '', id: p.supersededById })}
                  </Text>
                ) : null}
              </div>
              <Group gap="xs">
                {p.status === 'draft' && canApprove ? (
                  <Button
                    size="sm"
                    onClick={() => onApprove(p)}
                    loading={busyId === p.id}
                    aria-label={t('publications.approveLabel', { title: p.title })}
                  >
                    {t('publications.approve')}
                  </Button>
                ) : null}
                {p.status === 'approved' && canApprove ? (
                  <Button
                    size="sm"
                    onClick={() => onPublish(p)}
                    aria-label={t('publications.publishLabel', { title: p.title })}
                  >
                    {t('publications.publish')}
                  </Button>
                ) : null}
                {p.status !== 'published' ? (
                  <Button
                    size="sm"
                    variant="default"
                    renderRoot={(props) => (
                      <Link {...props} to="/cong-bo/$id/xem-truoc" params={{ id: String(p.id) }} />
                    )}
                    aria-label={t('publications.previewLabel', { title: p.title })}
                  >
                    {t('publications.preview')}
                  </Button>
                ) : null}
                {p.status === 'published' ? (
                  <Anchor
                    renderRoot={(props) => <Link {...props} to="/chi-so/$id" params={{ id: String(p.id) }} />}
                  >
                    {t('publications.viewPublic')}
                  </Anchor>
                ) : null}
              </Group>
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}
