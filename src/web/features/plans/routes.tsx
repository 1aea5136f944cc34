import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute, str, strOrNumber } from '../../route-base.tsx';

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
  component: lazyRouteComponent(() => import('./list/PlansPage.tsx'), 'PlansPage'),
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
  component: lazyRouteComponent(() => import('./new/NewPlanPage.tsx'), 'NewPlanPage'),
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
  component: lazyRouteComponent(() => import('./measures/MeasuresPage.tsx'), 'MeasuresPage'),
});

export interface PlanSearch {
  /** "hieu-qua": the effect tab; "van-ban": the documents tab. */
  tab?: string;
}

const planRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ke-hoach/$id',
  validateSearch: (search: Record<string, unknown>): PlanSearch => ({ tab: str(search.tab) }),
  component: lazyRouteComponent(() => import('./plan/PlanPage.tsx'), 'PlanPage'),
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
  component: lazyRouteComponent(() => import('./documents/DocumentsPage.tsx'), 'DocumentsPage'),
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
  component: lazyRouteComponent(() => import('./reports/ReportsPage.tsx'), 'ReportsPage'),
});

/** The plans' pages (children of the shell). */
export const planAppRoutes = [
  plansRoute,
  newPlanRoute,
  measuresRoute,
  planRoute,
  documentsRoute,
  reportsRoute,
] as const;
