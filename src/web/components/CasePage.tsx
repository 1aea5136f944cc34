import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ErrorAlert } from './errors.tsx';
import { PageTitle } from './PageTitle.tsx';
import { PendingPage } from './RoutePages.tsx';

/** A titled part of a case's page (its own landmark, named by its heading). */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/**
 * One case's page (a dossier, a feedback item): the way back to the list, then the case, or its
 * title with the refusal or the wait while it loads.
 */
export function CasePage<T>({
  back,
  backLabel,
  title,
  query,
  body,
}: {
  back: '/mot-cua' | '/phan-anh-xu-ly';
  backLabel: string;
  title: string;
  query: { data: T | undefined; error: unknown; isPending: boolean };
  body: (data: T) => ReactNode;
}) {
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={back} size="sm" className="tap-link">
        ← {backLabel}
      </Anchor>
      {query.data ? (
        body(query.data)
      ) : (
        <>
          <PageTitle title={title}>{title}</PageTitle>
          <ErrorAlert error={query.error} />
          {query.isPending ? <PendingPage /> : null}
        </>
      )}
    </Stack>
  );
}
