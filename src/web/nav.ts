import type { Role } from './api/types.ts';
import type { MessageKey } from './i18n/vi.ts';

/**
 * The navigation, by role, in one list. A module adds its page here (and its route in
 * router.tsx); the shell's menu, the overview's shortcuts and the route guard all read it.
 * `roles` omitted = every signed-in user. Keep in step with the server's grants
 * (src/modules/accounts/roles.ts): the server is the real check, this only hides what would 403.
 */
export interface NavItem {
  to: '/' | '/don-vi' | '/nguoi-dung' | '/tai-khoan';
  label: MessageKey;
  /** One line for the overview page; omitted = not shown there. */
  hint?: MessageKey;
  roles?: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/don-vi', label: 'nav.units', hint: 'home.unitsHint' },
  { to: '/nguoi-dung', label: 'nav.users', hint: 'home.usersHint', roles: ['admin', 'leader'] },
  { to: '/tai-khoan', label: 'nav.account', hint: 'home.accountHint' },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
}

export function mayVisit(role: Role, path: NavItem['to']): boolean {
  const item = NAV_ITEMS.find((i) => i.to === path);
  return !item?.roles || item.roles.includes(role);
}

/** What a role may change, mirroring the server's grants (`units.manage`, `users.manage`). */
export const MANAGERS = {
  units: ['admin'] as readonly Role[],
  users: ['admin'] as readonly Role[],
};

export function mayManage(role: Role, what: keyof typeof MANAGERS): boolean {
  return MANAGERS[what].includes(role);
}
