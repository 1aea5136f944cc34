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

/** Without a session, go to the login page and come back after. */
async function requireSession({ context, location }: { context: RouterContext; location: { href: string } }) {
  const session = await context.queryClient.ensureQueryData(sessionQuery);
  if (!session) throw redirect({ to: '/dang-nhap', search: { redirect: location.href } });
  return { session };
}

/** Every page below needs a session and lives in the shell. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: requireSession,
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

// Surveys: officer pages in the shell. The wave progress lives under /khao-sat/dot/ because
// /khao-sat/<unit code> is the public form printed on the QR posters.
const wavesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/khao-sat',
  component: lazyRouteComponent(() => import('./features/surveys/waves/WavesPage.tsx'), 'WavesPage'),
});

const waveProgressRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/khao-sat/dot/$waveCode',
  component: lazyRouteComponent(
    () => import('./features/surveys/progress/WaveProgressPage.tsx'),
    'WaveProgressPage',
  ),
});

const reviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/khao-sat/ra-soat',
  component: lazyRouteComponent(() => import('./features/surveys/review/ReviewPage.tsx'), 'ReviewPage'),
});

const paperRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nhap-phieu',
  component: lazyRouteComponent(
    () => import('./features/surveys/paper/PaperEntryPage.tsx'),
    'PaperEntryPage',
  ),
});

export interface IndexSearch {
  q?: string;
  period?: string;
  unit?: string;
  channel?: string;
  /** Unit whose details are open. */
  ma?: string;
}

const str = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
// A period typed as 2024 arrives as a number from the URL parser.
const strOrNumber = (value: unknown) => (typeof value === 'number' ? String(value) : str(value));

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/chi-so-hai-long',
  validateSearch: (search: Record<string, unknown>): IndexSearch => ({
    q: str(search.q),
    period: strOrNumber(search.period),
    unit: str(search.unit),
    channel: str(search.channel),
    ma: str(search.ma),
  }),
  component: lazyRouteComponent(() => import('./features/surveys/index/IndexPage.tsx'), 'IndexPage'),
});

const publicationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cong-bo',
  component: lazyRouteComponent(
    () => import('./features/surveys/publications/PublicationsPage.tsx'),
    'PublicationsPage',
  ),
});

export interface KioskSearch {
  /** Seconds without a touch before the kiosk starts over (default 60). */
  idle?: number;
}

/** The kiosk: signed in, but full screen without the shell. */
const kioskRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quay/$unitCode',
  validateSearch: (search: Record<string, unknown>): KioskSearch => {
    const idle = Number(search.idle);
    return { idle: Number.isFinite(idle) && idle > 0 ? idle : undefined };
  },
  beforeLoad: requireSession,
  component: lazyRouteComponent(() => import('./features/surveys/kiosk/KioskPage.tsx'), 'KioskPage'),
});

// Public pages: no sign-in, no shell.
const publicSurveyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/khao-sat/$unitCode',
  component: lazyRouteComponent(
    () => import('./features/public/survey/PublicSurveyPage.tsx'),
    'PublicSurveyPage',
  ),
});

const publicIndexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chi-so',
  component: lazyRouteComponent(
    () => import('./features/public/ranking/PublicIndexPage.tsx'),
    'PublicIndexPage',
  ),
});

const publicResultRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chi-so/$id',
  component: lazyRouteComponent(
    () => import('./features/public/ranking/PublicationPage.tsx'),
    'PublicationPage',
  ),
});

const publicUnitRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chi-so/$id/$unitCode',
  component: lazyRouteComponent(
    () => import('./features/public/ranking/UnitResultPage.tsx'),
    'UnitResultPage',
  ),
});

export interface ProceduresSearch {
  q?: string;
  field?: string;
  /** Code of a unit: only the procedures it receives. */
  unit?: string;
}

/** The public procedure catalogue ("niêm yết công khai"). */
const publicProceduresRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/thu-tuc',
  validateSearch: (search: Record<string, unknown>): ProceduresSearch => ({
    q: strOrNumber(search.q),
    field: str(search.field),
    unit: strOrNumber(search.unit),
  }),
  component: lazyRouteComponent(() => import('./features/procedures/ProceduresPage.tsx'), 'ProceduresPage'),
});

// One-stop desk: officer pages in the shell; the dossier clock and the rating are public.
export interface DeskSearch {
  /** "canh-bao": the warning tab. */
  tab?: string;
  q?: string;
  status?: number;
  unit?: string;
  /** Only the dossiers the user handles; unset = the role's default (officers: yes). */
  mine?: boolean;
}

const deskRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/mot-cua',
  validateSearch: (search: Record<string, unknown>): DeskSearch => {
    const status = Number(search.status);
    return {
      tab: str(search.tab),
      q: strOrNumber(search.q),
      status: Number.isInteger(status) && status >= 1 && status <= 10 ? status : undefined,
      unit: strOrNumber(search.unit),
      mine:
        search.mine === true || search.mine === 'true'
          ? true
          : search.mine === false || search.mine === 'false'
            ? false
            : undefined,
    };
  },
  component: lazyRouteComponent(() => import('./features/desk/list/DossiersPage.tsx'), 'DossiersPage'),
});

const receptionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/mot-cua/tiep-nhan',
  component: lazyRouteComponent(() => import('./features/desk/reception/ReceptionPage.tsx'), 'ReceptionPage'),
});

const dossierRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/mot-cua/ho-so/$code',
  component: lazyRouteComponent(() => import('./features/desk/dossier/DossierPage.tsx'), 'DossierPage'),
});

export interface DeskDashboardSearch {
  /** YYYY-MM */
  month?: string;
  unit?: string;
}

const deskDashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/mot-cua/tong-hop',
  validateSearch: (search: Record<string, unknown>): DeskDashboardSearch => {
    const month = str(search.month);
    return {
      month: month && /^\d{4}-\d{2}$/.test(month) ? month : undefined,
      unit: strOrNumber(search.unit),
    };
  },
  component: lazyRouteComponent(
    () => import('./features/desk/dashboard/DeskDashboardPage.tsx'),
    'DeskDashboardPage',
  ),
});

export interface DeskCalendarSearch {
  year?: number;
}

const deskCalendarRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/mot-cua/lich-nghi',
  validateSearch: (search: Record<string, unknown>): DeskCalendarSearch => {
    const year = Number(search.year);
    return { year: Number.isInteger(year) && year >= 1968 && year <= 2100 ? year : undefined };
  },
  component: lazyRouteComponent(() => import('./features/desk/calendar/CalendarPage.tsx'), 'CalendarPage'),
});

export interface TrackSearch {
  /** The check value printed beside the code on the receipt, carried in its QR (/tra-cuu/<code>?k=…). */
  k?: string;
}
const trackSearch = (search: Record<string, unknown>): TrackSearch => ({ k: strOrNumber(search.k) });

/** The dossier clock: the citizen types the code and check value on the receipt, or scans its QR. */
const trackRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tra-cuu',
  validateSearch: trackSearch,
  component: lazyRouteComponent(() => import('./features/public/track/TrackPage.tsx'), 'TrackPage'),
});

const trackDossierRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tra-cuu/$code',
  validateSearch: trackSearch,
  component: lazyRouteComponent(() => import('./features/public/track/TrackPage.tsx'), 'TrackPage'),
});

export interface RatingSearch {
  /** The token printed in the slip's QR code. */
  t?: string;
}

const ratingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/danh-gia/$code',
  validateSearch: (search: Record<string, unknown>): RatingSearch => ({ t: strOrNumber(search.t) }),
  component: lazyRouteComponent(() => import('./features/public/rating/RatingPage.tsx'), 'RatingPage'),
});

// Feedback (phản ánh, kiến nghị): the citizen's pages are public; the officers' pages are in the shell.
export interface PublicFeedbackSearch {
  /** Category code. */
  category?: string;
  /** Unit code (its subtree). */
  unit?: string;
  /** Words to find among the answers shown. */
  q?: string;
}

const publicFeedbackRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/phan-anh',
  validateSearch: (search: Record<string, unknown>): PublicFeedbackSearch => ({
    category: strOrNumber(search.category),
    unit: strOrNumber(search.unit),
    q: strOrNumber(search.q),
  }),
  component: lazyRouteComponent(
    () => import('./features/public/feedback/PublicFeedbackPage.tsx'),
    'PublicFeedbackPage',
  ),
});

const feedbackSubmitRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/phan-anh/gui',
  component: lazyRouteComponent(() => import('./features/public/feedback/SubmitPage.tsx'), 'SubmitPage'),
});

export interface FeedbackTrackingSearch {
  /** The secret of the tracking link (given once, at reception). */
  t?: string;
}

const feedbackTrackingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/phan-anh/theo-doi/$code',
  validateSearch: (search: Record<string, unknown>): FeedbackTrackingSearch => ({ t: strOrNumber(search.t) }),
  component: lazyRouteComponent(() => import('./features/public/feedback/TrackingPage.tsx'), 'TrackingPage'),
});

const publicFeedbackItemRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/phan-anh/$code',
  component: lazyRouteComponent(
    () => import('./features/public/feedback/PublicFeedbackItemPage.tsx'),
    'PublicFeedbackItemPage',
  ),
});

export interface FeedbackSearch {
  /** "canh-bao": the warning tab; "ghi-nhan": the hotline/counter intake. */
  tab?: string;
  q?: string;
  status?: string;
  category?: string;
  unit?: string;
  /** Only the items the user handles; unset = the role's default (officers: no). */
  mine?: boolean;
}

const feedbackRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/phan-anh-xu-ly',
  validateSearch: (search: Record<string, unknown>): FeedbackSearch => ({
    tab: str(search.tab),
    q: strOrNumber(search.q),
    status: str(search.status),
    category: strOrNumber(search.category),
    unit: strOrNumber(search.unit),
    mine: search.mine === true || search.mine === 'true' ? true : undefined,
  }),
  component: lazyRouteComponent(() => import('./features/feedback/list/FeedbackPage.tsx'), 'FeedbackPage'),
});

export interface FeedbackDashboardSearch {
  /** 2026, 2026-Q1 or 2026-03. */
  period?: string;
  unit?: string;
  /** Officers named in at least this many verified complaints are flagged. */
  min?: number;
}

const feedbackDashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/phan-anh-xu-ly/tong-hop',
  validateSearch: (search: Record<string, unknown>): FeedbackDashboardSearch => {
    const period = strOrNumber(search.period);
    const min = Number(search.min);
    return {
      period: period && /^\d{4}(-(Q[1-4]|\d{2}))?$/.test(period) ? period : undefined,
      unit: strOrNumber(search.unit),
      min: Number.isInteger(min) && min >= 1 && min <= 100 ? min : undefined,
    };
  },
  component: lazyRouteComponent(
    () => import('./features/feedback/dashboard/FeedbackDashboardPage.tsx'),
    'FeedbackDashboardPage',
  ),
});

const feedbackItemRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/phan-anh-xu-ly/$code',
  component: lazyRouteComponent(
    () => import('./features/feedback/item/FeedbackItemPage.tsx'),
    'FeedbackItemPage',
  ),
});

// Improvement plans, official documents, periodic reports: officer pages in the shell.
export interface PlansSearch {
  unit?: string;
  status?: 'draft' | 'issued' | 'closed';
}

const plansRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ke-hoach',
  validateSearch: (search: Record<string, unknown>): PlansSearch => ({
    unit: strOrNumber(search.unit),
    status:
      search.status === 'draft' || search.status === 'issued' || search.status === 'closed'
        ? search.status
        : undefined,
  }),
  component: lazyRouteComponent(() => import('./features/plans/list/PlansPage.tsx'), 'PlansPage'),
});

export interface NewPlanSearch {
  /** Unit code. */
  unit?: string;
  /** Questionnaire code (CODE or CODE@N). */
  questionnaire?: string;
  /** Index period the plan answers ("2024"). */
  period?: string;
  /** A published result to take the figures from (else the one covering the unit). */
  publication?: number;
}

const newPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ke-hoach/moi',
  validateSearch: (search: Record<string, unknown>): NewPlanSearch => {
    const publication = Number(search.publication);
    return {
      unit: strOrNumber(search.unit),
      questionnaire: strOrNumber(search.questionnaire),
      period: strOrNumber(search.period),
      publication: Number.isInteger(publication) && publication > 0 ? publication : undefined,
    };
  },
  component: lazyRouteComponent(() => import('./features/plans/new/NewPlanPage.tsx'), 'NewPlanPage'),
});

export interface MeasuresSearch {
  /** Questionnaire code. */
  questionnaire?: string;
}

const measuresRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ke-hoach/bien-phap',
  validateSearch: (search: Record<string, unknown>): MeasuresSearch => ({
    questionnaire: strOrNumber(search.questionnaire),
  }),
  component: lazyRouteComponent(() => import('./features/plans/measures/MeasuresPage.tsx'), 'MeasuresPage'),
});

export interface PlanSearch {
  /** "hieu-qua": the effect tab; "van-ban": the documents tab. */
  tab?: string;
}

const planRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ke-hoach/$id',
  validateSearch: (search: Record<string, unknown>): PlanSearch => ({ tab: str(search.tab) }),
  component: lazyRouteComponent(() => import('./features/plans/plan/PlanPage.tsx'), 'PlanPage'),
});

export interface DocumentsSearch {
  unit?: string;
  kind?: 'letter' | 'decision_index' | 'decision_plan';
}

const documentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/van-ban',
  validateSearch: (search: Record<string, unknown>): DocumentsSearch => ({
    unit: strOrNumber(search.unit),
    kind:
      search.kind === 'letter' || search.kind === 'decision_index' || search.kind === 'decision_plan'
        ? search.kind
        : undefined,
  }),
  component: lazyRouteComponent(
    () => import('./features/plans/documents/DocumentsPage.tsx'),
    'DocumentsPage',
  ),
});

export interface ReportsSearch {
  unit?: string;
  /** 2026-03, 2026-Q1, 2026-H1 or 2026. */
  period?: string;
}

const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bao-cao',
  validateSearch: (search: Record<string, unknown>): ReportsSearch => {
    const period = strOrNumber(search.period);
    return {
      unit: strOrNumber(search.unit),
      period: period && /^\d{4}(-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$/.test(period) ? period : undefined,
    };
  },
  component: lazyRouteComponent(() => import('./features/plans/reports/ReportsPage.tsx'), 'ReportsPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  kioskRoute,
  publicSurveyRoute,
  publicIndexRoute,
  publicResultRoute,
  publicUnitRoute,
  publicProceduresRoute,
  trackRoute,
  trackDossierRoute,
  ratingRoute,
  publicFeedbackRoute,
  feedbackSubmitRoute,
  feedbackTrackingRoute,
  publicFeedbackItemRoute,
  appRoute.addChildren([
    homeRoute,
    unitsRoute,
    wavesRoute,
    waveProgressRoute,
    reviewRoute,
    paperRoute,
    indexRoute,
    publicationsRoute,
    deskRoute,
    receptionRoute,
    dossierRoute,
    deskDashboardRoute,
    deskCalendarRoute,
    feedbackRoute,
    feedbackDashboardRoute,
    feedbackItemRoute,
    plansRoute,
    newPlanRoute,
    measuresRoute,
    planRoute,
    documentsRoute,
    reportsRoute,
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

export {
  indexRoute,
  kioskRoute,
  loginRoute,
  publicResultRoute,
  publicSurveyRoute,
  publicUnitRoute,
  unitsRoute,
  waveProgressRoute,
};
