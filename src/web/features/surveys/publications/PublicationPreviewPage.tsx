import { Alert, Anchor, Stack } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { usePublicationPreview } from '../../../api/survey-queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { useT } from '../../../i18n/index.tsx';
import { PublicLayout } from '../../public/PublicLayout.tsx';
import { PublicationView } from '../../public/ranking/PublicationView.tsx';

const route = getRouteApi('/cong-bo/$id/xem-truoc');

/**
 * /cong-bo/:id/xem-truoc — the public page of a draft or approved result, exactly as citizens
 * will see it, so a leader approves what will be published and not a table of figures.
 */
export function PublicationPreviewPage() {
  const t = useT();
  const id = Number(route.useParams().id);
  const result = usePublicationPreview(id);
  return (
    <PublicLayout width={960}>
      <Stack gap="md">
        <Anchor renderRoot={(props) => <Link {...props} to="/cong-bo" />}>
          {t('publications.preview.back')}
        </Anchor>
        {result.data?.publication.status !== 'published' ? (
          <Alert color="yellow" variant="light" role="status">
            {t('publications.preview.banner')}
          </Alert>
        ) : null}
        {result.isPending ? <PendingPage /> : null}
        <ErrorAlert error={result.error} />
        {result.data ? <PublicationView id={id} data={result.data} preview /> : null}
      </Stack>
    </PublicLayout>
  );
}
