import type { Hook } from '@hono/zod-openapi';
import { z } from 'zod';
import { AppError } from '../lib/errors.ts';
import { JsonObject } from './json-value.ts';

/**
 * Helpers for route definitions: JSON bodies, the shared error shape, and the access tag every
 * route must carry. `x-hailong-access` feeds the generated permission test (test/route-access.test.ts):
 * - `public`: anyone, no sign-in (health, login, citizen pages);
 * - `self`: the signed-in user's own things (password, tokens);
 * - `scoped`: data of a unit: a user of another unit must get 403.
 */
export type Access = 'public' | 'self' | 'scoped';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'UNIT_NOT_FOUND' }),
      message: z.string().meta({ example: 'Không tìm thấy đơn vị có mã "P99".' }),
      details: JsonObject.optional(),
    }),
  })
  .meta({ id: 'Error' });

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true };
}

/** The error responses every authenticated route may give. */
export const errors = {
  400: json(ErrorBody, 'Dữ liệu gửi lên không hợp lệ'),
  401: json(ErrorBody, 'Chưa đăng nhập'),
  403: json(ErrorBody, 'Không có quyền, hoặc dữ liệu ngoài phạm vi đơn vị'),
  404: json(ErrorBody, 'Không tìm thấy'),
  409: json(ErrorBody, 'Xung đột với dữ liệu hiện có'),
} as const;

/** Turn a failed zod validation into the one error shape, naming every bad field. */
// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by routes of every shape
export const validationHook: Hook<any, any, any, any> = (result) => {
  if (!result.success) {
    const fields = result.error.issues.map((i) => ({
      field: i.path.join('.') || '(body)',
      message: i.message,
    }));
    throw new AppError(
      'VALIDATION_FAILED',
      `Dữ liệu không hợp lệ: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`,
      { fields },
    );
  }
};
