import { Anchor, Stack, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { usePublicResult } from '../../../api/survey-queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { useT } from '../../../i18n/index.tsx';
import { ImproveLink } from '../../plans/ImproveLink.tsx';
import { UnitResultView } from '../../surveys/results/UnitResultView.tsx';
import { PublicLayout } from '../PublicLayout.tsx';
import { PublishedComments } from '../survey/PublishedComments.tsx';
import { DownloadLinks } from './DownloadLinks.tsx';
import { SupersededBanner } from './SupersededBanner.tsx';

const route = getRouteApi('/chi-so/$id/$unitCode');

/** /chi-so/:id/:unitCode — one unit of a published result: criteria, intervals, answers, change. */
export function UnitResultPage() {
  const t = useT();
  const params = route.useParams();
  const id = Number(params.id);
  const result = usePublicResult(id);
  const unit = result.data?.result.units.find((u) => u.unit === params.unitCode);
  const publication = result.data?.publication;
  return (
    <PublicLayout width={960} heading={unit?.name ?? undefined}>
      <Stack gap="md">
        <Anchor
          renderRoot={(props) => <Link {...props} to="/chi-so/$id" params={{ id: String(id) }} />}
          className="tap-link"
        >
          ← {publication ? publication.title : t('public.result.back')}
        </Anchor>
        {result.isPending ? <PendingPage /> : null}
        <ErrorAlert error={result.error} />
        {result.data && !unit ? (
          <>
            <PageTitle title={t('public.unit.missing')}>{t('public.unit.missing')}</PageTitle>
            <Text>{t('public.unit.missingBody', { code: params.unitCode })}</Text>
          </>
        ) : null}
        {unit && publication ? (
          <>
            <PageTitle title={unit.name ?? unit.unit}>{unit.name ?? unit.unit}</PageTitle>
            <Text>
              {t('public.unit.period', { period: publication.period, scope: publication.scopeUnit.name })}
            </Text>
            <SupersededBanner supersededById={publication.supersededById} />
            <UnitResultView unit={unit} />
            <PublishedComments unitCode={unit.unit} period={publication.period} />
            <ImproveLink
              unit={unit.unit}
              questionnaire={publication.questionnaire}
              period={publication.period}
              publication={id}
            />
            <DownloadLinks id={id} />
          </>
        ) : null}
      </Stack>
    </PublicLayout>
  );
}
