import { z } from 'zod';
import { businessDate, offsetInstant } from '../../lib/dates.ts';
import { MAX_ROW_ID, rowId } from '../../lib/ids.ts';

/** Request and response shapes of the surveys API (questionnaires, waves, responses, index, publications). */

const isoDate = businessDate;
const code = z.string().trim().min(1).max(50);
const period = z
  .string()
  .trim()
  .min(4)
  .max(10)
  .meta({ description: 'Năm "2025", quý "2025-Q3" hoặc tháng "2025-07"', example: '2025' });
const answerMap = z.record(z.string(), z.number().int().nullable());

export const QuestionnaireRef = z.object({
  ref: z.string().meta({ description: 'CODE (phiên bản mới nhất) hoặc CODE@N', example: 'KH-UBND-XA' }),
});
export const QuestionnaireSummary = z.object({
  code: z.string(),
  version: z.number().int(),
  title: z.string(),
  hash: z.string(),
  questionCount: z.number().int(),
  createdAt: z.string(),
});
export const QuestionnaireList = z.object({ questionnaires: z.array(QuestionnaireSummary) });
export const QuestionnaireDetail = z.object({
  code: z.string(),
  version: z.number().int(),
  title: z.string(),
  hash: z.string(),
  definition: z.unknown().meta({ description: 'Phiếu dạng JSON chuẩn (như khi xuất ra tệp)' }),
});
export const ImportQuestionnaireResult = QuestionnaireDetail.extend({ created: z.boolean() });

export const WaveSummary = z
  .object({
    code: z.string(),
    title: z.string(),
    questionnaire: z.object({ code: z.string(), version: z.number().int(), title: z.string() }),
    period: z.string(),
    opensOn: z.string(),
    closesOn: z.string(),
    ownerUnit: z.object({ code: z.string(), name: z.string() }),
    unitCount: z.number().int(),
    collected: z.number().int(),
    target: z.number().int(),
  })
  .meta({ id: 'Wave' });
export const WaveList = z.object({ waves: z.array(WaveSummary) });
export const WaveListQuery = z.object({
  unitCode: code.optional().meta({ description: 'Chỉ các đợt có đơn vị này hoặc cấp dưới' }),
});
export const CreateWaveBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/, 'Mã chỉ gồm chữ không dấu, số, ".", "_" hoặc "-"'),
  title: z.string().trim().min(1).max(300),
  questionnaire: z.string().trim().min(1).max(60),
  period,
  opensOn: isoDate,
  closesOn: isoDate,
  ownerUnitCode: code,
  unitCodes: z.array(code).min(1).max(20000),
  targetSample: z.number().int().min(1).max(100000),
});
export const WaveCodeParam = z.object({ code });
export const WaveProgress = z.object({
  wave: WaveSummary,
  units: z.array(
    z.object({
      unit: z.string(),
      name: z.string(),
      target: z.number().int(),
      collected: z.number().int(),
      excluded: z.number().int(),
      held: z.number().int().meta({ description: 'Phiếu tạm giữ theo quy tắc gửi dồn, chưa tính' }),
      flagged: z.number().int(),
      percent: z.number(),
      neededForTarget: z.number().int(),
      neededForInterval: z
        .number()
        .int()
        .meta({ description: 'Số phiếu cần thêm để khoảng tin cậy 95% còn ±5 điểm' }),
    }),
  ),
});

export const UnitCodeParam = z.object({ unitCode: code });
export const SurveyForm = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  wave: z.object({ code: z.string(), title: z.string(), closesOn: z.string() }),
  questionnaire: z.object({
    code: z.string(),
    version: z.number().int(),
    title: z.string(),
    criteria: z.array(z.unknown()),
    profile: z.array(z.unknown()),
  }),
  consentText: z.string(),
  deviceToken: z
    .string()
    .meta({ description: 'Mã thiết bị do máy chủ cấp cùng phiếu (ký HMAC, hết hạn sau 2 giờ)' }),
  expiresAt: z.string(),
  challenge: z
    .object({
      algorithm: z.string(),
      challenge: z.string(),
      maxnumber: z.number().int(),
      salt: z.string(),
      signature: z.string(),
    })
    .meta({ description: 'Thử thách proof-of-work ALTCHA; lời giải gửi kèm phiếu ở trường proof' }),
});
export const PublicSubmissionBody = z.object({
  answers: answerMap,
  profile: answerMap.optional(),
  consent: z.boolean(),
  deviceToken: z.string().trim().min(8).max(200).optional(),
  proof: z
    .string()
    .max(4000)
    .optional()
    .meta({ description: 'Lời giải ALTCHA (JSON base64) cho thử thách cấp cùng phiếu' }),
});
export const EnterResponseBody = z.object({
  unitCode: code,
  channel: z.enum(['kiosk', 'paper']),
  answers: answerMap,
  profile: answerMap.optional(),
  submittedAt: isoDate.optional(),
  servedBy: z.string().trim().min(1).max(100).optional(),
});
export const EnteredResponse = z.object({
  id: z.number().int(),
  wave: z.string(),
  unitCount: z.number().int(),
});

export const ImportResponsesQuery = z.object({
  questionnaire: z.string().trim().min(1).max(60),
  channel: z.enum(['import', 'paper', 'web', 'kiosk']).optional(),
});
export const ImportResponsesResult = z.object({
  imported: z.number().int(),
  questionnaire: z.string(),
  version: z.number().int(),
  units: z.record(z.string(), z.number().int()),
});

export const ReviewQuery = z.object({
  flagged: z.enum(['true', 'false']).optional(),
  excluded: z.enum(['true', 'false']).optional(),
  held: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'Chỉ phiếu đang tạm giữ (true) hoặc không' }),
  unitCode: code.optional(),
  period: period.optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});
export const ReviewList = z.object({
  responses: z.array(
    z.object({
      id: z.number().int(),
      unit: z.string(),
      unitName: z.string(),
      submittedAt: z.string(),
      channel: z.string(),
      flags: z.array(z.string()),
      excluded: z.boolean(),
      excludedReason: z.string().nullable(),
      held: z
        .boolean()
        .meta({ description: 'Tạm giữ theo quy tắc gửi dồn: chưa tính cho đến khi cán bộ mở hoặc loại' }),
      addressKey: z
        .string()
        .nullable()
        .meta({ description: 'Mã băm địa chỉ mạng (không phải địa chỉ thật); dùng để xử lý hàng loạt' }),
    }),
  ),
});
export const ReleaseResult = z.object({ id: z.number().int(), held: z.boolean() });
export const BulkHeldBody = z.object({
  action: z.enum(['release', 'exclude']),
  addressKey: z.string().trim().min(8).max(64),
  from: offsetInstant.meta({ example: '2026-03-02T07:00:00Z' }),
  to: offsetInstant.meta({ example: '2026-03-02T08:00:00Z' }),
  unitCode: code.optional(),
  reason: z.string().trim().max(500).optional(),
});
export const BulkHeldResult = z.object({
  action: z.enum(['release', 'exclude']),
  count: z.number().int(),
  ids: z.array(z.number().int()),
});
export const ResponseIdParam = z.object({ id: rowId });
export const ExcludeBody = z.object({
  reason: z.string().trim().min(3, 'Hãy ghi lý do loại phiếu').max(500),
});
export const ExclusionResult = z.object({
  id: z.number().int(),
  excluded: z.boolean(),
  excludedReason: z.string().nullable(),
});

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
