import type { Role } from './api/types.ts';
import type { MessageKey } from './i18n/vi.ts';

/**
 * The navigation, by role, in one list. A module adds its page here (and its route in its
 * features/<x>/routes.tsx); the shell's menu, the overview's shortcuts and the route guard all read it.
 * `roles` omitted = every signed-in user. Keep in step with the server's grants
 * (src/access/roles.ts): the server is the real check, this only hides what would 403.
 */
export interface NavItem {
  to:
    | '/'
    | '/don-vi'
    | '/khao-sat'
    | '/chi-so-hai-long'
    | '/nhap-phieu'
    | '/khao-sat/ra-soat'
    | '/cong-bo'
    | '/mot-cua'
    | '/mot-cua/tiep-nhan'
    | '/mot-cua/tong-hop'
    | '/mot-cua/lich-nghi'
    | '/phan-anh-xu-ly'
    | '/phan-anh-xu-ly/tong-hop'
    | '/phan-anh-xu-ly/linh-vuc'
    | '/ke-hoach'
    | '/ke-hoach/moi'
    | '/ke-hoach/bien-phap'
    | '/van-ban'
    | '/bao-cao'
    | '/nguoi-dung'
    | '/tai-khoan';
  label: MessageKey;
  /** One line for the overview page; omitted = not shown there. */
  hint?: MessageKey;
  roles?: readonly Role[];
  /** False: a page reached from its module's page (the survey links), not from the main menu. */
  menu?: false;
  /** The menu shows a small heading above the first item of a section (e.g. "Một cửa"). */
  section?: MessageKey;
}

/** Roles that may see each survey page; the survey pages' own links read these too. */
export const SURVEY_ROLES = {
  waves: ['admin', 'leader', 'specialist', 'surveyor'],
  manageWaves: ['admin', 'specialist'],
  paper: ['admin', 'surveyor'],
  importResponses: ['admin', 'specialist', 'surveyor'],
  review: ['admin', 'specialist', 'leader'],
  // Specialists draft the results (server: results.draft); leaders approve and publish them.
  publications: ['admin', 'leader', 'specialist'],
  draftPublications: ['admin', 'specialist'],
  approve: ['admin', 'leader'],
  /** Who may run a unit's kiosk (the server also checks the unit). */
  kiosk: ['admin', 'officer', 'surveyor'],
} as const satisfies Record<string, readonly Role[]>;

/** Roles that may see each desk page (server: dossiers.read / dossiers.handle / dossiers.override). */
export const DESK_ROLES = {
  list: ['admin', 'leader', 'officer', 'viewer'],
  receive: ['admin', 'leader', 'officer'],
  /** Actions on a dossier (dossiers.handle). */
  handle: ['admin', 'leader', 'officer'],
  /** A second supplement request with a written reason (dossiers.override). */
  override: ['admin', 'leader'],
  dashboard: ['admin', 'leader', 'viewer'],
} as const satisfies Record<string, readonly Role[]>;

/**
 * Roles for the feedback pages (server: feedback.read is everyone's; feedback.handle,
 * feedback.approve).
 */
export const FEEDBACK_ROLES = {
  /** Intake (hotline, counter) and the actions on an item (feedback.handle). */
  handle: ['admin', 'leader', 'officer', 'specialist'],
  /** Approve or return an answer, reopen an answered item (feedback.approve). */
  approve: ['admin', 'leader'],
  dashboard: ['admin', 'leader', 'viewer'],
  /** Categories and their deadline policies (feedback.manage); everyone who reads feedback sees them. */
  manage: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

/**
 * Roles for improvement plans, official documents and periodic reports (server: surveys.read to
 * read them, plans.manage to draft, edit, record progress and issue).
 */
export const PLAN_ROLES = {
  read: ['admin', 'leader', 'specialist', 'viewer'],
  manage: ['admin', 'leader', 'specialist'],
} as const satisfies Record<string, readonly Role[]>;

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/don-vi', label: 'nav.units', hint: 'home.unitsHint' },
  { to: '/khao-sat', label: 'nav.surveys', hint: 'home.surveysHint', roles: SURVEY_ROLES.waves },
  { to: '/chi-so-hai-long', label: 'nav.index', hint: 'home.indexHint' },
  { to: '/nhap-phieu', label: 'nav.paper', hint: 'home.paperHint', roles: SURVEY_ROLES.paper, menu: false },
  { to: '/khao-sat/ra-soat', label: 'nav.review', roles: SURVEY_ROLES.review, menu: false },
  { to: '/cong-bo', label: 'nav.publications', roles: SURVEY_ROLES.publications, menu: false },
  {
    to: '/mot-cua',
    label: 'nav.desk',
    hint: 'home.deskHint',
    roles: DESK_ROLES.list,
    section: 'nav.deskSection',
  },
  {
    to: '/mot-cua/tiep-nhan',
    label: 'nav.reception',
    hint: 'home.receptionHint',
    roles: DESK_ROLES.receive,
    section: 'nav.deskSection',
  },
  {
    to: '/mot-cua/tong-hop',
    label: 'nav.deskDashboard',
    hint: 'home.deskDashboardHint',
    roles: DESK_ROLES.dashboard,
    section: 'nav.deskSection',
  },
  // Reached from the desk pages' links, not the main menu.
  { to: '/mot-cua/lich-nghi', label: 'nav.deskCalendar', roles: DESK_ROLES.list, menu: false },
  { to: '/phan-anh-xu-ly', label: 'nav.feedback', hint: 'home.feedbackHint', section: 'nav.feedbackSection' },
  {
    to: '/phan-anh-xu-ly/tong-hop',
    label: 'nav.feedbackDashboard',
    hint: 'home.feedbackDashboardHint',
    roles: FEEDBACK_ROLES.dashboard,
    section: 'nav.feedbackSection',
  },
  // Reached from the feedback pages' links, not the main menu.
  { to: '/phan-anh-xu-ly/linh-vuc', label: 'nav.feedbackCategories', menu: false },
  {
    to: '/ke-hoach',
    label: 'nav.plans',
    hint: 'home.plansHint',
    roles: PLAN_ROLES.read,
    section: 'nav.plansSection',
  },
  { to: '/ke-hoach/moi', label: 'nav.newPlan', roles: PLAN_ROLES.manage, menu: false },
  // Reached from the link row of the plans pages, not the menu.
  { to: '/ke-hoach/bien-phap', label: 'nav.measures', roles: PLAN_ROLES.read, menu: false },
  {
    to: '/van-ban',
    label: 'nav.documents',
    hint: 'home.documentsHint',
    roles: PLAN_ROLES.read,
    section: 'nav.plansSection',
  },
  {
    to: '/bao-cao',
    label: 'nav.reports',
    hint: 'home.reportsHint',
    roles: PLAN_ROLES.read,
    section: 'nav.plansSection',
  },
  { to: '/nguoi-dung', label: 'nav.users', hint: 'home.usersHint', roles: ['admin', 'leader'] },
  { to: '/tai-khoan', label: 'nav.account', hint: 'home.accountHint' },
];

/** Every page the role may visit (the overview's shortcuts). */
export function pagesFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
}

/** The main menu of a role. */
export function navFor(role: Role): NavItem[] {
  return pagesFor(role).filter((item) => item.menu !== false);
}

export function hasRole(role: Role | undefined, roles: readonly Role[]): boolean {
  return role !== undefined && roles.includes(role);
}

/** The menu item of the current page: the longest path the address starts with. */
export function activeItem(items: readonly NavItem[], pathname: string): NavItem | undefined {
  let best: NavItem | undefined;
  for (const item of items) {
    const match =
      item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`);
    if (match && (!best || item.to.length > best.to.length)) best = item;
  }
  return best;
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
