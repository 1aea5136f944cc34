import { z } from 'zod';
import { formatDateVi } from '../lib/format.ts';
import { VN_OFFSET_MS } from '../lib/time.ts';

/**
 * The messages a citizen receives, in Vietnamese, rendered from an outbox payload (pure, no I/O):
 * - e-mail: { subject, text };
 * - SMS: one short line (Unicode SMS, so diacritics stay; at most SMS_MAX characters, the variable
 *   part is shortened with "…" to fit: each 67-character Unicode segment is billed);
 * - Zalo ZNS: `template_data` for a template registered with Zalo. ZNS renders the text itself, so
 *   only the parameters travel; ZNS_PARAMS lists each template's parameters and their maximum length
 *   (the limits of the ZNS parameter types: name 30, code 30, time 20, text and URL 200). Register
 *   the ZNS templates with exactly these parameter names and put their ids in HAILONG_ZALO_TEMPLATES.
 *
 * Times are shown in Vietnam time as dd/mm/yyyy HH:mm.
 */

export const TEMPLATE_NAMES = [
  'dossier.received',
  'dossier.supplement',
  'dossier.apology',
  'dossier.ready_early',
  'dossier.returned',
  'dossier.stopped',
  'feedback.received',
  'feedback.answered',
  'plan.task_reminder',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export function isTemplateName(value: string): value is TemplateName {
  return (TEMPLATE_NAMES as readonly string[]).includes(value);
}

export const SMS_MAX = 160;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .transform((s) => s.normalize('NFC'));
const link = z.url({ protocol: /^https?$/ }).max(200);
/** An instant (Date or ISO 8601 with offset), stored in the payload as ISO UTC. */
const instant = z
  .union([z.date(), z.iso.datetime({ offset: true })])
  .transform((v) => (typeof v === 'string' ? new Date(v) : v).toISOString());

const person = {
  /** The citizen's name, for the greeting. */
  name: text(100).optional(),
  /** The unit that speaks (Bộ phận Một cửa …). */
  unitName: text(200).optional(),
};
const dossier = {
  ...person,
  /** Mã hồ sơ. */
  code: text(50),
  /** Tên thủ tục. */
  procedure: text(500),
  /** Link tra cứu hồ sơ. */
  lookupUrl: link,
};

export const PAYLOAD_SCHEMAS = {
  'dossier.received': z.object({ ...dossier, dueAt: instant }),
  'dossier.supplement': z.object({
    ...dossier,
    /** What the citizen must add or correct, one item each. */
    missing: z.array(text(300)).min(1).max(20),
    reason: text(500).optional(),
  }),
  'dossier.apology': z.object({ ...dossier, oldDueAt: instant, newDueAt: instant, reason: text(500) }),
  'dossier.ready_early': z.object({
    ...dossier,
    dueAt: instant,
    /** Where to collect the result; defaults to the unit. */
    place: text(200).optional(),
  }),
  'dossier.returned': z.object({ ...dossier, returnedAt: instant, surveyUrl: link.optional() }),
  /** Dừng giải quyết hồ sơ (NĐ 118/2025): why, and on what legal basis. */
  'dossier.stopped': z.object({ ...dossier, reason: text(500), legalBasis: text(500) }),
  'feedback.received': z.object({
    ...person,
    /** Mã phản ánh, kiến nghị. */
    code: text(50),
    /** The tracking link (with the reporter's token: follow and rate the answer). */
    url: link,
    /** When the answer is due. */
    answerBy: instant.optional(),
  }),
  'feedback.answered': z.object({
    ...person,
    /** Mã phản ánh, kiến nghị. */
    code: text(50),
    title: text(300).optional(),
    url: link,
  }),
  'plan.task_reminder': z.object({
    ...person,
    /** The improvement plan's title. */
    plan: text(300),
    /** The task (Nhiệm vụ) as written in the annex. */
    task: text(1000),
    /** What is due: "Quá hạn 3 ngày (hạn 15/02/2026)" or "Chưa báo cáo kỳ tháng 3/2026". */
    reminder: text(300),
    /** The plan's page. */
    url: link,
  }),
} satisfies Record<TemplateName, z.ZodType>;

export type Payload<T extends TemplateName> = z.output<(typeof PAYLOAD_SCHEMAS)[T]>;

/** Check a payload for its template; throws the ZodError that names the field. */
export function parsePayload<T extends TemplateName>(template: T, payload: unknown): Payload<T> {
  return PAYLOAD_SCHEMAS[template].parse(payload) as Payload<T>;
}

/** ZNS parameters of each template, with their maximum length. */
export const ZNS_PARAMS = {
  'dossier.received': {
    ten_khach_hang: 30,
    ma_ho_so: 30,
    ten_thu_tuc: 200,
    ngay_hen_tra: 20,
    link_tra_cuu: 200,
  },
  'dossier.supplement': { ten_khach_hang: 30, ma_ho_so: 30, noi_dung_bo_sung: 200, link_tra_cuu: 200 },
  'dossier.apology': { ten_khach_hang: 30, ma_ho_so: 30, ngay_hen_cu: 20, ngay_hen_moi: 20, ly_do: 200 },
  'dossier.ready_early': {
    ten_khach_hang: 30,
    ma_ho_so: 30,
    ngay_hen_tra: 20,
    noi_nhan: 200,
    link_tra_cuu: 200,
  },
  'dossier.returned': { ten_khach_hang: 30, ma_ho_so: 30, ngay_tra: 20, link_danh_gia: 200 },
  'dossier.stopped': { ten_khach_hang: 30, ma_ho_so: 30, ly_do: 200, can_cu: 200, link_tra_cuu: 200 },
  'feedback.received': { ten_khach_hang: 30, ma_phan_anh: 30, link_theo_doi: 200 },
  'plan.task_reminder': { ten_can_bo: 30, nhiem_vu: 100, nhac_viec: 100, link_ke_hoach: 200 },
  'feedback.answered': { ten_khach_hang: 30, ma_phan_anh: 30, link_tra_loi: 200 },
} as const satisfies Record<TemplateName, Record<string, number>>;

export interface EmailContent {
  subject: string;
  text: string;
}

/** "2025-07-15T09:30:00Z" → "15/07/2025 16:30" (Vietnam time). */
export function dateTimeVi(iso: string): string {
  const d = new Date(iso);
  return `${formatDateVi(d)} ${new Date(d.getTime() + VN_OFFSET_MS).toISOString().slice(11, 16)}`;
}

/** Shorten to at most `max` characters, ending with "…" when cut; cuts between words when it can. */
export function clip(value: string, max: number): string {
  const chars = [...value];
  if (chars.length <= max) return value;
  let kept = chars.slice(0, Math.max(0, max - 1)).join('');
  const space = kept.lastIndexOf(' ');
  if (!/\s/.test(chars[max - 1] ?? ' ') && space > kept.length / 2) kept = kept.slice(0, space);
  return `${kept.replace(/[\s,;:.]+$/, '')}…`;
}

/** Build an SMS whose one variable part is shortened so that the whole fits in SMS_MAX. */
function fitSms(build: (flex: string) => string, flex: string): string {
  const full = build(flex);
  const over = [...full].length - SMS_MAX;
  if (over <= 0) return full;
  const room = [...flex].length - over;
  // "…." reads badly: the ellipsis ends the sentence.
  return build(room > 1 ? clip(flex, room) : '…').replace('….', '…');
}

const greeting = (name?: string) => (name ? `Kính gửi ông/bà ${name},` : 'Kính gửi ông/bà,');
const signature = (unitName?: string) =>
  `Trân trọng,\n${unitName ?? 'Bộ phận Tiếp nhận và Trả kết quả'}\n\n` +
  'Đây là thư gửi tự động, xin vui lòng không trả lời thư này.';
const letter = (name: string | undefined, unitName: string | undefined, body: string[]) =>
  [greeting(name), '', ...body, '', signature(unitName)].join('\n');
const who = (name?: string) => clip(name ?? 'ông/bà', 30);

interface Renderer<T extends TemplateName> {
  email(p: Payload<T>): EmailContent;
  sms(p: Payload<T>): string;
  zns(p: Payload<T>): { [K in keyof (typeof ZNS_PARAMS)[T]]: string };
}

const RENDERERS: { [T in TemplateName]: Renderer<T> } = {
  'dossier.received': {
    email: (p) => ({
      subject: `Đã tiếp nhận hồ sơ ${p.code}`,
      text: letter(p.name, p.unitName, [
        'Hồ sơ của ông/bà đã được tiếp nhận.',
        `Mã hồ sơ: ${p.code}`,
        `Thủ tục: ${p.procedure}`,
        `Ngày hẹn trả kết quả: ${dateTimeVi(p.dueAt)}`,
        '',
        `Ông/bà có thể tra cứu tình trạng hồ sơ tại: ${p.lookupUrl}`,
      ]),
    }),
    sms: (p) =>
      `Hồ sơ ${p.code} đã được tiếp nhận. Hẹn trả kết quả: ${dateTimeVi(p.dueAt)}. Tra cứu: ${p.lookupUrl}`,
    zns: (p) => ({
      ten_khach_hang: who(p.name),
      ma_ho_so: p.code,
      ten_thu_tuc: clip(p.procedure, 200),
      ngay_hen_tra: dateTimeVi(p.dueAt),
      link_tra_cuu: p.lookupUrl,
    }),
  },
  'dossier.supplement': {
    email: (p) => ({
      subject: `Đề nghị bổ sung, hoàn thiện hồ sơ ${p.code}`,
      text: letter(p.name, p.unitName, [
        `Hồ sơ ${p.code} (thủ tục: ${p.procedure}) cần được bổ sung, hoàn thiện các nội dung sau:`,
        ...p.missing.map((m) => `- ${m}`),
        ...(p.reason ? [`Lý do: ${p.reason}`] : []),
        '',
        'Chúng tôi thành thật xin lỗi ông/bà vì sự bất tiện này.',
        `Xem chi tiết và hướng dẫn bổ sung tại: ${p.lookupUrl}`,
      ]),
    }),
    sms: (p) =>
      fitSms(
        (flex) =>
          `Hồ sơ ${p.code} cần bổ sung: ${flex}. Xin lỗi ông/bà vì sự bất tiện. Chi tiết: ${p.lookupUrl}`,
        p.missing.join('; '),
      ),
    zns: (p) => ({
      ten_khach_hang: who(p.name),
      ma_ho_so: p.code,
      noi_dung_bo_sung: clip(p.missing.join('; '), 200),
      link_tra_cuu: p.lookupUrl,
    }),
  },
  'dossier.apology': {
    email: (p) => ({
      subject: `Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${p.code}`,
      text: letter(p.name, p.unitName, [
        `Chúng tôi thành thật xin lỗi ông/bà: hồ sơ ${p.code} (thủ tục: ${p.procedure}) chưa thể trả kết quả ` +
          `đúng hẹn ${dateTimeVi(p.oldDueAt)}.`,
        `Lý do: ${p.reason}`,
        `Ngày hẹn trả kết quả mới: ${dateTimeVi(p.newDueAt)}`,
        '',
        `Tra cứu tình trạng hồ sơ tại: ${p.lookupUrl}`,
        'Rất mong ông/bà thông cảm.',
      ]),
    }),
    sms: (p) =>
      fitSms(
        (flex) =>
          `Xin lỗi ông/bà: hồ sơ ${p.code} chưa có kết quả đúng hẹn ${formatDateVi(new Date(p.oldDueAt))}, ` +
          `hẹn lại ${dateTimeVi(p.newDueAt)}. Lý do: ${flex}`,
        p.reason,
      ),
    zns: (p) => ({
      ten_khach_hang: who(p.name),
      ma_ho_so: p.code,
      ngay_hen_cu: dateTimeVi(p.oldDueAt),
      ngay_hen_moi: dateTimeVi(p.newDueAt),
      ly_do: clip(p.reason, 200),
    }),
  },
  'dossier.ready_early': {
    email: (p) => ({
      subject: `Hồ sơ ${p.code} đã có kết quả trước hạn`,
      text: letter(p.name, p.unitName, [
        `Hồ sơ ${p.code} (thủ tục: ${p.procedure}) đã có kết quả trước hạn ` +
          `(ngày hẹn trả: ${dateTimeVi(p.dueAt)}), mời ông/bà đến nhận kết quả tại ${placeOf(p)}.`,
        'Khi đến, xin ông/bà mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả cùng giấy tờ tùy thân.',
        '',
        `Tra cứu tình trạng hồ sơ tại: ${p.lookupUrl}`,
      ]),
    }),
    sms: (p) =>
      fitSms(
        (flex) =>
          `Hồ sơ ${p.code} đã có kết quả trước hạn, mời ông/bà đến nhận tại ${flex}. Chi tiết: ${p.lookupUrl}`,
        placeOf(p),
      ),
    zns: (p) => ({
      ten_khach_hang: who(p.name),
      ma_ho_so: p.code,
      ngay_hen_tra: dateTimeVi(p.dueAt),
      noi_nhan: clip(placeOf(p), 200),
      link_tra_cuu: p.lookupUrl,
    }),
  },
  'dossier.returned': {
    email: (p) => ({
      subject: `Đã trả kết quả hồ sơ ${p.code}`,
      text: letter(p.name, p.unitName, [
        `Hồ sơ ${p.code} (thủ tục: ${p.procedure}) đã được trả kết quả lúc ${dateTimeVi(p.returnedAt)}.`,
        'Cảm ơn ông/bà đã sử dụng dịch vụ.',
        ...(p.surveyUrl
          ? ['', `Mời ông/bà dành ít phút đánh giá mức độ hài lòng tại: ${p.surveyUrl}`]
          : ['', `Tra cứu hồ sơ tại: ${p.lookupUrl}`]),
      ]),
    }),
    sms: (p) =>
      p.surveyUrl
        ? `Hồ sơ ${p.code} đã được trả kết quả ngày ${formatDateVi(new Date(p.returnedAt))}. ` +
          `Mời ông/bà đánh giá mức độ hài lòng: ${p.surveyUrl}`
        : `Hồ sơ ${p.code} đã được trả kết quả ngày ${formatDateVi(new Date(p.returnedAt))}. ` +
          'Cảm ơn ông/bà đã sử dụng dịch vụ.',
    zns: (p) => ({
      ten_khach_hang: who(p.name),
      ma_ho_so: p.code,
      ngay_tra: dateTimeVi(p.returnedAt),
      link_danh_gia: p.surveyUrl ?? p.lookupUrl,
    }),
  },
  'dossier.stopped': {
    email: (p) => ({
      subject: `Thông báo dừng giải quyết hồ sơ ${p.code}`,
      text: letter(p.name, p.unitName, [
        `Hồ sơ ${p.code} (thủ tục: ${p.procedure}) đã được dừng giải quyết.`,
        `Lý do: ${p.reason}`,
        `Căn cứ: ${p.legalBasis}`,
        '',
        `Tra cứu hồ sơ và thông báo tại: ${p.lookupUrl}`,
      ]),
    }),
    sms: (p) =>
      fitSms(
        (flex) => `Hồ sơ ${p.code} đã được dừng giải quyết. Lý do: ${flex}. Chi tiết: ${p.lookupUrl}`,
        p.reason,
      ),
    zns: (p) => ({
      ten_khach_hang: who(p.name),
      ma_ho_so: p.code,
      ly_do: clip(p.reason, 200),
      can_cu: clip(p.legalBasis, 200),
      link_tra_cuu: p.lookupUrl,
    }),
  },
  'feedback.received': {
    email: (p) => ({
      subject: `Đã tiếp nhận phản ánh, kiến nghị ${p.code}`,
      text: letter(p.name, p.unitName, [
        `Phản ánh, kiến nghị của ông/bà đã được tiếp nhận với mã ${p.code}.`,
        ...(p.answerBy ? [`Thời hạn trả lời: ${dateTimeVi(p.answerBy)}`] : []),
        '',
        `Theo dõi tình trạng xử lý và đánh giá câu trả lời tại: ${p.url}`,
        'Xin vui lòng giữ đường dẫn này: chỉ người có đường dẫn mới đánh giá được câu trả lời.',
      ]),
    }),
    sms: (p) => `Phản ánh ${p.code} đã được tiếp nhận. Theo dõi, đánh giá: ${p.url}`,
    zns: (p) => ({ ten_khach_hang: who(p.name), ma_phan_anh: p.code, link_theo_doi: p.url }),
  },
  'feedback.answered': {
    email: (p) => ({
      subject: `Phản ánh, kiến nghị ${p.code} đã được trả lời`,
      text: letter(p.name, p.unitName, [
        `Phản ánh, kiến nghị của ông/bà${p.title ? ` về "${p.title}"` : ''} (mã ${p.code}) đã được ` +
          'cơ quan có thẩm quyền trả lời.',
        `Xem nội dung trả lời tại: ${p.url}`,
        '',
        'Cảm ơn ông/bà đã đóng góp ý kiến.',
      ]),
    }),
    sms: (p) => `Phản ánh, kiến nghị ${p.code} của ông/bà đã được trả lời. Xem tại: ${p.url}`,
    zns: (p) => ({ ten_khach_hang: who(p.name), ma_phan_anh: p.code, link_tra_loi: p.url }),
  },
  'plan.task_reminder': {
    email: (p) => ({
      subject: `Nhắc việc kế hoạch: ${p.reminder}`,
      text: letter(p.name, p.unitName, [
        `Nhiệm vụ "${p.task}" trong ${p.plan}: ${p.reminder}.`,
        `Cập nhật tiến độ và minh chứng tại: ${p.url}`,
      ]),
    }),
    sms: (p) => fitSms((flex) => `Nhắc việc: ${flex}. Cập nhật tại: ${p.url}`, p.reminder),
    zns: (p) => ({ ten_can_bo: who(p.name), nhiem_vu: p.task, nhac_viec: p.reminder, link_ke_hoach: p.url }),
  },
};

function placeOf(p: { place?: string | undefined; unitName?: string | undefined }): string {
  return p.place ?? p.unitName ?? 'Bộ phận Tiếp nhận và Trả kết quả';
}

export function renderEmail(template: TemplateName, payload: unknown): EmailContent {
  return (RENDERERS[template] as Renderer<TemplateName>).email(parsePayload(template, payload));
}

export function renderSms(template: TemplateName, payload: unknown): string {
  return (RENDERERS[template] as Renderer<TemplateName>).sms(parsePayload(template, payload));
}

/** ZNS `template_data`: every value a string within its parameter's limit. */
export function renderZns(template: TemplateName, payload: unknown): Record<string, string> {
  return (RENDERERS[template] as Renderer<TemplateName>).zns(parsePayload(template, payload)) as Record<
    string,
    string
  >;
}
