import { z } from 'zod';
import { ADDRESS_FORMS } from '../../../lib/address-form.ts';
import { offsetInstant } from '../../../lib/dates.ts';
import { rowId } from '../../../lib/ids.ts';
import { LineErrorSchema } from '../../units/units.schema.ts';
import { COMMENT_MAX } from '../comments/mask.ts';
import { Criterion, ProfileQuestion } from '../questionnaires/questionnaires.schema.ts';
import { code, isoDate, period } from '../surveys.schema.ts';

/** Request and response shapes of the survey form, responses, their import and their review. */

const answerMap = z.record(z.string(), z.number().int().nullable());

export const SurveyForm = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  wave: z.object({ code: z.string(), title: z.string(), closesOn: z.string() }),
  questionnaire: z.object({
    code: z.string(),
    version: z.number().int(),
    title: z.string(),
    criteria: z.array(Criterion),
    profile: z.array(ProfileQuestion),
  }),
  consentText: z.string(),
  addressForm: z.enum(ADDRESS_FORMS).meta({
    description:
      'Cách xưng hô với người dân trong mọi câu chữ của phiếu (cài đặt chung: Ông/Bà mặc định, hoặc Anh/Chị); câu hỏi và thông báo đã được viết theo cách này',
  }),
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
  comment: z.string().max(COMMENT_MAX, `Ý kiến tối đa ${COMMENT_MAX} ký tự`).optional().meta({
    description:
      'Ý kiến khác (không bắt buộc). Lưu riêng, không gắn với phiếu; số điện thoại và email bị che; chỉ công khai khi cán bộ duyệt',
  }),
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

/** 422 of the responses import: every bad line of the file, nothing imported. */
export const ImportInvalidBody = z.object({
  error: z.object({
    code: z.literal('IMPORT_INVALID'),
    message: z.string(),
    details: z.object({ lines: z.array(LineErrorSchema) }),
  }),
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
export const AddressFormBody = z.object({ addressForm: z.enum(ADDRESS_FORMS) });

export const PublicReceived = z.object({ received: z.literal(true) });

export type SurveyForm = z.infer<typeof SurveyForm>;
export type ReviewItem = z.infer<typeof ReviewList>['responses'][number];
export type EnteredResponseResult = z.infer<typeof EnteredResponse>;
export type ImportResponsesResult = z.infer<typeof ImportResponsesResult>;
export type ReleaseResult = z.infer<typeof ReleaseResult>;
export type BulkHeldResult = z.infer<typeof BulkHeldResult>;
export type ExclusionResult = z.infer<typeof ExclusionResult>;
