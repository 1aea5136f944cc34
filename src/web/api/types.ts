import type { z } from 'zod';
import type * as accounts from '../../modules/accounts/accounts.schema.ts';
import type * as units from '../../modules/units/units.schema.ts';

/**
 * Response and request types, inferred from the server's zod schemas (type-only imports: no zod
 * code reaches the bundle).
 */
export type Unit = z.infer<typeof units.Unit>;
export type UnitNode = units.UnitNode;
export type UnitTree = z.infer<typeof units.UnitTree>;
export type UnitSearchHit = z.infer<typeof units.UnitSearchHit>;
export type UnitSearchResult = z.infer<typeof units.UnitSearchResult>;
export type UnitDetail = z.infer<typeof units.UnitDetail>;
export type CreateUnitBody = z.input<typeof units.CreateUnitBody>;
export type UpdateUnitBody = z.input<typeof units.UpdateUnitBody>;
export type CloseUnitBody = z.input<typeof units.CloseUnitBody>;
export type ImportUnitsResult = z.infer<typeof units.ImportUnitsResult>;
export type UnitType = z.infer<typeof units.UnitType>;
export type UnitTypeList = z.infer<typeof units.UnitTypeList>;

export type Role = z.infer<typeof accounts.RoleSchema>;
export type CurrentUser = z.infer<typeof accounts.CurrentUser>;
export type Session = z.infer<typeof accounts.Session>;
export type User = z.infer<typeof accounts.User>;
export type UserList = z.infer<typeof accounts.UserList>;
export type CreateUserBody = z.input<typeof accounts.CreateUserBody>;
export type UpdateUserBody = z.input<typeof accounts.UpdateUserBody>;
export type ChangePasswordBody = z.input<typeof accounts.ChangePasswordBody>;
export type ApiToken = z.infer<typeof accounts.ApiToken>;
export type ApiTokenList = z.infer<typeof accounts.ApiTokenList>;
export type CreatedToken = z.infer<typeof accounts.CreatedToken>;

export type RoleInfo = z.infer<typeof accounts.RoleInfo>;
