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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EVERYONE: Permission[] = ['units.read'];

export const GRANTS: Record<Role, readonly Permission[]> = {
  admin: [...EVERYONE, 'units.manage', 'users.read', 'users.manage', 'audit.read'],
  leader: [...EVERYONE, 'users.read', 'audit.read'],
  officer: EVERYONE,
  specialist: EVERYONE,
  surveyor: EVERYONE,
  viewer: EVERYONE,
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
