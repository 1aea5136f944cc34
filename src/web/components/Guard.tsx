import type { ReactNode } from 'react';
import { useSession } from '../api/queries.ts';
import { mayVisit, type NavItem } from '../nav.ts';
import { ForbiddenPage } from './RoutePages.tsx';

/** The page, or "no access" for a role the navigation does not offer it to. */
export function Guard({ path, children }: { path: NavItem['to']; children: ReactNode }) {
  const role = useSession().data?.user.role;
  if (!role || !mayVisit(role, path)) return <ForbiddenPage />;
  return <>{children}</>;
}
