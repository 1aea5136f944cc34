import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { indexXlsxUrl, useIndex, useWaves } from '../../../api/survey-queries.ts';
import type { Channel, IndexQuery } from '../../../api/survey-types.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import type { IndexSearch } from '../routes.tsx';
import { SurveyLinks } from '../SurveyLinks.tsx';
import { IndexFilters } from './IndexFilters.tsx';
import { IndexTable } from './IndexTable.tsx';
import { latestWithData } from './latest-data.ts';
import { UnitIndexDrawer } from './UnitIndexDrawer.tsx';

const route = getRouteApi('/app/chi-so-hai-long');

/** /chi-so-hai-long — the satisfaction index of the units in scope, by questionnaire and period. */
export function IndexPage() {
  const { t, number } = useI18n();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/chi-so-hai-long' });
  const query: IndexQuery | null =
    search.q && search.period
      ? {
          questionnaire: search.q,
          period: search.period,
          unit: search.unit,
          channel: search.channel as Channel | undefined,
        }
      : null;
  const index = useIndex(query);
  const units = index.data?.units ?? [];
  const open = units.find((u) => u.unit === search.ma);
  const go = (next: IndexSearch) => void navigate({ search: next });

  // An address that names no questionnaire opens on the latest wave with responses (kept in the address).
  const waves = useWaves();
  const opening = !search.q && !search.period && waves.data ? latestWithData(waves.data.waves) : null;
  const [openQ, openPeriod] = [opening?.q, opening?.period];
  useEffect(() => {
    if (openQ && openPeriod)
      void navigate({ search: (prev) => ({ ...prev, q: openQ, period: openPeriod }), replace: true });
  }, [openQ, openPeriod, navigate]);

  return (
    <Stack gap="lg">
      <PageTitle title={t('index.title')}>{t('index.title')}</PageTitle>
      <SurveyLinks current="/chi-so-hai-long" />
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        {/* Keyed by the address: the fields show what the table shows, also after opening on the latest wave. */}
        <IndexFilters
          key={`${search.q}|${search.period}|${search.unit}|${search.channel}`}
          value={search}
          onApply={(next) => go(next)}
        />
      </Paper>
      {query ? null : <Text>{t('index.choose')}</Text>}
      <ErrorAlert error={index.error} />
      {query && index.isPending ? <PendingPage /> : null}
      {query && index.data ? (
        <Stack gap="sm">
          <Group justify="space-between">
            <Text role="status">
              {units.length
                ? t('index.summary', {
                    count: number(units.length),
                    questionnaire: index.data.questionnaire,
                    period: index.data.period ?? query.period,
                  })
                : t('index.empty')}
            </Text>
            <Button component="a" href={indexXlsxUrl(query)} download variant="default">
              {t('index.export')}
            </Button>
          </Group>
          {units.length ? <IndexTable units={units} onOpen={(code) => go({ ...search, ma: code })} /> : null}
        </Stack>
      ) : null}
      <UnitIndexDrawer
        unit={open}
        questionnaire={
          index.data
            ? `${index.data.questionnaire}${index.data.version ? `@${index.data.version}` : ''}`
            : null
        }
        period={index.data?.period ?? query?.period}
        onClose={() => go({ ...search, ma: undefined })}
      />
    </Stack>
  );
}
