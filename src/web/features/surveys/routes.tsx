import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute, requireSession, rootRoute, str, strOrNumber } from '../../route-base.tsx';

// Surveys: officer pages in the shell. The wave progress lives under /khao-sat/dot/ because
// /khao-sat/<unit code> is the public form printed on the QR posters.
const wavesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/khao-sat',
  component: lazyRouteComponent(() => import('./waves/WavesPage.tsx'), 'WavesPage'),
});

const waveProgressRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/khao-sat/dot/$waveCode',
  component: lazyRouteComponent(() => import('./progress/WaveProgressPage.tsx'), 'WaveProgressPage'),
});

const reviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/khao-sat/ra-soat',
  component: lazyRouteComponent(() => import('./review/ReviewPage.tsx'), 'ReviewPage'),
});

const paperRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nhap-phieu',
  component: lazyRouteComponent(() => import('./paper/PaperEntryPage.tsx'), 'PaperEntryPage'),
});

export interface IndexSearch {
  q?: string;
  period?: string;
  unit?: string;
  channel?: string;
  /** Unit whose details are open. */
  ma?: string;
}

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
  component: lazyRouteComponent(() => import('./index/IndexPage.tsx'), 'IndexPage'),
});

const publicationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cong-bo',
  component: lazyRouteComponent(() => import('./publications/PublicationsPage.tsx'), 'PublicationsPage'),
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
  component: lazyRouteComponent(() => import('./kiosk/KioskPage.tsx'), 'KioskPage'),
});

// Public pages: no sign-in, no shell.
const publicSurveyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/khao-sat/$unitCode',
  component: lazyRouteComponent(() => import('../public/survey/PublicSurveyPage.tsx'), 'PublicSurveyPage'),
});

const publicIndexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chi-so',
  component: lazyRouteComponent(() => import('../public/ranking/PublicIndexPage.tsx'), 'PublicIndexPage'),
});

const publicResultRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chi-so/$id',
  component: lazyRouteComponent(() => import('../public/ranking/PublicationPage.tsx'), 'PublicationPage'),
});

/** A draft's public page as it will be, for its staff: the public frame, signed in. */
const publicationPreviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cong-bo/$id/xem-truoc',
  beforeLoad: requireSession,
  component: lazyRouteComponent(
    () => import('./publications/PublicationPreviewPage.tsx'),
    'PublicationPreviewPage',
  ),
});

const publicUnitRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chi-so/$id/$unitCode',
  component: lazyRouteComponent(() => import('../public/ranking/UnitResultPage.tsx'), 'UnitResultPage'),
});

/** The surveys' public pages and kiosk (children of the root). */
export const surveyPublicRoutes = [
  kioskRoute,
  publicSurveyRoute,
  publicIndexRoute,
  publicResultRoute,
  publicUnitRoute,
  publicationPreviewRoute,
] as const;

/** The surveys' officer pages (children of the shell). */
export const surveyAppRoutes = [
  wavesRoute,
  waveProgressRoute,
  reviewRoute,
  paperRoute,
  indexRoute,
  publicationsRoute,
] as const;
