import { z } from 'zod';
import { businessDate } from '../../../lib/dates.ts';
import { MAX_ROW_ID, rowId } from '../../../lib/ids.ts';
import { IndexTable } from '../index/index.schema.ts';
import { code, period } from '../surveys.schema.ts';

/** Request and response shapes of publications (draft → approved → published) and the public results. */

export const Publication = z
  .object({
    id: z.number().int(),
    title: z.string(),
    questionnaire: z.string(),
    questionnaireVersion: z.number().int(),
    period: z.string(),
    scopeUnit: z.object({ code: z.string(), name: z.string() }),
    status: z.enum(['draft', 'approved', 'published']),
    decisionNumber: z.string().nullable(),
    /** The decision's date (YYYY-MM-DD), its signer, and where its signed PDF is served. */
    decisionDate: z.string().nullable(),
    decisionSigner: z.string().nullable(),
    decisionFileUrl: z.string().nullable(),
    supersedesId: z.number().int().nullable(),
    supersededById: z.number().int().nullable(),
    createdAt: z.string(),
    approvedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    demo: z.boolean(),
  })
  .meta({ id: 'Publication' });

export const PublicationList = z.object({ publications: z.array(Publication) });

export const PublicationListQuery = z.object({
  scopeUnitCode: code.optional().meta({ description: 'Chỉ kết quả của đơn vị này và cấp dưới' }),
});

export const PublicationIdParam = z.object({ id: rowId });

export const CreatePublicationBody = z.object({
  questionnaire: z.string().trim().min(1).max(60),
  period,
  scopeUnitCode: code,
  title: z.string().trim().min(1).max(500),
  supersedesId: z.number().int().positive().max(MAX_ROW_ID).optional(),
});

export const PublishBody = z
  .object({
    decisionNumber: z.string().trim().min(1).max(100).nullable().optional(),
    decisionDate: businessDate.optional(),
    decisionSigner: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'Người ký quyết định, ví dụ "Chủ tịch Nguyễn Văn A"' }),
    decisionFile: z
      .object({ name: z.string().trim().min(1).max(200), base64: z.string().max(14_500_000) })
      .optional()
      .meta({ description: 'Bản quyết định đã ký (PDF ≤ 10 MB), mã hoá base64' }),
  })
  .superRefine((body, ctx) => {
    // A date, a signer or a file describe a decision: they never come without its number.
    if ((body.decisionDate || body.decisionSigner || body.decisionFile) && !body.decisionNumber)
      ctx.addIssue({
        code: 'custom',
        path: ['decisionNumber'],
        message: 'Cần số quyết định khi ghi ngày, người ký hoặc tệp quyết định.',
      });
  });

export const PublicationWithResult = z.object({ publication: Publication, result: IndexTable });

export type Publication = z.infer<typeof Publication>;
export type PublishBody = z.infer<typeof PublishBody>;
export type PublicationWithResult = z.infer<typeof PublicationWithResult>;
