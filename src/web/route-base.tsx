import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Outlet, redirect } from '@tanstack/react-router';
import { sessionQuery } from './api/queries.ts';
import { AppLayout } from './components/AppLayout.tsx';
import { NotFoundPage } from './components/RoutePages.tsx';
import { guardRestoredPages, kioskGuard } from './features/surveys/kiosk/kiosk-lock.ts';

/**
 * The two parents every route hangs from (the root, and the signed-in shell) and the search
 * readers the features' route files share. Each feature declares its routes in
 * `features/<x>/routes.tsx`; router.tsx composes them.
 */
export interface RouterContext {
  queryClient: QueryClient;
}

/** A browser locked on a kiosk reaches no other page (features/surveys/kiosk/kiosk-lock.ts). */
guardRestoredPages();
export const rootRoute = createRootRouteWithContext<RouterContext>()({
  beforeLoad: ({ location }) => kioskGuard(location),
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

/** Without a session, go to the login page and come back after. */
export async function requireSession({
  context,
  location,
}: {
  context: RouterContext;
  location: { href: string };
}) {
  const session = await context.queryClient.ensureQueryData(sessionQuery);
  if (!session) throw redirect({ to: '/dang-nhap', search: { redirect: location.href } });
  return { session };
}

/** Every page below needs a session and lives in the shell. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: requireSession,
  component: AppLayout,
});

export const str = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
// A period typed as 2024 arrives as a number from the URL parser.
export const strOrNumber = (value: unknown) => (typeof value === 'number' ? String(value) : str(value));
