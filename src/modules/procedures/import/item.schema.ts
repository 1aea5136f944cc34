import { z } from 'zod';
import { FORMULA_NAME_MESSAGE, foldVietnamese, startsLikeFormula } from '../../../lib/text.ts';
import {
  DEFAULT_SAME_DAY_CUTOFF,
  type DocumentKind,
  type ImportContext,
  LIMITS,
  PROCEDURE_CODE_PATTERN,
  PROCEDURE_LEVELS,
  type ProcedureLevel,
  type TimeUnit,
} from './catalogue.ts';

/**
 * One procedure of a catalogue file, whatever its format (a CSV row is first turned into this
 * shape): the zod schema that checks it. Every rule carries its stable code in the issue's `params`
 * and says what is wrong in Vietnamese; item-errors.ts turns the issues into the report's lines.
 */

/** Refinement options: report `code`, and stop checking this value at the first failure. */
const coded = <T>(code: string, message: (value: T) => string, shape = false) => ({
  // `shape`: a problem with the item's shape, reported before its fields' (see item-errors.ts).
  params: { code, shape },
  abort: true,
  error: (issue: { input?: unknown }) => message(issue.input as T),
});

export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Keep the line breaks of a long text (a list of legal texts), tidy everything else. */
const multiLine = (s: string) =>
  s.replace(/\r\n?/g, '\n').split('\n').map(oneLine).filter(Boolean).join('\n');

/** A JSON value as a person would read it in a message ("3", "true", "null"). */
function shown(value: unknown): string {
  if (value === undefined) return '';
  return JSON.stringify(value)?.slice(0, 100) ?? String(value);
}

function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** A text: absent is '', another type than a string is TYPE_INVALID. */
const text = (key: string, tidy: (s: string) => string = oneLine) =>
  z
    .string({ error: `${key} phải là chuỗi ký tự` })
    .nullish()
    .transform((v) => tidy(v ?? ''));

const required = (code: string, message: string) => [Boolean, coded(code, () => message)] as const;
const atMost = (max: number, message: string) =>
  [(s: string) => s.length <= max, coded('TEXT_TOO_LONG', () => message)] as const;

/** One of a few values, given as the code or the Vietnamese words an officer types in Excel. */
function choice<T extends string>(
  table: Record<string, T>,
  code: string,
  message: (shownValue: string) => string,
  show: (v: unknown) => string = (v) => (typeof v === 'string' ? v.trim() : shown(v)),
) {
  return z.unknown().transform((value, ctx): T => {
    const s = show(value);
    const found = s ? table[foldVietnamese(s).replace(/[\s-]+/g, '_')] : undefined;
    if (found) return found;
    ctx.issues.push({ code: 'custom', input: value, message: message(s), params: { code } });
    return z.NEVER;
  });
}

const isIntegerIn = (min: number, max: number) => (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

const level = choice<ProcedureLevel>(
  { toan_trinh: 'toan_trinh', mot_phan: 'mot_phan', truc_tiep: 'truc_tiep' },
  'LEVEL_INVALID',
  (s) =>
    s
      ? `mức độ "${s}" không hợp lệ (chỉ nhận ${PROCEDURE_LEVELS.join(', ')})`
      : `thiếu mức độ (level: ${PROCEDURE_LEVELS.join(', ')})`,
);

const SAME_DAY_WORDS = new Set(['same_day', 'trong_ngay', 'trong_ngay_lam_viec']);
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const processingTime = z
  .unknown()
  .refine(
    (v) => v === undefined || isObject(v),
    coded(
      'TIME_INVALID',
      () => 'processingTime phải có dạng {amount, unit}, ví dụ {"amount": 3, "unit": "working_days"}',
      true,
    ),
  )
  .transform((v): Record<string, unknown> => {
    const o: Record<string, unknown> = {
      amount: undefined,
      unit: undefined,
      sameDayCutoff: undefined,
      ...(v as object),
    };
    // A same-day procedure has no amount: absent (an empty CSV cell) is 0.
    const unit = typeof o.unit === 'string' ? foldVietnamese(o.unit.trim()).replace(/[\s-]+/g, '_') : '';
    if (SAME_DAY_WORDS.has(unit) && blank(o.amount)) o.amount = 0;
    return o;
  })
  .pipe(
    z.object({
      amount: z
        .preprocess((v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v), z.unknown())
        .refine(
          isIntegerIn(0, LIMITS.amount),
          coded('TIME_INVALID', (v) =>
            v === undefined || v === null || v === ''
              ? 'thiếu thời hạn giải quyết (số ngày hoặc giờ làm việc)'
              : `thời hạn giải quyết "${typeof v === 'string' ? v.trim() : shown(v)}" phải là số nguyên từ 0 đến ${LIMITS.amount}`,
          ),
        )
        .transform((v) => v as number),
      unit: choice<TimeUnit>(
        {
          working_days: 'working_days',
          working_hours: 'working_hours',
          same_day: 'same_day',
          ngay_lam_viec: 'working_days',
          ngay: 'working_days',
          gio_lam_viec: 'working_hours',
          gio: 'working_hours',
          trong_ngay: 'same_day',
          trong_ngay_lam_viec: 'same_day',
        },
        'TIME_UNIT_INVALID',
        (s) =>
          s
            ? `đơn vị thời hạn "${s}" không hợp lệ (chỉ nhận working_days, working_hours, same_day)`
            : 'thiếu đơn vị thời hạn (working_days, working_hours hoặc same_day)',
      ),
      sameDayCutoff: z
        .unknown()
        .transform((v) => (blank(v) ? null : typeof v === 'string' ? v.trim() : shown(v)))
        .refine(
          (v) => v === null || HH_MM.test(v),
          coded(
            'CUTOFF_INVALID',
            (v: unknown) =>
              `giờ tiếp nhận cuối "${typeof v === 'string' ? v.trim() : shown(v)}" phải có dạng HH:MM, ví dụ 15:00`,
          ),
        ),
    }),
  )
  .superRefine((t, ctx) => {
    if (t.unit === 'same_day' && t.amount !== 0)
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        params: { code: 'SAME_DAY_AMOUNT' },
        message: `thủ tục trả trong ngày (same_day) không có số ngày, giờ: để trống hoặc 0 (đang là ${t.amount})`,
      });
    if (t.unit !== 'same_day' && t.sameDayCutoff !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['sameDayCutoff'],
        params: { code: 'CUTOFF_NOT_SAME_DAY' },
        message: `giờ tiếp nhận cuối (same_day_cutoff) chỉ dùng cho thủ tục trả trong ngày (same_day), không cho ${t.unit}`,
      });
  })
  .transform((t) => ({
    amount: t.amount,
    unit: t.unit,
    sameDayCutoff: t.unit === 'same_day' ? (t.sameDayCutoff ?? DEFAULT_SAME_DAY_CUTOFF) : null,
  }));

/**
 * A list: absent (`missing` says what to report, or absent is empty), another type, too long, then
 * each element. Element messages are relative: `issueToError` puts "giấy tờ thứ N" in front.
 */
function list<T extends z.ZodType>(
  element: T,
  o: { missing?: string; notList: string; empty?: string; max: number; tooMany: (n: number) => string },
) {
  return z
    .unknown()
    .refine(
      (v) => !o.missing || v != null,
      coded('DOCUMENTS_EMPTY', () => o.missing ?? ''),
    )
    .transform((v) => v ?? [])
    .pipe(z.array(z.unknown(), { error: o.notList }))
    .refine(
      (a) => !o.empty || a.length > 0,
      coded('DOCUMENTS_EMPTY', () => o.empty ?? ''),
    )
    .refine(
      (a) => a.length <= o.max,
      coded('LIST_TOO_LONG', (a: unknown[]) => o.tooMany(a.length)),
    )
    .pipe(z.array(element));
}

/** An element of a list: an object with these fields only. */
const entry = <S extends z.ZodRawShape>(code: string, form: string, shape: S) =>
  z
    .unknown()
    .refine(
      isObject,
      coded(code, () => `phải có dạng ${form}`),
    )
    .transform((o): Record<string, unknown> => ({ ...absent(shape), ...(o as object) }))
    .pipe(z.strictObject(shape));

/** Every field of the shape, undefined: zod checks a field only when the object has its key. */
const absent = (shape: object) => Object.fromEntries(Object.keys(shape).map((k) => [k, undefined]));

const entryName = (what: string, max: number, code: string) =>
  z
    .unknown()
    .transform((v) => (typeof v === 'string' ? oneLine(v) : ''))
    .refine(...required(code, `thiếu tên ${what}`))
    .refine(...atMost(max, `tên ${what} dài quá ${max} ký tự`));

const document = entry('DOCUMENT_INVALID', '{name, kind, count}', {
  name: entryName('giấy tờ', LIMITS.documentName, 'DOCUMENT_INVALID'),
  kind: choice<DocumentKind>(
    {
      original: 'original',
      certified_copy: 'certified_copy',
      copy: 'copy',
      ban_chinh: 'original',
      ban_sao_chung_thuc: 'certified_copy',
      ban_sao_co_chung_thuc: 'certified_copy',
      ban_sao: 'copy',
    },
    'DOCUMENT_KIND_INVALID',
    (s) =>
      s
        ? `loại "${s}" không hợp lệ (chỉ nhận original, certified_copy, copy)`
        : 'thiếu loại giấy tờ (original, certified_copy hoặc copy)',
    (v) => (typeof v === 'string' ? v.trim() : ''),
  ),
  count: z
    .unknown()
    .transform((v) => (v === undefined ? 1 : v))
    .refine(
      isIntegerIn(1, LIMITS.count),
      coded(
        'DOCUMENT_COUNT_INVALID',
        (v) =>
          `số lượng "${typeof v === 'string' ? v : shown(v)}" phải là số nguyên từ 1 đến ${LIMITS.count}`,
      ),
    )
    .transform((v) => v as number),
});

const form = entry('FORM_INVALID', '{name, url}', {
  name: entryName('biểu mẫu', LIMITS.formName, 'FORM_INVALID'),
  url: z
    .unknown()
    .transform((v) => (typeof v === 'string' ? v.trim() : ''))
    .refine(
      (url) => url.length > 0 && url.length <= LIMITS.url && isHttpUrl(url),
      coded('FORM_URL_INVALID', (url: string) =>
        url
          ? `địa chỉ "${url.slice(0, 100)}" phải là liên kết http:// hoặc https://`
          : 'thiếu địa chỉ tải về (url)',
      ),
    ),
});

function quoteList(codes: string[]): string {
  const quoted = codes.slice(0, 5).map((c) => `"${c}"`);
  return codes.length > 5 ? `${quoted.join(', ')} và ${codes.length - 5} mã khác` : quoted.join(', ');
}

/** Receiving units: known codes of units still open; repeated codes count once. */
const unitCodes = (ctx: ImportContext) =>
  z
    .array(z.unknown(), { error: 'unitCodes phải là một danh sách mã đơn vị, ví dụ ["P01", "P02"]' })
    .nullish()
    .refine(
      (l) => (l ?? []).every((c) => typeof c === 'string'),
      coded('TYPE_INVALID', () => 'mỗi mã đơn vị trong unitCodes phải là chuỗi ký tự'),
    )
    .transform((l) => [
      ...new Set(((l as string[] | null | undefined) ?? []).map((c) => c.trim()).filter(Boolean)),
    ])
    .refine(
      (codes) => codes.length > 0,
      coded('UNITS_EMPTY', () => 'thiếu đơn vị tiếp nhận (unit_codes): cần ít nhất một mã đơn vị'),
    )
    .refine(
      (codes) => codes.length <= LIMITS.units,
      coded(
        'LIST_TOO_LONG',
        (codes: string[]) => `có ${codes.length} đơn vị tiếp nhận, tối đa ${LIMITS.units}`,
      ),
    )
    .superRefine((codes, issues) => {
      const unknown = codes.filter((c) => !ctx.units.has(c));
      const closed = codes.filter((c) => ctx.units.get(c)?.validTo);
      const add = (code: string, message: string) =>
        issues.addIssue({ code: 'custom', message, params: { code } });
      if (unknown.length)
        add(
          'UNIT_UNKNOWN',
          `${unknown.length > 1 ? 'các mã' : 'mã'} đơn vị ${quoteList(unknown)} không có trong hệ thống`,
        );
      if (closed.length)
        add(
          'UNIT_CLOSED',
          `${closed.length > 1 ? 'các đơn vị' : 'đơn vị'} ${quoteList(closed)} đã ngừng hoạt động, không tiếp nhận hồ sơ được`,
        );
    });

/** The schema of one procedure (JSON item, or CSV row in the same shape). */
export const procedureItem = (ctx: ImportContext) =>
  entry('ITEM_NOT_OBJECT', '', {
    code: text('code')
      .refine(...required('CODE_EMPTY', 'thiếu mã thủ tục (code)'))
      .refine(
        (s) => PROCEDURE_CODE_PATTERN.test(s),
        coded(
          'CODE_INVALID',
          (s: string) => `mã "${s}" chỉ được gồm chữ không dấu, số, ".", "_" hoặc "-" (tối đa 50 ký tự)`,
        ),
      ),
    name: text('name')
      .refine(...required('NAME_EMPTY', 'thiếu tên thủ tục (name)'))
      .refine(...atMost(LIMITS.name, `tên thủ tục dài quá ${LIMITS.name} ký tự`))
      .refine(
        (s) => !startsLikeFormula(s),
        coded('NAME_FORMULA', () => `tên thủ tục: ${FORMULA_NAME_MESSAGE.toLowerCase()}`),
      ),
    field: text('field')
      .refine(...required('FIELD_EMPTY', 'thiếu lĩnh vực (field)'))
      .refine(...atMost(LIMITS.field, `lĩnh vực dài quá ${LIMITS.field} ký tự`)),
    level,
    processingTime,
    fees: text('fees', multiLine).refine(...atMost(LIMITS.fees, `phí, lệ phí dài quá ${LIMITS.fees} ký tự`)),
    documents: list(document, {
      missing: 'thiếu thành phần hồ sơ (documents)',
      notList: 'documents phải là một danh sách giấy tờ [{name, kind, count}]',
      empty: 'thiếu thành phần hồ sơ (documents): cần ít nhất một giấy tờ',
      max: LIMITS.documents,
      tooMany: (n) => `thành phần hồ sơ có ${n} giấy tờ, tối đa ${LIMITS.documents}`,
    }),
    forms: list(form, {
      notList: 'forms phải là một danh sách biểu mẫu [{name, url}]',
      max: LIMITS.forms,
      tooMany: (n) => `có ${n} biểu mẫu, tối đa ${LIMITS.forms}`,
    }),
    legalBasis: text('legalBasis', multiLine)
      .refine(...required('LEGAL_BASIS_EMPTY', 'thiếu căn cứ pháp lý (legal_basis)'))
      .refine(...atMost(LIMITS.legalBasis, `căn cứ pháp lý dài quá ${LIMITS.legalBasis} ký tự`)),
    unitCodes: unitCodes(ctx),
  });
