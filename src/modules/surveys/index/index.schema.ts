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

const estimate = {
  index: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
};

/** Change against the previous period, with its significance test at 5%. */
export const IndexChange = z.object({
  previous: z.number().nullable(),
  delta: z.number().nullable(),
  z: z.number().nullable(),
  p: z.number().nullable(),
  significant: z.boolean(),
  test: z.enum(['two-proportion', 'welch']),
  sameVersion: z.boolean(),
});
export const QuestionIndex = z.object({
  code: z.string(),
  ...estimate,
  ciMethod: z.enum(['wilson', 'normal']).nullable(),
  answered: z.number().int(),
  noOpinion: z.number().int(),
  distribution: z
    .record(z.string(), z.number())
    .meta({ description: 'Giá trị lựa chọn → % câu trả lời có điểm' }),
  change: IndexChange.nullable(),
});
export const CriterionIndex = z.object({
  code: z.string(),
  title: z.string(),
  ...estimate,
  respondents: z.number().int(),
  target: z.number().nullable(),
  gap: z.number().nullable(),
  change: IndexChange.nullable(),
  questions: z.array(QuestionIndex),
});
/** A unit's figure for one period: its own, or its predecessors' pooled before it existed (never ranked). */
export const HistoryEntry = z.object({
  period: z.string(),
  index: z.number().nullable(),
  n: z.number().int().meta({ description: 'Số phiếu (dòng gộp: tổng của các đơn vị cũ)' }),
  rank: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'Chỉ kỳ của bảng có hạng; số liệu gộp không xếp hạng' }),
  source: z.enum(['own', 'predecessors']),
  predecessors: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      partial: z
        .boolean()
        .meta({ description: 'Đơn vị cũ được chia cho nhiều đơn vị mới: tính trọn ở mỗi đơn vị' }),
    }),
  ),
});
export const UnitIndex = z.object({
  unit: z.string(),
  name: z.string().nullable(),
  peerGroup: z.string().nullable(),
  responses: z.number().int(),
  excluded: z.number().int(),
  held: z.number().int().optional().meta({
    description:
      'Phiếu tạm giữ theo quy tắc gửi dồn, chưa tính (không có ở kết quả chốt trước khi có quy tắc này)',
  }),
  overall: z.object({
    ...estimate,
    respondents: z.number().int(),
    target: z.number().nullable(),
    gap: z.number().nullable(),
    change: IndexChange.nullable(),
  }),
  rank: z.number().int().nullable(),
  rankOf: z.number().int(),
  lowSample: z.boolean(),
  sample: z.object({
    respondents: z.number().int(),
    sd: z.number(),
    sdSource: z.enum(['observed', 'assumed']),
    halfWidth: z.number(),
    needed: z.number().int(),
    neededForMinSample: z.number().int(),
  }),
  criteria: z.array(CriterionIndex),
  history: z.array(HistoryEntry).optional().meta({
    description:
      'Kỳ này và ba kỳ trước, cũ trước; trước ngày đơn vị được lập là số liệu gộp từ các đơn vị cũ ("trước sắp xếp"). Không có ở chế độ gộp cấp dưới và ở kết quả chốt trước khi có trường này',
  }),
});
/** The index table: every unit, criterion, question, interval and rank (see docs/decisions/0003). */
export const IndexTable = z
  .object({
    questionnaire: z.string(),
    questionnaireHash: z.string(),
    period: z.string().nullable(),
    previousPeriod: z.string().nullable(),
    minSample: z.number().int(),
    confidence: z.number(),
    units: z.array(UnitIndex),
    version: z.number().int(),
    pooled: z.boolean(),
    channel: z.string().nullable(),
  })
  .meta({ id: 'IndexTable' });

export type IndexChange = z.infer<typeof IndexChange>;
export type QuestionIndex = z.infer<typeof QuestionIndex>;
export type CriterionIndex = z.infer<typeof CriterionIndex>;
export type UnitIndex = z.infer<typeof UnitIndex>;
export type HistoryEntry = z.infer<typeof HistoryEntry>;
export type IndexTable = z.infer<typeof IndexTable>;

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

export type Target = z.infer<typeof TargetList>['targets'][number];
