/**
 * Roles and what each may do. One table, read by `authorize` (permissions.ts), which every
 * service calls before touching data.
 */
export const ROLES = ['admin', 'leader', 'officer', 'specialist', 'surveyor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  leader: { vi: 'Lãnh đạo đơn vị', en: 'Unit leader' },
  officer: { vi: 'Cán bộ một cửa', en: 'One-stop desk officer' },
  specialist: { vi: 'Chuyên viên', en: 'Specialist' },
  surveyor: { vi: 'Điều tra viên (nhập phiếu)', en: 'Surveyor (data entry)' },
  viewer: { vi: 'Người xem', en: 'Viewer' },
};

export const PERMISSIONS = [
  'units.read',
  'units.manage',
  'users.read',
  'users.manage',
  'audit.read',
  /** Waves, progress and index results of the actor's subtree. */
  'surveys.read',
  /** Questionnaires, waves and targets. */
  'surveys.manage',
  /** Kiosk and paper responses, response files. */
  'responses.enter',
  /** Review integrity flags and exclude or restore a response. */
  'responses.review',
  /** Draft a publication of results. */
  'results.draft',
  /** Approve and publish results. */
  'results.approve',
  /** Dossiers of the actor's subtree: lists, timelines, dashboards. */
  'dossiers.read',
  /** Receive and move dossiers at the desk. */
  'dossiers.handle',
  /** Leader's override of a desk duty (a second supplement request), counted as a violation. */
  'dossiers.override',
  /** Feedback (phản ánh, kiến nghị) of the actor's subtree: lists, items, dashboards. */
  'feedback.read',
  /** Receive, route and handle feedback; draft answers. */
  'feedback.handle',
  /** Approve an answer (leader) before it is sent and published. */
  'feedback.approve',
  /** Feedback categories (Open311 services) and their answer templates. */
  'feedback.manage',
  /**
   * Improvement plans (tasks, progress, evidence), the measures library, and drafting and issuing
   * official documents with a number from the unit's register. Reading plans, documents and
   * reports needs only 'surveys.read'.
   */
  'plans.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EVERYONE: Permission[] = ['units.read', 'surveys.read', 'dossiers.read', 'feedback.read'];

export const GRANTS: Record<Role, readonly Permission[]> = {
  admin: [
    ...EVERYONE,
    'units.manage',
    'users.read',
    'users.manage',
    'audit.read',
    'surveys.manage',
    'responses.enter',
    'responses.review',
    'results.draft',
    'results.approve',
    'dossiers.handle',
    'dossiers.override',
    'feedback.handle',
    'feedback.approve',
    'feedback.manage',
    'plans.manage',
  ],
  leader: [
    ...EVERYONE,
    'users.read',
    'audit.read',
    'responses.review',
    'results.approve',
    'dossiers.handle',
    'dossiers.override',
    'feedback.handle',
    'feedback.approve',
    'plans.manage',
  ],
  // The desk officer runs the counter kiosk, where citizens answer for themselves.
  officer: [...EVERYONE, 'responses.enter', 'dossiers.handle', 'feedback.handle'],
  specialist: [
    ...EVERYONE,
    'surveys.manage',
    'responses.enter',
    'responses.review',
    'results.draft',
    'feedback.handle',
    'plans.manage',
  ],
  surveyor: [...EVERYONE, 'responses.enter'],
  viewer: EVERYONE,
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
