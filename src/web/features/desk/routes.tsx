import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute, rootRoute, str, strOrNumber } from '../../route-base.tsx';

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
  component: lazyRouteComponent(() => import('./list/DossiersPage.tsx'), 'DossiersPage'),
});

const receptionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/mot-cua/tiep-nhan',
  component: lazyRouteComponent(() => import('./reception/ReceptionPage.tsx'), 'ReceptionPage'),
});

const dossierRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/mot-cua/ho-so/$code',
  component: lazyRouteComponent(() => import('./dossier/DossierPage.tsx'), 'DossierPage'),
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
  component: lazyRouteComponent(() => import('./dashboard/DeskDashboardPage.tsx'), 'DeskDashboardPage'),
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
  component: lazyRouteComponent(() => import('./calendar/CalendarPage.tsx'), 'CalendarPage'),
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
  component: lazyRouteComponent(() => import('../public/track/TrackPage.tsx'), 'TrackPage'),
});

const trackDossierRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tra-cuu/$code',
  validateSearch: trackSearch,
  component: lazyRouteComponent(() => import('../public/track/TrackPage.tsx'), 'TrackPage'),
});

export interface RatingSearch {
  /** The token printed in the slip's QR code. */
  t?: string;
}

const ratingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/danh-gia/$code',
  validateSearch: (search: Record<string, unknown>): RatingSearch => ({ t: strOrNumber(search.t) }),
  component: lazyRouteComponent(() => import('../public/rating/RatingPage.tsx'), 'RatingPage'),
});

/** The desk's public pages (children of the root). */
export const deskPublicRoutes = [trackRoute, trackDossierRoute, ratingRoute] as const;

/** The desk's officer pages (children of the shell). */
export const deskAppRoutes = [
  deskRoute,
  receptionRoute,
  dossierRoute,
  deskDashboardRoute,
  deskCalendarRoute,
] as const;
