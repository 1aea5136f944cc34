import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute, str, strOrNumber } from '../../route-base.tsx';

export interface ProceduresSearch {
  q?: string;
  field?: string;
  /** Code of a unit: only the procedures it receives. */
  unit?: string;
}

/** The public procedure catalogue ("niêm yết công khai"). */
export const publicProceduresRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/thu-tuc',
  validateSearch: (search: Record<string, unknown>): ProceduresSearch => ({
    q: strOrNumber(search.q),
    field: str(search.field),
    unit: strOrNumber(search.unit),
  }),
  component: lazyRouteComponent(() => import('./ProceduresPage.tsx'), 'ProceduresPage'),
});
