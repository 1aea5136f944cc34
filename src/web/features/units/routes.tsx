import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../route-base.tsx';

export interface UnitsSearch {
  /** Code of the unit whose details are open. */
  ma?: string;
}

export const unitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/don-vi',
  validateSearch: (search: Record<string, unknown>): UnitsSearch => ({
    ma: typeof search.ma === 'string' && search.ma ? search.ma : undefined,
  }),
  component: lazyRouteComponent(() => import('./UnitsPage.tsx'), 'UnitsPage'),
});
