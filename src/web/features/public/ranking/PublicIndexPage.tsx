import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { usePublicIndex } from '../../../api/survey-queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { PublicLayout } from '../PublicLayout.tsx';

/** /chi-so — the published satisfaction results, newest first. No sign-in. */
export function PublicIndexPage() {
  const { t, date } = useI18n();
  const list = usePublicIndex();
  const publications = [...(list.data?.publications ?? [])].sort((a, b) =>
    (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''),
  );
  return (
    <PublicLayout>
      <Stack gap="md">
        <PageTitle title={t('public.list.title')}>{t('public.list.title')}</PageTitle>
        <Text>{t('public.list.intro')}</Text>
        <Anchor component={Link} to="/phan-anh" className="tap-link" fw={600}>
          {t('fb.links.fromIndex')}
        </Anchor>
        <ErrorAlert error={list.error} />
        {list.isPending ? <PendingPage /> : null}
        {list.data && publications.length === 0 ? <Text>{t('public.list.empty')}</Text> : null}
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {publications.map((p) => (
            <Card component="li" key={p.id} withBorder padding="md">
              <Anchor
                renderRoot={(props) => <Link {...props} to="/chi-so/$id" params={{ id: String(p.id) }} />}
                fw={700}
                size="lg"
                className="tap-link"
              >
                {p.title}
              </Anchor>
              <Group gap="xs" mt={6}>
                <Text size="sm">{t('public.list.meta', { period: p.period, scope: p.scopeUnit.name })}</Text>
                {p.supersededById != null ? (
                  <StatusBadge tone="warn">{t('public.superseded.badge')}</StatusBadge>
                ) : null}
              </Group>
              <Text size="sm" c="dimmed">
                {[
                  p.decisionNumber ? t('public.list.decision', { number: p.decisionNumber }) : '',
                  p.publishedAt ? t('public.list.publishedAt', { date: date(p.publishedAt) }) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Card>
          ))}
        </Stack>
      </Stack>
    </PublicLayout>
  );
}
