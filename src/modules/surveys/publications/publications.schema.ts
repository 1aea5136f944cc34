import { z } from 'zod';
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

export const PublishBody = z.object({
  decisionNumber: z.string().trim().min(1).max(100).nullable().optional(),
});

export const PublicationWithResult = z.object({ publication: Publication, result: IndexTable });

export type Publication = z.infer<typeof Publication>;
export type PublicationWithResult = z.infer<typeof PublicationWithResult>;
