import type { QueryClient } from '@tanstack/react-query';
import { createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { sessionQuery } from './api/queries.ts';
import { NotFoundPage, PendingPage, RouteErrorPage } from './components/RoutePages.tsx';
import { loginRoute } from './features/auth/routes.tsx';
import { deskAppRoutes, deskPublicRoutes } from './features/desk/routes.tsx';
import { feedbackAppRoutes, feedbackPublicRoutes } from './features/feedback/routes.tsx';
import { planAppRoutes } from './features/plans/routes.tsx';
import { publicProceduresRoute } from './features/procedures/routes.tsx';
import { surveyAppRoutes, surveyPublicRoutes } from './features/surveys/routes.tsx';
import { unitsRoute } from './features/units/routes.tsx';
import { appRoute, rootRoute } from './route-base.tsx';

/**
 * Code-based routes with Vietnamese paths. Pages load lazily (one chunk each); the shell and the
 * session check are in the main chunk. Each feature declares its routes in
 * `features/<x>/routes.tsx` (on the parents of route-base.tsx) and its menu entry in nav.ts; this
 * file composes them. Pages read their route with `getRouteApi`, never by importing a route.
 */
/** / is public: the front door for visitors, the overview in the shell once signed in (HomeGate). */
const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: ({ context }) => context.queryClient.ensureQueryData(sessionQuery),
  component: lazyRouteComponent(() => import('./features/home/HomeGate.tsx'), 'HomeGate'),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nguoi-dung',
  component: lazyRouteComponent(() => import('./features/users/UsersPage.tsx'), 'UsersPage'),
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tai-khoan',
  component: lazyRouteComponent(() => import('./features/account/AccountPage.tsx'), 'AccountPage'),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  loginRoute,
  ...surveyPublicRoutes,
  publicProceduresRoute,
  ...deskPublicRoutes,
  ...feedbackPublicRoutes,
  appRoute.addChildren([
    unitsRoute,
    ...surveyAppRoutes,
    ...deskAppRoutes,
    ...feedbackAppRoutes,
    ...planAppRoutes,
    usersRoute,
    accountRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingComponent: PendingPage,
    defaultErrorComponent: RouteErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
