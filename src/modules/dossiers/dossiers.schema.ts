import { z } from 'zod';
import { businessMonth, instant } from '../../lib/dates.ts';
import { rowId } from '../../lib/ids.ts';
import { Criterion } from '../surveys/questionnaires/questionnaires.schema.ts';
import { StepData } from '../workflow/step.schema.ts';

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
  /** Codes of the possible duplicates the officer was shown and went on anyway (recorded, never blocking). */
  acknowledgedDuplicates: z.array(code).max(50).optional(),
});
/** GET /dossiers/possible-duplicates: the same applicant and procedure at the unit, a few working days back. */
export const DuplicatesQuery = z.object({
  unitCode: code,
  procedureCode: code,
  applicantName: text(200),
  applicantPhone: z.string().trim().max(20).optional(),
});
export const PossibleDuplicates = z.object({
  /** How far back the check looks, in working days of the unit's calendar. */
  windowWorkingDays: z.number().int(),
  duplicates: z.array(
    z.object({ code: z.string(), receivedAt: z.string(), status: z.number().int(), statusName: z.string() }),
  ),
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
/** Dừng giải quyết (NĐ 118/2025; TT 03/2025 Mẫu số 05): both the reason and the legal basis. */
export const StopBody = z.object({
  reason: text(2000).meta({ example: 'Cơ quan có thẩm quyền đang xác minh tranh chấp liên quan đến hồ sơ.' }),
  legalBasis: text(2000).meta({ example: 'Nghị định 118/2025/NĐ-CP' }),
});
export const HandoverBody = z.object({ toAgency: text(200), givenBy: text(200), dueAt: instant.optional() });
export const HandoverReceiveBody = z.object({
  receivedBy: text(200),
  result: z.string().trim().max(500).optional(),
});

export const Channel = z.enum(['direct', 'online', 'postal']);
/** Slip keys as stored ('05' is the control slip, 'stop' the stop notice), not the printed form number. */
export const SlipForm = z.enum(['01', '02', '03', '04', '05', 'invitation', 'stop']);

/**
 * Where a dossier stands, in the words the clock, the rating page, the dossier page and the register
 * share (public-status.ts): the phase, where it is while processed, and the timeliness verdict.
 */
export const Standing = z.object({
  phase: z.enum([
    'processing',
    'waiting_supplement',
    'waiting_financial',
    'ready',
    'returned',
    'not_accepted',
    'refused',
    'stopped',
    'withdrawn',
  ]),
  place: z.string().nullable(),
  timeliness: z.enum(['early', 'on_time', 'late']).nullable(),
  /** Working days early or late; null when not judged. */
  workingDays: z.number().int().nullable(),
  phrase: z.string().meta({ example: 'Đã trả kết quả trước hạn 2 ngày làm việc' }),
  verdict: z.string().nullable().meta({ example: 'Trước hạn 2 ngày làm việc' }),
});
/** A row of GET /dossiers and /dossiers/warnings (dossiers.present.ts builds it). */
export const DossierSummary = z.object({
  code: z.string(),
  unitCode: z.string(),
  procedure: z.string(),
  applicantName: z.string(),
  channel: Channel,
  status: z.number().int(),
  statusName: z.string(),
  receivedAt: z.string(),
  dueAt: z.string(),
  /** Null when the clock is not running: closed, or waiting for the citizen. */
  remainingWorkingDays: z.number().int().nullable(),
  supplementRequests: z.number().int(),
  apologies: z.number().int(),
  resultReadyAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  heldBy: z.string().nullable(),
  /** Only in the warning list. */
  overdue: z.boolean().optional(),
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
/** A timeline step; `data` is what the step recorded (reason, dates, calendar version…). */
export const DossierEvent = z.object({
  at: z.string(),
  kind: z.string(),
  fromStatus: z.number().int().nullable(),
  toStatus: z.number().int().nullable(),
  actor: z.string(),
  data: StepData,
});
export const Handover = z.object({
  id: z.number().int(),
  fromAgency: z.string(),
  toAgency: z.string(),
  givenAt: z.string(),
  givenBy: z.string(),
  receivedAt: z.string().nullable(),
  receivedBy: z.string().nullable(),
  dueAt: z.string().nullable(),
  result: z.string().nullable(),
});
export const IssuedSlip = z.object({
  id: z.number().int(),
  form: SlipForm,
  issuedAt: z.string(),
  issuedBy: z.string(),
});
/** A form of a regime as the desk labels it: "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)". */
export const RegimeForm = z.object({
  slip: z.enum(['receipt', 'supplement', 'refusal', 'apology', 'stop', 'control', 'register']),
  code: z.string(),
  title: z.string(),
  verified: z.boolean(),
});
/** The regime a dossier was received under (data/regimes): slips are labelled and actions offered by it. */
export const DeskRegime = z.object({
  code: z.string(),
  decree: z.string(),
  circular: z.string(),
  forms: z.array(RegimeForm),
  refuseFrom: z.array(z.number().int()),
  refusals: z.array(
    z.object({
      stage: z.enum(['reception', 'processing']),
      fromStatuses: z.array(z.number().int()),
      /** The form number printed, or null for a written answer the circular has no form for. */
      form: z.string().nullable(),
      title: z.string(),
    }),
  ),
});
/** GET /dossiers/{code}, also the answer of every action. */
export const DossierDetail = DossierSummary.omit({ overdue: true }).extend({
  unitName: z.string(),
  procedureCode: z.string(),
  applicant: z.object({
    kind: z.enum(['person', 'organisation']),
    name: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
    contactConsent: z.boolean(),
  }),
  documents: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(['original', 'certified_copy', 'copy']),
      count: z.number().int(),
    }),
  ),
  legalDays: z.number().int(),
  ruleSet: z.string(),
  /** Null only for a rule set the data does not know. */
  regime: DeskRegime.nullable(),
  calendarVersion: z.string(),
  pausedWorkingDays: z.number().int(),
  handledBy: z.object({ username: z.string(), name: z.string() }).nullable(),
  /** The link printed as a QR on the receipt: the applicant rates the dossier once. */
  ratingUrl: z.string(),
  lookupUrl: z.string(),
  /** Printed beside the code on the receipt: the public lookup shows the dossier only with it. */
  lookupCheck: z.string(),
  standing: Standing,
  events: z.array(DossierEvent),
  handovers: z.array(Handover),
  slips: z.array(IssuedSlip),
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
  /** The register's form for dossiers received in the month (the regime in force on its first day). */
  register: RegimeForm.nullable(),
});
export const Violation = z.object({
  kind: z.string(),
  at: z.string(),
  note: z.string().nullable(),
  unitCode: z.string(),
  unitName: z.string(),
  dossier: z.string(),
  officer: z.string().nullable(),
  officerName: z.string().nullable(),
});
export const Violations = z.object({ violations: z.array(Violation) });
/** The check value printed beside the code on the receipt and carried in its QR link (`?k=`). */
export const LookupQuery = z.object({
  k: z.string().trim().max(20).optional().meta({
    description: 'Mã kiểm tra in trên giấy tiếp nhận (6 ký tự); thiếu thì chỉ biết hồ sơ có tồn tại',
  }),
});
/** GET /public/dossiers/{code}: the citizen's clock, initials only. */
export const PublicDossier = z.object({
  verified: z.literal(true),
  code: z.string(),
  unitName: z.string(),
  procedure: z.string(),
  applicant: z.string(),
  status: z.number().int(),
  statusName: z.string(),
  receivedAt: z.string(),
  dueAt: z.string(),
  remainingWorkingDays: z.number().int().nullable(),
  heldBy: z.string().nullable(),
  standing: Standing,
  pauses: z.array(z.object({ at: z.string(), kind: z.string(), reason: z.string().nullable() })),
  timeline: z.array(z.object({ at: z.string(), kind: z.string(), statusName: z.string().nullable() })),
  slips: z.array(z.object({ form: SlipForm, issuedAt: z.string() })),
  /** The forms of the dossier's regime: the slips are named by them (Mẫu 06 of TT 03/2025, …). */
  regimeForms: z.array(RegimeForm),
  resultReadyAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
});
/** Without the check value: only that the dossier exists, and how to see it. */
export const PublicDossierExists = z.object({
  verified: z.literal(false),
  code: z.string(),
  exists: z.literal(true),
  message: z.string(),
});
export const PublicLookup = z.union([PublicDossier, PublicDossierExists]);
/** GET /public/dossiers/{code}/rating?t=…: the questions the citizen answers, and what the record says. */
export const RatingForm = z.object({
  dossier: z.object({ code: z.string(), unitName: z.string() }),
  /** The regime the dossier was received under (its stored rule set): it decides the form. */
  regime: z.object({ code: z.string(), decree: z.string(), circular: z.string() }),
  /** How faithfully the form follows the law, from data/regimes: shown in the page's footer. */
  evaluation: z.object({
    status: z.enum(['official', 'adapted', 'reference']),
    verified: z.boolean(),
    legalBasis: z.string().nullable(),
    note: z.string().nullable(),
  }),
  questionnaire: z.object({
    code: z.string(),
    version: z.number().int(),
    title: z.string(),
    /** The questionnaire's own `source.document`, or null for a file that names none. */
    document: z.string().nullable(),
    criteria: z.array(Criterion),
  }),
  /** Indicators computed from the dossier (option values 0–2), null when not known yet. */
  fromDossier: z.record(z.string(), z.number().nullable()),
  /** Where the dossier stands, in the words of the public clock. */
  standing: Standing,
  /** Whether the dossier went through another agency (TIME_AGENCIES is null without one). */
  handedOver: z.boolean(),
});
export const RatingQuery = z.object({ t: z.string().trim().min(8).max(100) });
export const RatingBody = z.object({ answers: z.record(z.string(), z.number().int().nullable()) });

export const RegisterQuery = z.object({
  unitCode: code,
  month: businessMonth,
});
export const GuideQuery = z.object({ unitCode: code, procedureCode: code });
export const SlipParam = z.object({ code, form: SlipForm });
