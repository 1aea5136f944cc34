import { z } from 'zod';
import { DOCUMENT_KINDS, PROCEDURE_CODE_PATTERN, PROCEDURE_LEVELS, TIME_UNITS } from './import/catalogue.ts';

/** Request and response shapes of the procedure catalogue API; the web imports these too. */

export const ProcedureCode = z
  .string()
  .trim()
  .regex(PROCEDURE_CODE_PATTERN, 'Mã thủ tục chỉ gồm chữ không dấu, số, ".", "_" hoặc "-" (tối đa 50 ký tự)');

export const ProcedureLevel = z.enum(PROCEDURE_LEVELS).meta({
  description: 'toan_trinh: dịch vụ công trực tuyến toàn trình; mot_phan: một phần; truc_tiep: nộp trực tiếp',
});

export const ProcessingTime = z
  .object({
    amount: z.number().int().min(0),
    unit: z.enum(TIME_UNITS),
    /** same_day: received at or after this time (HH:MM), due the next working day; null otherwise. */
    sameDayCutoff: z.string().nullable(),
    /** "3 ngày làm việc", "Trong ngày (nhận sau 15:00 trả trong ngày làm việc tiếp theo)". */
    text: z.string(),
  })
  .meta({
    description:
      'Thời hạn giải quyết theo luật: working_days, working_hours, hoặc same_day (trả trong ngày; nhận từ giờ sameDayCutoff trở đi trả trong ngày làm việc tiếp theo)',
    example: { amount: 3, unit: 'working_days', sameDayCutoff: null, text: '3 ngày làm việc' },
  });

export const RequiredDocument = z.object({
  name: z.string(),
  kind: z.enum(DOCUMENT_KINDS).meta({ description: 'Bản chính, bản sao có chứng thực, bản sao' }),
  count: z.number().int().min(1),
});

export const FormLink = z.object({ name: z.string(), url: z.string() });

export const UnitRef = z.object({ code: z.string(), name: z.string() });

export const Procedure = z
  .object({
    code: z.string(),
    name: z.string(),
    field: z.string().meta({ description: 'Lĩnh vực (Hộ tịch, Chứng thực…)' }),
    level: ProcedureLevel,
    processingTime: ProcessingTime,
    fees: z.string().meta({ description: 'Phí, lệ phí (văn bản tự do; rỗng: không có)' }),
    documents: z.array(RequiredDocument),
    forms: z.array(FormLink),
    legalBasis: z.string(),
    demo: z.boolean(),
  })
  .meta({ id: 'Procedure' });

/** A procedure with the units that receive it (open units only on the public side). */
export const ProcedureDetail = Procedure.extend({ units: z.array(UnitRef) }).meta({ id: 'ProcedureDetail' });

/** What a signed-in user sees: also whether the procedure is in use, and when it last changed. */
export const ProcedureAdminDetail = ProcedureDetail.extend({
  active: z.boolean(),
  updatedAt: z.string(),
});

export const ProcedureCodeParam = z.object({ code: ProcedureCode });

export const PublicProcedureQuery = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .meta({ description: 'Tìm theo tên hoặc mã, không phân biệt dấu', example: 'khai sinh' }),
  field: z.string().trim().max(200).optional().meta({ description: 'Chỉ một lĩnh vực' }),
  unitCode: z.string().trim().max(50).optional().meta({ description: 'Chỉ thủ tục đơn vị này tiếp nhận' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const PublicProcedureList = z.object({
  procedures: z.array(Procedure),
  /** How many match in all (the page shows `procedures`, from `offset`). */
  total: z.number().int(),
  /** The fields that have procedures (for the filter), in Vietnamese order. */
  fields: z.array(z.string()),
  /** The unit of `unitCode`, when given. */
  unit: UnitRef.nullable(),
});

export const ImportProceduresResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  createdCodes: z.array(z.string()),
  updatedCodes: z.array(z.string()),
});

export const ImportErrorSchema = z.object({
  label: z.enum(['Dòng', 'Mục']).meta({ description: 'Dòng (CSV) hoặc Mục (phần tử thứ N của tệp JSON)' }),
  line: z.number().int(),
  code: z.string(),
  message: z.string(),
});

/** 422: every bad line (CSV) or item (JSON), as data and as the text a person reads. */
export const ImportInvalidBody = z.object({
  error: z.object({
    code: z.literal('IMPORT_INVALID'),
    message: z.string(),
    details: z.object({ lines: z.array(ImportErrorSchema), text: z.array(z.string()) }),
  }),
});

export type UnitRef = z.infer<typeof UnitRef>;
export type Procedure = z.infer<typeof Procedure>;
export type ProcedureDetail = z.infer<typeof ProcedureDetail>;
export type ProcedureAdminDetail = z.infer<typeof ProcedureAdminDetail>;
export type ImportProceduresResult = z.infer<typeof ImportProceduresResult>;
