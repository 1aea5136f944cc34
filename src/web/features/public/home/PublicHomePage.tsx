import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { usePublicIndex } from '../../../api/survey-queries.ts';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { PublicLayout } from '../PublicLayout.tsx';
import { useOpenSurveys, usePublicSite } from '../public-queries.ts';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card component="section" withBorder padding="md" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** "Rate a unit": find the office by what the citizen types, then open its survey form. */
function SurveySearch() {
  const { t, number } = useI18n();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const found = useOpenSurveys(debounced);
  const units = found.data?.units ?? [];
  return (
    <Stack gap="xs">
      <Text>{t('home.public.survey.text')}</Text>
      <TextInput
        label={t('home.public.survey.search')}
        description={t('home.public.survey.hint')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        size="md"
        autoComplete="off"
      />
      <div aria-live="polite">
        {found.data ? (
          <Text size="sm" role="status">
            {units.length
              ? t('home.public.survey.found', { count: number(units.length) })
              : t('home.public.survey.none', { q: debounced.trim() })}
          </Text>
        ) : null}
      </div>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {units.map((u) => (
          <li key={u.code}>
            <Button
              renderRoot={(props) => (
                <Link {...props} to="/khao-sat/$unitCode" params={{ unitCode: u.code }} />
              )}
              variant="light"
              size="md"
              fullWidth
              justify="flex-start"
              aria-label={t('home.public.survey.open', { name: u.name })}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
            >
              {u.name}
            </Button>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

/**
 * / for a visitor who is not signed in: the installation's public front door — look up a dossier,
 * send or follow feedback, the published ranking, the procedure catalogue and a unit's survey.
 * Staff sign in from the header.
 */
export function PublicHomePage() {
  const { t } = useI18n();
  const site = usePublicSite().data;
  const latest = [...(usePublicIndex().data?.publications ?? [])]
    .filter((p) => p.supersededById == null)
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
    .slice(0, 3);
  const title = site?.serves.length
    ? t('home.public.serves', { name: site.serves.map((u) => u.name).join(', ') })
    : t('home.public.title');
  return (
    <PublicLayout width={960}>
      <Stack gap="md">
        <PageTitle title={title}>{title}</PageTitle>
        <Text>{t('home.public.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Section id="home-dossier" title={t('home.public.dossier.title')}>
            <Text mb="sm">{t('home.public.dossier.text')}</Text>
            <Button component={Link} to="/tra-cuu" size="md">
              {t('home.public.dossier.link')}
            </Button>
          </Section>
          <Section id="home-feedback" title={t('home.public.feedback.title')}>
            <Text mb="sm">{t('home.public.feedback.text')}</Text>
            <Group gap="sm">
              <Button component={Link} to="/phan-anh/gui" size="md">
                {t('home.public.feedback.send')}
              </Button>
              <Button component={Link} to="/phan-anh/theo-doi" size="md" variant="default">
                {t('fb.follow.title')}
              </Button>
              <Button component={Link} to="/phan-anh" size="md" variant="default">
                {t('home.public.feedback.follow')}
              </Button>
            </Group>
          </Section>
          <Section id="home-survey" title={t('home.public.survey.title')}>
            <SurveySearch />
          </Section>
          <Section id="home-index" title={t('home.public.index.title')}>
            <Stack gap="xs">
              {latest.map((p) => (
                <Anchor
                  key={p.id}
                  renderRoot={(props) => <Link {...props} to="/chi-so/$id" params={{ id: String(p.id) }} />}
                  className="tap-link"
                >
                  {p.title}
                </Anchor>
              ))}
              <Anchor component={Link} to="/chi-so" fw={600} className="tap-link">
                {t('home.public.index.all')}
              </Anchor>
            </Stack>
          </Section>
          <Section id="home-procedures" title={t('home.public.procedures.title')}>
            <Text mb="sm">{t('home.public.procedures.text')}</Text>
            <Button component={Link} to="/thu-tuc" size="md" variant="default">
              {t('home.public.procedures.link')}
            </Button>
          </Section>
        </SimpleGrid>
      </Stack>
    </PublicLayout>
  );
}
