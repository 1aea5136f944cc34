import { z } from 'zod';
import { ROLES } from '../../access/roles.ts';
import { rowId } from '../../lib/ids.ts';
import { KIOSK_MODES } from './kiosk-token.ts';

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,49}$/, 'Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, số, ".", "_" hoặc "-"');

export const RoleSchema = z.enum(ROLES);

export const LoginBody = z.object({
  username: z.string().trim().toLowerCase().min(1, 'Nhập tên đăng nhập').max(50),
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
});

export const CurrentUser = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    unitCode: z.string(),
    unitName: z.string(),
  })
  .meta({ id: 'CurrentUser' });

export type CurrentUser = z.infer<typeof CurrentUser>;

export const Session = z.object({
  user: CurrentUser,
  /** Send back as the X-CSRF-Token header on every POST/PUT/PATCH/DELETE made with the cookie. */
  csrfToken: z.string(),
});

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

export const User = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    unitCode: z.string(),
    unitName: z.string(),
    active: z.boolean(),
    email: z.string().nullable(),
    demo: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const UserList = z.object({ users: z.array(User) });
export const UserListQuery = z.object({
  unitCode: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({ description: 'Chỉ người dùng của đơn vị này và cấp dưới' }),
});

const WorkEmail = z
  .email('Địa chỉ email không hợp lệ')
  .max(200)
  .meta({ description: 'Email công vụ, để nhận nhắc việc' });

export const CreateUserBody = z.object({
  username: Username,
  displayName: z.string().trim().min(1, 'Nhập họ tên').max(200),
  email: WorkEmail.optional(),
  password: z.string().min(1).max(200),
  role: RoleSchema,
  unitCode: z.string().trim().min(1),
});

export const UpdateUserBody = z
  .object({
    displayName: z.string().trim().min(1).max(200),
    role: RoleSchema,
    unitCode: z.string().trim().min(1),
    active: z.boolean(),
    password: z.string().min(1).max(200),
    email: WorkEmail.nullable(),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, 'Cần ít nhất một trường để sửa');

export const UserIdParam = z.object({ id: rowId });

export const ApiToken = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;
export const ApiTokenList = z.object({ tokens: z.array(ApiToken) });
export const CreateTokenBody = z.object({ name: z.string().trim().min(1, 'Đặt tên cho khoá').max(100) });
export const CreatedToken = ApiToken.extend({
  /** Shown once: only its hash is stored. */
  token: z.string(),
});

/** GET /roles: every role with its Vietnamese and English names. */
export const RoleInfo = z.object({ code: RoleSchema, vi: z.string(), en: z.string() });
export const RoleList = z.object({ roles: z.array(RoleInfo) });
export type RoleList = z.infer<typeof RoleList>;

/** Why a signed-in officer types their password again (recorded in the audit trail). */
export const RecheckPurpose = z.enum(['kiosk-exit', 'kiosk-unbind']);
export const VerifyPasswordBody = z.object({
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
  purpose: RecheckPurpose.optional(),
});

export const KioskMode = z
  .enum(KIOSK_MODES)
  .meta({ description: 'survey: phiếu khảo sát tại quầy /quay/<đơn vị>' });
export const KioskBindBody = z.object({ unitCode: z.string().trim().min(1), mode: KioskMode });
export const KioskCheckBody = z.object({ token: z.string().min(1).max(2000) });
export const KioskBinding = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  mode: KioskMode,
  boundAt: z.string(),
  boundBy: z.string(),
});
export const KioskBound = KioskBinding.extend({
  /** Kept by the browser (localStorage) and checked by the server each time the kiosk opens. */
  token: z.string(),
});
export type KioskBinding = z.infer<typeof KioskBinding>;
export type KioskBound = z.infer<typeof KioskBound>;
