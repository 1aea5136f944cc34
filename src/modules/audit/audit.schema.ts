import { z } from 'zod';
import { JsonValue } from '../../http/json-value.ts';

export const AuditQuery = z.object({
  unitCode: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({ description: 'Chỉ các thay đổi của đơn vị này và cấp dưới' }),
  entityType: z.string().trim().min(1).optional(),
  entityId: z.string().trim().min(1).optional(),
  beforeId: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .meta({ description: 'Trang tiếp theo: các dòng cũ hơn id này' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  unitCode: z.string().nullable(),
  data: JsonValue.meta({ description: 'Nội dung thay đổi, tuỳ hành động' }),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = z.object({ entries: z.array(AuditEntry) });
export type AuditList = z.infer<typeof AuditList>;

export const ChainCheckResult = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  headHash: z.string().meta({ description: 'Băm của dòng cuối: ghi lại cùng số dòng để so sánh lần sau' }),
  headId: z.number().int().nullable(),
  brokenId: z.number().int().optional(),
  reason: z.string().optional(),
  anchors: z.array(z.object({ source: z.string(), ok: z.boolean(), reason: z.string().optional() })),
});
export type ChainCheckResult = z.infer<typeof ChainCheckResult>;
