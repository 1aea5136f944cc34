import type { ReactNode } from 'react';
import { ErrorAlert } from './errors.tsx';
import { PendingPage } from './RoutePages.tsx';

/**
 * What a list's query gives: its refusal, the wait, then (once loaded) the status line, and the
 * list itself.
 */
export function ListResult({
  query,
  status,
  children,
}: {
  query: { data: unknown; error: unknown; isPending: boolean };
  /** Shown once the list is loaded ("12 hồ sơ", "Không có…"). */
  status: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <ErrorAlert error={query.error} />
      {query.isPending ? <PendingPage /> : null}
      {query.data ? status : null}
      {children}
    </>
  );
}
