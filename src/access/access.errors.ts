import { AppError } from '../lib/errors.ts';
import type { Permission } from './roles.ts';

export const notPermitted = (permission: Permission) =>
  new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.', { permission });

export const outsideScope = (permission: Permission) =>
  new AppError('FORBIDDEN', 'Dữ liệu này thuộc đơn vị ngoài phạm vi quản lý của bạn.', { permission });
