import { useSession } from '../../api/queries.ts';
import type { Role } from '../../api/types.ts';
import { hasRole } from '../../nav.ts';

/** Whether the signed-in user has one of the roles (hides what the server would refuse). */
export function useHasRole(roles: readonly Role[]): boolean {
  return hasRole(useSession().data?.user.role, roles);
}
