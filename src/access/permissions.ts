import { notPermitted, outsideScope } from './access.errors.ts';
import type { Actor } from './actor.ts';
import { GRANTS, type Permission } from './roles.ts';

/**
 * The one permission check. `scope` is the materialised path of the unit the data belongs to;
 * a user may act only inside the subtree of their own unit. Throws 403 otherwise.
 */
export function authorize(actor: Actor, permission: Permission, scope?: { path: string } | null): void {
  if (actor.kind === 'system') return;
  if (!GRANTS[actor.role].includes(permission)) {
    throw notPermitted(permission);
  }
  if (scope && !isInside(actor, scope.path)) {
    throw outsideScope(permission);
  }
}

/** Whether a unit path lies inside the actor's subtree (its own unit included). */
export function isInside(actor: Actor, unitPath: string): boolean {
  return actor.kind === 'system' || unitPath.startsWith(actor.unitPath);
}

/** The path prefix that limits a query to what the actor may see ('' = everything). */
export function scopePrefix(actor: Actor): string {
  return actor.kind === 'system' ? '' : actor.unitPath;
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.kind === 'system' || GRANTS[actor.role].includes(permission);
}

/** The operator, or a user whose unit is a root of the tree (e.g. the province): installation-wide rights. */
export function isTopLevel(actor: Actor): boolean {
  return actor.kind === 'system' || actor.unitPath.indexOf('.') === actor.unitPath.length - 1;
}
