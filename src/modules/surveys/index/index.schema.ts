import { z } from 'zod';
import { code, period } from '../surveys.schema.ts';

/** Request and response shapes of the index table and its targets. */

export const IndexQuery = z.object({
  questionnaire: z.string().trim().min(1).max(60),
  period,
  unit: code.optional(),
  target: z.coerce.number().min(0).max(100).optional(),
  pooled: z.enum(['true', 'false']).optional(),
  channel: z.enum(['web', 'kiosk', 'paper', 'import', 'counter']).optional(),
  minSample: z.coerce.number().int().min(0).max(100000).optional(),
});

/** The index table: every unit, criterion, question, interval and rank (see docs/decisions/0003). */
export const IndexTable = z
  .looseObject({
    questionnaire: z.string(),
    version: z.number().int(),
    period: z.string().nullable(),
    units: z.array(
      z.looseObject({
        unit: z.string(),
        name: z.string().nullable(),
        peerGroup: z.string().nullable(),
        responses: z.number().int(),
        overall: z.looseObject({
          index: z.number().nullable(),
          ciLow: z.number().nullable(),
          ciHigh: z.number().nullable(),
        }),
        rank: z.number().int().nullable(),
        rankOf: z.number().int(),
        lowSample: z.boolean(),
        criteria: z.array(z.looseObject({ code: z.string(), index: z.number().nullable() })),
      }),
    ),
  })
  .meta({ id: 'IndexTable' });

export const TargetBody = z.object({
  questionnaire: z.string().trim().min(1).max(60),
  period,
  peerGroup: z.string().trim().min(1).max(50).optional(),
  unitCode: code.optional(),
  criterion: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .nullable()
    .meta({ description: 'Mã tiêu chí, null = chỉ số chung, "*" = tất cả' }),
  value: z.number().min(0).max(100).nullable(),
});

export const TargetList = z.object({
  targets: z.array(
    z.object({
      peerGroup: z.string().nullable(),
      unitCode: z.string().nullable(),
      criterion: z.string().nullable(),
      value: z.number(),
      setBy: z.string(),
      setAt: z.string(),
    }),
  ),
});
