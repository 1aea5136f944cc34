import { z } from 'zod';
import { JsonObject } from '../../http/json-value.ts';
import { ImportProceduresResult } from '../procedures/procedures.schema.ts';
import { ImportResponsesResult } from '../surveys/responses/responses.schema.ts';
import { ImportUnitsResult } from '../units/units.schema.ts';

export const ImportJobIdParam = z.object({ id: z.uuid() });

/** A background import as its owner sees it (GET /import-jobs/{id}, and the 202 of an upload). */
export const ImportJob = z
  .object({
    id: z.uuid(),
    kind: z.enum(['responses', 'units', 'procedures']),
    fileName: z.string(),
    state: z.enum(['queued', 'checking', 'writing', 'done', 'failed']),
    rows: z.number().int().describe('Dòng đã đọc (checking) hoặc đã lưu (writing)'),
    total: z.number().int().nullable().describe('Số dòng của tệp, khi đã kiểm tra xong'),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    result: z
      .union([ImportResponsesResult, ImportUnitsResult, ImportProceduresResult])
      .nullable()
      .describe('Khi done: đúng kết quả mà lời gọi đồng bộ trả về'),
    error: z
      .object({ code: z.string(), message: z.string(), details: JsonObject })
      .nullable()
      .describe('Khi failed: lỗi như lời gọi đồng bộ trả về; không dữ liệu nào được nhập'),
  })
  .strict();
export type ImportJob = z.infer<typeof ImportJob>;

/** `Prefer: respond-async` (RFC 7240) asks for 202 and a job instead of waiting for the import. */
export function wantsAsync(prefer: string | undefined): boolean {
  return (prefer ?? '').split(',').some((p) => p.trim().toLowerCase() === 'respond-async');
}
