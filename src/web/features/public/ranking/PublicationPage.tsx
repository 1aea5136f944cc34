import { Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { usePublicResult } from '../../../api/survey-queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { useT } from '../../../i18n/index.tsx';
import { LeftOutNote } from '../../surveys/results/LeftOutNote.tsx';
import { groupByPeer, usePeerGroupLabel } from '../../surveys/results/peerGroups.ts';
import { PublicLayout } from '../PublicLayout.tsx';
import { DownloadLinks } from './DownloadLinks.tsx';
import { PublicationMeta } from './PublicationMeta.tsx';
import { RankingTable } from './RankingTable.tsx';
import { SupersededBanner } from './SupersededBanner.tsx';

const route = getRouteApi('/chi-so/$id');

/** /chi-so/:id — one published result: a ranking per peer group, and the open data. */
export function PublicationPage() {
  const t = useT();
  const id = Number(route.useParams().id);
  const result = usePublicResult(id);
  const peerLabel = usePeerGroupLabel();
  const data = result.data;
  return (
    <PublicLayout width={960}>
      <Stack gap="md">
        {result.isPending ? <PendingPage /> : null}
        {result.error ? (
          <>
            <PageTitle title={t('public.result.missing')}>{t('public.result.missing')}</PageTitle>
            <ErrorAlert error={result.error} />
          </>
        ) : null}
        {data ? (
          <>
            <PageTitle title={data.publication.title}>{data.publication.title}</PageTitle>
            <SupersededBanner supersededById={data.publication.supersededById} />
            <PublicationMeta publication={data.publication} />
            <DownloadLinks id={id} />
            <LeftOutNote units={data.result.units} />
            <Text size="sm" c="dimmed">
              {t('public.result.howTo')}
            </Text>
            {groupByPeer(data.result.units).map((group) => {
              const heading = t('public.result.ranking', { group: peerLabel(group.peerGroup) });
              return (
                <section key={group.peerGroup ?? '-'}>
                  <Title order={2} size="h3" mb="xs">
                    {heading}
                  </Title>
                  <RankingTable id={id} units={group.units} caption={heading} />
                </section>
              );
            })}
          </>
        ) : null}
      </Stack>
    </PublicLayout>
  );
}
