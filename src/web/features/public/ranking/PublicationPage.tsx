import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { usePublicResult } from '../../../api/survey-queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { useT } from '../../../i18n/index.tsx';
import { PublicLayout } from '../PublicLayout.tsx';
import { PublicationView } from './PublicationView.tsx';

const route = getRouteApi('/chi-so/$id');

/** /chi-so/:id — one published result: a ranking per peer group, and the open data. */
export function PublicationPage() {
  const t = useT();
  const id = Number(route.useParams().id);
  const result = usePublicResult(id);
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
        {result.data ? <PublicationView id={id} data={result.data} /> : null}
      </Stack>
    </PublicLayout>
  );
}
