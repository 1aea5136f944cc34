import { Text, Title } from '@mantine/core';
import type { PublicResult } from '../../../api/survey-types.ts';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useT } from '../../../i18n/index.tsx';
import { LeftOutNote } from '../../surveys/results/LeftOutNote.tsx';
import { groupByPeer, usePeerGroupLabel } from '../../surveys/results/peerGroups.ts';
import { DownloadLinks } from './DownloadLinks.tsx';
import { PublicationMeta } from './PublicationMeta.tsx';
import { RankingTable } from './RankingTable.tsx';
import { SupersededBanner } from './SupersededBanner.tsx';

/**
 * A result as the public sees it: title, decision, open data and a ranking per peer group. The
 * staff preview of a draft shows this same view, without the links that exist only once it is
 * published (open data, unit pages).
 */
export function PublicationView({
  id,
  data,
  preview = false,
}: {
  id: number;
  data: PublicResult;
  preview?: boolean;
}) {
  const t = useT();
  const peerLabel = usePeerGroupLabel();
  return (
    <>
      <PageTitle title={data.publication.title}>{data.publication.title}</PageTitle>
      <SupersededBanner supersededById={data.publication.supersededById} />
      <PublicationMeta publication={data.publication} />
      {preview ? null : <DownloadLinks id={id} />}
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
            <RankingTable id={id} units={group.units} caption={heading} linkUnits={!preview} />
          </section>
        );
      })}
    </>
  );
}
