import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { ApiError } from '../../../api/client.ts';
import { useErrorText } from '../../../components/errors.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { usePublicFeedbackItem } from '../../feedback/queries.ts';
import { PublicLayout } from '../PublicLayout.tsx';
import { AnswerCard } from './AnswerCard.tsx';

const route = getRouteApi('/phan-anh/$code');

/** /phan-anh/:code — one published item and its answer (the link in the answer message). */
export function PublicFeedbackItemPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { code } = route.useParams();
  const item = usePublicFeedbackItem(code);
  const notFound = item.error instanceof ApiError && item.error.status === 404;
  const title = t('fb.public.itemTitle', { code: item.data?.code ?? code });
  return (
    <PublicLayout heading={item.data?.unitName}>
      <Stack gap="md">
        <Anchor component={Link} to="/phan-anh" className="tap-link">
          ← {t('fb.public.back')}
        </Anchor>
        <PageTitle title={title}>{title}</PageTitle>
        {item.isPending ? <PendingPage /> : null}
        {item.error ? (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={notFound ? t('fb.public.notFound') : undefined}
          >
            <Text size="md">{notFound ? t('fb.public.notFoundBody') : errorText(item.error)}</Text>
          </Alert>
        ) : null}
        {item.data ? <AnswerCard item={item.data} full /> : null}
        <Button component={Link} to="/phan-anh/gui" size="lg" variant="light" fullWidth>
          {t('fb.public.send')}
        </Button>
      </Stack>
    </PublicLayout>
  );
}
