import { z } from 'zod';
import { businessMonth, instant } from '../../lib/dates.ts';
import { rowId } from '../../lib/ids.ts';

/** Request and response shapes of the dossier desk API. */

const code = z.string().trim().min(1).max(80);
const text = (max: number) => z.string().trim().min(1).max(max);

export const DossierCodeParam = z.object({ code });
export const HandoverParam = z.object({ code, id: rowId });
export const DocumentItem = z.object({
  name: text(300),
  kind: z.enum(['original', 'certified_copy', 'copy']),
  count: z.number().int().min(1).max(100),
});

export const ReceiveBody = z.object({
  unitCode: code,
  procedureCode: code,
  channel: z.enum(['direct', 'online', 'postal']),
  applicant: z.object({
    kind: z.enum(['person', 'organisation']),
    name: text(200),
    phone: z
      .string()
      .trim()
      .regex(/^(\+?84|0)\d{9}$/, 'Số điện thoại Việt Nam, ví dụ 0905123456')
      .optional(),
    email: z.email().optional(),
    address: z.string().trim().max(300).optional(),
  }),
  contactConsent: z.boolean(),
  documents: z.array(DocumentItem).max(50),
  receivedAt: instant.optional(),
  handledBy: z.string().trim().min(1).max(100).optional(),
});

export const SupplementBody = z.object({
  missing: z.array(text(300)).min(1).max(30),
  reason: text(1000),
  contactOfficer: z.string().trim().max(200).optional(),
  overrideReason: z.string().trim().max(1000).optional(),
});
export const RefuseBody = z.object({
  reason: z.string().trim().max(2000),
  legalBasis: z.string().trim().max(2000),
});
export const ApologyBody = z.object({
  reason: z.string().trim().max(2000),
  newDueAt: instant,
  signerTitle: text(200).meta({ example: 'Chủ tịch UBND phường' }),
  signerName: text(200),
});
export const ReasonBody = z.object({ reason: text(1000) });
export const HandoverBody = z.object({ toAgency: text(200), givenBy: text(200), dueAt: instant.optional() });
export const HandoverReceiveBody = z.object({
  receivedBy: text(200),
  result: z.string().trim().max(500).optional(),
});

export const DossierSummary = z.looseObject({
  code: z.string(),
  unitCode: z.string(),
  procedure: z.string(),
  applicantName: z.string(),
  status: z.number().int(),
  statusName: z.string(),
  receivedAt: z.string(),
  dueAt: z.string(),
  remainingWorkingDays: z.number().int().nullable(),
});
export const DossierList = z.object({ dossiers: z.array(DossierSummary) });
export const DossierListQuery = z.object({
  unitCode: code.optional(),
  status: z.coerce.number().int().min(1).max(10).optional(),
  mine: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
export const UnitMonthQuery = z.object({
  unitCode: code.optional(),
  month: businessMonth,
});
export const WarningQuery = z.object({
  unitCode: code.optional(),
  withinDays: z.coerce.number().int().min(0).max(30).optional(),
});
export const DossierDetail = z.looseObject({
  code: z.string(),
  events: z.array(z.unknown()),
  slips: z.array(z.unknown()),
});
export const Dashboard = z.object({
  month: z.string(),
  received: z.number().int(),
  early: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  inProgress: z.number().int(),
  refused: z.number().int(),
  onTimeRate: z.number().nullable(),
  supplements: z.number().int(),
  apologies: z.number().int(),
  violations: z.record(z.string(), z.number().int()),
});
export const Violations = z.object({
  violations: z.array(z.looseObject({ kind: z.string(), dossier: z.string() })),
});
/** The check value printed beside the code on the receipt and carried in its QR link (`?k=`). */
export const LookupQuery = z.object({
  k: z.string().trim().max(20).optional().meta({
    description: 'Mã kiểm tra in trên giấy tiếp nhận (6 ký tự); thiếu thì chỉ biết hồ sơ có tồn tại',
  }),
});
export const PublicLookup = z.union([
  z.looseObject({
    verified: z.literal(true),
    code: z.string(),
    statusName: z.string(),
    applicant: z.string(),
  }),
  z.object({
    verified: z.literal(false),
    code: z.string(),
    exists: z.literal(true),
    message: z.string(),
  }),
]);
export const RatingQuery = z.object({ t: z.string().trim().min(8).max(100) });
export const RatingBody = z.object({ answers: z.record(z.string(), z.number().int().nullable()) });

export const RegisterQuery = z.object({
  unitCode: code,
  month: businessMonth,
});
export const GuideQuery = z.object({ unitCode: code, procedureCode: code });
export const SlipParam = z.object({ code, form: z.enum(['01', '02', '03', '04', '05', 'invitation']) });
