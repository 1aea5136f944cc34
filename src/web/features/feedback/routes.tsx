import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute, rootRoute, str, strOrNumber } from '../../route-base.tsx';

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
    () => import('../public/feedback/PublicFeedbackPage.tsx'),
    'PublicFeedbackPage',
  ),
});

const feedbackSubmitRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/phan-anh/gui',
  component: lazyRouteComponent(() => import('../public/feedback/SubmitPage.tsx'), 'SubmitPage'),
});

export interface FeedbackTrackingSearch {
  /** The secret of the tracking link (given once, at reception). */
  t?: string;
}

const feedbackTrackingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/phan-anh/theo-doi/$code',
  validateSearch: (search: Record<string, unknown>): FeedbackTrackingSearch => ({ t: strOrNumber(search.t) }),
  component: lazyRouteComponent(() => import('../public/feedback/TrackingPage.tsx'), 'TrackingPage'),
});

export interface FeedbackFollowSearch {
  /** The code to follow, filled in (from the thank-you screen). */
  ma?: string;
}

/** "Theo dõi phản ánh": follow a report by its code and check value, phone or e-mail. */
const feedbackFollowRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/phan-anh/theo-doi',
  validateSearch: (search: Record<string, unknown>): FeedbackFollowSearch => ({ ma: strOrNumber(search.ma) }),
  component: lazyRouteComponent(() => import('../public/feedback/FollowPage.tsx'), 'FollowPage'),
});

const publicFeedbackItemRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/phan-anh/$code',
  component: lazyRouteComponent(
    () => import('../public/feedback/PublicFeedbackItemPage.tsx'),
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
  component: lazyRouteComponent(() => import('./list/FeedbackPage.tsx'), 'FeedbackPage'),
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
    () => import('./dashboard/FeedbackDashboardPage.tsx'),
    'FeedbackDashboardPage',
  ),
});

const feedbackCategoriesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/phan-anh-xu-ly/linh-vuc',
  component: lazyRouteComponent(() => import('./categories/CategoriesPage.tsx'), 'CategoriesPage'),
});

const feedbackItemRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/phan-anh-xu-ly/$code',
  component: lazyRouteComponent(() => import('./item/FeedbackItemPage.tsx'), 'FeedbackItemPage'),
});

/** The citizen's feedback pages (children of the root). */
export const feedbackPublicRoutes = [
  publicFeedbackRoute,
  feedbackSubmitRoute,
  feedbackTrackingRoute,
  feedbackFollowRoute,
  publicFeedbackItemRoute,
] as const;

/** The officers' feedback pages (children of the shell). */
export const feedbackAppRoutes = [
  feedbackRoute,
  feedbackDashboardRoute,
  feedbackCategoriesRoute,
  feedbackItemRoute,
] as const;
