import { Alert, Anchor, Button, Center, Container, Loader, Stack, Text, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { useT } from '../i18n/index.tsx';
import { useErrorText } from './errors.tsx';
import { PageTitle } from './PageTitle.tsx';

export function PendingPage() {
  const t = useT();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" mr="sm" />
      <Text>{t('app.loading')}</Text>
    </Center>
  );
}

export function NotFoundPage() {
  const t = useT();
  return (
    <Container size="sm" py="xl">
      <PageTitle title={t('app.notFound.title')}>{t('app.notFound.title')}</PageTitle>
      <Text mb="md">{t('app.notFound.body')}</Text>
      <Anchor component={Link} to="/">
        {t('app.notFound.home')}
      </Anchor>
    </Container>
  );
}

export function ForbiddenPage() {
  const t = useT();
  return (
    <Stack>
      <PageTitle title={t('app.forbidden.title')}>{t('app.forbidden.title')}</PageTitle>
      <Alert color="red" variant="light" role="alert">
        {t('app.forbidden.body')}
      </Alert>
    </Stack>
  );
}

export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const t = useT();
  const text = useErrorText();
  return (
    <Container size="sm" py="xl">
      <Title order={1} size="h2" mb="md">
        {t('app.error.title')}
      </Title>
      <Alert color="red" variant="light" role="alert" mb="md">
        {text(error)}
      </Alert>
      <Button onClick={reset}>{t('app.error.retry')}</Button>
    </Container>
  );
}
