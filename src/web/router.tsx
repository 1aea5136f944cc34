import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { sessionQuery } from './api/queries.ts';
import { AppLayout } from './components/AppLayout.tsx';
import { NotFoundPage, PendingPage, RouteErrorPage } from './components/RoutePages.tsx';

/**
 * Code-based routes with Vietnamese paths. Pages load lazily (one chunk each); the shell and the
 * session check are in the main chunk. A new module adds its route here and its menu entry in
 * nav.ts.
 */
export interface RouterContext {
  queryClient: QueryClient;
}

/** Only same-site paths may be a post-login destination (no `//evil.example`). */
export function safeRedirect(target: unknown): string {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) return '/';
  if (target.startsWith('/dang-nhap')) return '/';
  return target;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

export interface LoginSearch {
  redirect?: string;
  expired?: boolean;
}

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dang-nhap',
  validateSearch: (search: Record<string, unknown>): LoginSearch => ({
    redirect: typeof search.redirect === 'string' ? search.redirect : undefined,
    expired: search.expired === true || search.expired === 'true' ? true : undefined,
  }),
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (session) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: lazyRouteComponent(() => import('./features/auth/LoginPage.tsx'), 'LoginPage'),
});

/** Every page below needs a session; without one, go to the login page and come back after. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/dang-nhap', search: { redirect: location.href } });
    return { session };
  },
  component: AppLayout,
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./features/home/HomePage.tsx'), 'HomePage'),
});

export interface UnitsSearch {
  /** Code of the unit whose details are open. */
  ma?: string;
}

const unitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/don-vi',
  validateSearch: (search: Record<string, unknown>): UnitsSearch => ({
    ma: typeof search.ma === 'string' && search.ma ? search.ma : undefined,
  }),
  component: lazyRouteComponent(() => import('./features/units/UnitsPage.tsx'), 'UnitsPage'),
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
  loginRoute,
  appRoute.addChildren([homeRoute, unitsRoute, usersRoute, accountRoute]),
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

export { loginRoute, unitsRoute };
