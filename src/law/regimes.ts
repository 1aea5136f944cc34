/**
 * The legal regimes of the one-stop desk, by date: which decree and circular applied on a day,
 * which forms they prescribe, the desk's duties and how a dossier is rated — each with the source it
 * was read in and whether it could be verified (data/regimes/*.json, see
 * docs/decisions/0011-legal-regimes.md).
 *
 * A dossier keeps the regime in force on the day it was received (Vietnam date). The files are
 * imported statically and checked once when this module loads, so it does no I/O; a test checks
 * that every file in data/regimes is registered here.
 */
import { z } from 'zod';
import nd61 from '../../data/regimes/ND61-2018.json' with { type: 'json' };
import nd118 from '../../data/regimes/ND118-2025.json' with { type: 'json' };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'cần dạng YYYY-MM-DD');

const sourceSchema = z.strictObject({
  id: z.string().min(1),
  url: z.url(),
  title: z.string().min(1),
  /** official: a government site; press: a well-known newspaper; legal-database: a known legal
   *  publisher; secondary / mirror: read there, not enough on its own to call a fact verified. */
  kind: z.enum(['official', 'press', 'legal-database', 'secondary', 'mirror']),
  excerpt: z.string().min(1),
});

const documentSchema = z.strictObject({
  number: z.string().min(1),
  title: z.string().min(1),
  issued: isoDate.nullable(),
  effectiveFrom: isoDate.nullable(),
  effectiveTo: isoDate.nullable().optional(),
  verified: z.boolean(),
  sources: z.array(z.string()),
  replaces: z.array(z.string()).optional(),
  replacesVerified: z.boolean().optional(),
  note: z.string().optional(),
});

/** Which of the desk's papers a form is: the slips print their form number and title from it. */
export const SLIP_KINDS = [
  'receipt',
  'supplement',
  'refusal',
  'apology',
  'stop',
  'control',
  'register',
] as const;
export type SlipKind = (typeof SLIP_KINDS)[number];

const formSchema = z.strictObject({
  code: z.string().regex(/^\d{2}$/),
  slip: z.enum(SLIP_KINDS),
  title: z.string().min(1),
  legalBasis: z.string().min(1),
  verified: z.boolean(),
  sources: z.array(z.string()).min(1),
  note: z.string().optional(),
});

const dutySchema = z.strictObject({
  code: z.string().min(1),
  text: z.string().min(1),
  legalBasis: z.string().min(1),
  verified: z.boolean(),
  sources: z.array(z.string()),
  note: z.string().optional(),
});

/**
 * How the desk refuses a dossier at one stage under the regime: from which national statuses, to
 * which, on which form (`slip`, or null for a written answer the circular gives no form for), with
 * which heading and words. No rule for a status: the regime does not refuse there (409).
 */
const refusalSchema = z.strictObject({
  stage: z.enum(['reception', 'processing']),
  fromStatuses: z.array(z.int().min(1).max(10)).min(1),
  toStatus: z.union([z.literal(3), z.literal(8)]),
  slip: z.literal('refusal').nullable(),
  title: z.string().min(1),
  /** The verb phrase the paper prints after "… chúng tôi": "từ chối tiếp nhận giải quyết hồ sơ này". */
  wording: z.string().min(1),
  legalBasis: z.string().min(1),
  verified: z.boolean(),
  sources: z.array(z.string()),
  note: z.string().optional(),
});

/** One indicator a dossier of the regime is rated on: a criterion of its rating questionnaire. */
const indicatorSchema = z.strictObject({
  code: z.string().min(1),
  title: z.string().min(1),
  legalBasis: z.string().min(1),
  verified: z.boolean(),
  sources: z.array(z.string()),
  note: z.string().optional(),
});

/**
 * How a dossier received under the regime is rated (issue #11): the questionnaire in
 * data/questionnaires that the public rating page uses, how faithfully it follows the law
 * (`status`, as a questionnaire's `source.status`), and its indicators with their legal basis.
 */
const evaluationSchema = z.strictObject({
  /** counter-rating: NĐ 61's per-dossier evaluation; satisfaction-rating: a rating adapted from QĐ 766's groups. */
  kind: z.enum(['counter-rating', 'satisfaction-rating']),
  questionnaire: z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/),
  status: z.enum(['official', 'adapted', 'reference']),
  text: z.string().min(1),
  legalBasis: z.string().nullable(),
  verified: z.boolean(),
  sources: z.array(z.string()),
  note: z.string().optional(),
  indicators: z.array(indicatorSchema).min(1),
});

export const regimeSchema = z
  .strictObject({
    code: z.string().min(1),
    name: z.string().min(1),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
    /** True only when every fact in the file is verified. */
    verified: z.boolean(),
    decree: documentSchema,
    amendments: z.array(documentSchema),
    circular: documentSchema,
    forms: z.array(formSchema).min(1),
    duties: z.array(dutySchema),
    refusals: z.array(refusalSchema).min(1),
    evaluation: evaluationSchema,
    unverified: z.array(z.string()),
    sources: z.array(sourceSchema),
  })
  .superRefine((regime, ctx) => {
    const ids = new Set(regime.sources.map((s) => s.id));
    const cited = [
      ...regime.decree.sources,
      ...regime.amendments.flatMap((a) => a.sources),
      ...regime.circular.sources,
      ...regime.forms.flatMap((f) => f.sources),
      ...regime.duties.flatMap((d) => d.sources),
      ...regime.evaluation.sources,
      ...regime.evaluation.indicators.flatMap((i) => i.sources),
      ...regime.refusals.flatMap((r) => r.sources),
    ];
    for (const id of cited)
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', message: `nguồn "${id}" không có trong sources` });
    const codes = regime.forms.map((f) => f.code);
    if (new Set(codes).size !== codes.length) ctx.addIssue({ code: 'custom', message: 'mã mẫu bị trùng' });
    const slips = regime.forms.map((f) => f.slip);
    if (new Set(slips).size !== slips.length)
      ctx.addIssue({ code: 'custom', message: 'loại phiếu (slip) bị trùng' });
    const refusable = regime.refusals.flatMap((r) => r.fromStatuses);
    if (new Set(refusable).size !== refusable.length)
      ctx.addIssue({ code: 'custom', message: 'một trạng thái thuộc hai cách từ chối (refusals)' });
    for (const r of regime.refusals)
      if (r.slip && !regime.forms.some((f) => f.slip === r.slip))
        ctx.addIssue({ code: 'custom', message: `refusals: không có mẫu "${r.slip}" trong forms` });
    if (regime.validTo !== null && regime.validTo < regime.validFrom)
      ctx.addIssue({ code: 'custom', message: 'validTo trước validFrom' });
    const everything = [regime.decree, regime.circular, ...regime.forms, ...regime.duties, regime.evaluation];
    if (regime.evaluation.status === 'official' && !regime.evaluation.verified)
      ctx.addIssue({ code: 'custom', message: 'evaluation.status "official" nhưng chưa kiểm chứng' });
    if (regime.verified && everything.some((x) => !x.verified))
      ctx.addIssue({ code: 'custom', message: 'verified: true nhưng còn mục chưa kiểm chứng' });
  });

export type Regime = z.infer<typeof regimeSchema>;
export type RegimeForm = z.infer<typeof formSchema>;

/** Check the regime files: each against the schema, then together (in date order, no overlap). */
export function checkRegimes(files: Record<string, unknown>): Regime[] {
  const regimes = Object.entries(files).map(([name, data]) => {
    const parsed = regimeSchema.safeParse(data);
    if (!parsed.success)
      throw new Error(
        `data/regimes/${name}.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    if (parsed.data.code !== name)
      throw new Error(`data/regimes/${name}.json: code "${parsed.data.code}" khác tên tệp`);
    return parsed.data;
  });
  regimes.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  for (let i = 1; i < regimes.length; i++) {
    const before = regimes[i - 1]!;
    const after = regimes[i]!;
    if (before.validTo === null || before.validTo >= after.validFrom)
      throw new Error(`data/regimes: ${before.code} và ${after.code} chồng lên nhau`);
  }
  return regimes;
}

/** Every regime, oldest first. */
export const REGIMES: readonly Regime[] = checkRegimes({ 'ND61-2018': nd61, 'ND118-2025': nd118 });

/** The first day any regime in the data covers. */
export const FIRST_REGIME_DATE: string = REGIMES[0]!.validFrom;

/** The regime in force on a Vietnam calendar date "YYYY-MM-DD", or null when none is known. */
export function regimeOn(date: string, regimes: readonly Regime[] = REGIMES): Regime | null {
  return regimes.find((r) => r.validFrom <= date && (r.validTo === null || date <= r.validTo)) ?? null;
}

/** A regime by its code (the `rule_set` a dossier stored at reception), or null when unknown. */
export function regimeByCode(code: string, regimes: readonly Regime[] = REGIMES): Regime | null {
  return regimes.find((r) => r.code === code) ?? null;
}

/** What a slip prints about its form: the number, title and legal basis of its regime's form. */
export interface SlipFormOfRegime {
  code: string;
  title: string;
  legalBasis: string;
  /** False when the form's number or title is not checked against the circular itself. */
  verified: boolean;
  decree: string;
  circular: string;
}

/**
 * The form a slip of a dossier is, under the regime the dossier stored (never today's): null when
 * that regime has no such form (NĐ 61's TT 01/2018 has no stop notice) or the code is unknown.
 */
export function slipFormOf(
  ruleSet: string,
  slip: SlipKind,
  regimes: readonly Regime[] = REGIMES,
): SlipFormOfRegime | null {
  const regime = regimeByCode(ruleSet, regimes);
  const form = regime?.forms.find((f) => f.slip === slip);
  if (!regime || !form) return null;
  return {
    code: form.code,
    title: form.title,
    legalBasis: form.legalBasis,
    verified: form.verified,
    decree: regime.decree.number,
    circular: regime.circular.number,
  };
}

/** How a dossier is rated under the regime it stored at reception (never today's). */
export interface EvaluationOfRegime {
  regime: { code: string; decree: string; circular: string };
  questionnaire: string;
  status: 'official' | 'adapted' | 'reference';
  legalBasis: string | null;
  verified: boolean;
  note: string | null;
}

/** The rating of a dossier follows its `rule_set`: null when the code is unknown. */
export function evaluationOf(
  ruleSet: string,
  regimes: readonly Regime[] = REGIMES,
): EvaluationOfRegime | null {
  const regime = regimeByCode(ruleSet, regimes);
  if (!regime) return null;
  const e = regime.evaluation;
  return {
    regime: { code: regime.code, decree: regime.decree.number, circular: regime.circular.number },
    questionnaire: e.questionnaire,
    status: e.status,
    legalBasis: e.legalBasis,
    verified: e.verified,
    note: e.note ?? null,
  };
}

export type RegimeRefusal = z.infer<typeof refusalSchema>;

/**
 * How a dossier in `status` is refused under the regime it stored: the rule, or null when that
 * regime does not refuse a dossier in that status (or the code is unknown).
 */
export function refusalOf(
  ruleSet: string,
  status: number,
  regimes: readonly Regime[] = REGIMES,
): RegimeRefusal | null {
  return regimeByCode(ruleSet, regimes)?.refusals.find((r) => r.fromStatuses.includes(status)) ?? null;
}

/** The rule of one refusal stage under a regime (what a printed refusal slip says), or null. */
export function refusalAt(
  ruleSet: string,
  stage: RegimeRefusal['stage'],
  regimes: readonly Regime[] = REGIMES,
): RegimeRefusal | null {
  return regimeByCode(ruleSet, regimes)?.refusals.find((r) => r.stage === stage) ?? null;
}

/** What the desk's pages show about a dossier's regime: its documents, forms and refusable statuses. */
export interface DeskRegime {
  code: string;
  decree: string;
  circular: string;
  forms: { slip: SlipKind; code: string; title: string; verified: boolean }[];
  /** The national statuses a dossier can be refused from under this regime. */
  refuseFrom: number[];
  /** Each stage's refusal: from which statuses, on which form number (null: a written answer), its heading. */
  refusals: { stage: RegimeRefusal['stage']; fromStatuses: number[]; form: string | null; title: string }[];
}

export function deskRegimeOf(ruleSet: string, regimes: readonly Regime[] = REGIMES): DeskRegime | null {
  const regime = regimeByCode(ruleSet, regimes);
  if (!regime) return null;
  return {
    code: regime.code,
    decree: regime.decree.number,
    circular: regime.circular.number,
    forms: regime.forms.map(({ slip, code, title, verified }) => ({ slip, code, title, verified })),
    refuseFrom: regime.refusals.flatMap((r) => r.fromStatuses).sort((a, b) => a - b),
    refusals: regime.refusals.map((r) => ({
      stage: r.stage,
      fromStatuses: r.fromStatuses,
      form: r.slip ? (regime.forms.find((f) => f.slip === r.slip)?.code ?? null) : null,
      title: r.title,
    })),
  };
}

/** What `hailong forms --date` prints: the desk forms in force on a date, with their status. */
export interface FormsOnDate {
  date: string;
  regime: {
    code: string;
    decree: string;
    /** Decrees that amended it, e.g. ["107/2021/NĐ-CP"]. */
    amendedBy: string[];
    circular: string;
    validFrom: string;
    validTo: string | null;
    circularEffectiveFrom: string | null;
  };
  forms: { code: string; title: string; legalBasis: string; verified: boolean }[];
  /** False when any form title, the circular or its dates are not verified against a source. */
  verified: boolean;
  /** Vietnamese notes a person must read with the list (a transition, an unverified date). */
  notes: string[];
}

export function formsOn(date: string, regimes: readonly Regime[] = REGIMES): FormsOnDate | null {
  const regime = regimeOn(date, regimes);
  if (!regime) return null;
  const circularFrom = regime.circular.effectiveFrom;
  const notes: string[] = [];
  if (circularFrom === null || date < circularFrom)
    notes.push(
      `Ngày ${date} thuộc ${regime.decree.number} nhưng trước ngày ${regime.circular.number} có hiệu lực` +
        `${circularFrom ? ` (${circularFrom})` : ''}: các mẫu dưới đây là mẫu của thông tư đó; mẫu thực tế dùng trong khoảng này chưa được kiểm chứng.`,
    );
  if (!regime.circular.verified)
    notes.push(`Ngày ban hành, ngày hiệu lực của ${regime.circular.number} chưa được kiểm chứng đầy đủ.`);
  const forms = regime.forms.map(({ code, title, legalBasis, verified }) => ({
    code,
    title,
    legalBasis,
    verified,
  }));
  if (forms.some((f) => !f.verified))
    notes.push('Tên mẫu chưa được đối chiếu với văn bản gốc: không trình bày như mẫu chính thức.');
  return {
    date,
    regime: {
      code: regime.code,
      decree: regime.decree.number,
      amendedBy: regime.amendments.map((a) => a.number),
      circular: regime.circular.number,
      validFrom: regime.validFrom,
      validTo: regime.validTo,
      circularEffectiveFrom: circularFrom,
    },
    forms,
    verified: regime.circular.verified && forms.every((f) => f.verified) && notes.length === 0,
    notes,
  };
}
