import { describe, expect, it } from 'vitest';
import {
  clip,
  dateTimeVi,
  type Payload,
  parsePayload,
  renderEmail,
  renderSms,
  renderZns,
  SMS_MAX,
  TEMPLATE_NAMES,
  type TemplateName,
  ZNS_PARAMS,
} from './templates.ts';

const LONG_PROCEDURE =
  'Thủ tục đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi theo quy trình liên thông';

/** Realistic payloads, with long values where a template has a variable part. */
const SAMPLES: { [T in TemplateName]: Record<string, unknown> } = {
  'dossier.received': {
    code: 'H01.39-250715-0012',
    procedure: LONG_PROCEDURE,
    dueAt: '2025-07-15T09:30:00Z',
    lookupUrl: 'https://motcua.hoabinh.gov.vn/tra-cuu/H01.39-250715-0012',
    name: 'Nguyễn Thị Ánh',
  },
  'dossier.supplement': {
    code: 'H01.39-250715-0012',
    procedure: LONG_PROCEDURE,
    missing: [
      'Bản sao Giấy chứng sinh có chứng thực',
      'Giấy xác nhận tình trạng hôn nhân của cha mẹ',
      'Văn bản ủy quyền có công chứng nếu người đi đăng ký không phải cha mẹ',
    ],
    reason: 'Thiếu giấy tờ theo quy định',
    lookupUrl: 'https://motcua.hoabinh.gov.vn/tra-cuu/H01.39-250715-0012',
  },
  'dossier.apology': {
    code: 'H01.39-250715-0012',
    procedure: LONG_PROCEDURE,
    oldDueAt: '2025-07-15T09:30:00Z',
    newDueAt: new Date('2025-07-22T02:00:00Z'),
    reason:
      'Cần xác minh thông tin hộ tịch với Ủy ban nhân dân xã nơi cư trú trước đây của người cha, mất thêm thời gian',
    lookupUrl: 'https://motcua.hoabinh.gov.vn/tra-cuu/H01.39-250715-0012',
    unitName: 'Bộ phận Một cửa UBND xã Hòa Bình',
  },
  'dossier.ready_early': {
    code: 'H01.39-250715-0012',
    procedure: LONG_PROCEDURE,
    dueAt: '2025-07-15T09:30:00+07:00',
    place:
      'Bộ phận Tiếp nhận và Trả kết quả, Trung tâm Phục vụ hành chính công xã Hòa Bình, số 1 đường Lê Lợi',
    lookupUrl: 'https://motcua.hoabinh.gov.vn/tra-cuu/H01.39-250715-0012',
  },
  'dossier.returned': {
    code: 'H01.39-250715-0012',
    procedure: LONG_PROCEDURE,
    returnedAt: '2025-07-14T08:05:00Z',
    lookupUrl: 'https://motcua.hoabinh.gov.vn/tra-cuu/H01.39-250715-0012',
    surveyUrl: 'https://motcua.hoabinh.gov.vn/danh-gia/abc123',
  },
  'dossier.stopped': {
    code: 'H01.39-250715-0012',
    procedure: LONG_PROCEDURE,
    reason: 'Cơ quan có thẩm quyền đang xác minh tranh chấp liên quan đến thửa đất trong hồ sơ',
    legalBasis: 'Nghị định 118/2025/NĐ-CP',
    lookupUrl: 'https://motcua.hoabinh.gov.vn/tra-cuu/H01.39-250715-0012',
  },
  'feedback.received': {
    code: 'PA-20250715-0123',
    url: 'https://motcua.hoabinh.gov.vn/phan-anh/theo-doi/PA-20250715-0123?t=AbCdEfGhIjKlMnOpQrStUv',
    answerBy: '2025-08-05T09:30:00+07:00',
    name: 'Nguyễn Thị Ánh',
  },
  'feedback.answered': {
    code: 'PA-2025-000123',
    title: 'Đèn đường hỏng tại ngã tư Lê Lợi – Trần Hưng Đạo',
    url: 'https://motcua.hoabinh.gov.vn/phan-anh/PA-2025-000123',
  },
  'plan.task_reminder': {
    name: 'Trần Văn Bình',
    unitName: 'UBND phường Phương Sài',
    plan: 'Kế hoạch nâng cao chỉ số hài lòng năm 2025',
    task: 'Bố trí ghế ngồi, quạt, nước uống tại Bộ phận Một cửa',
    reminder: 'Quá hạn 3 ngày (hạn 15/02/2026)',
    url: 'https://motcua.hoabinh.gov.vn/ke-hoach/12',
  },
};

describe('dates', () => {
  it('shows Vietnam time as dd/mm/yyyy HH:mm', () => {
    expect(dateTimeVi('2025-07-15T09:30:00Z')).toBe('15/07/2025 16:30');
    expect(dateTimeVi('2025-12-31T17:05:00Z')).toBe('01/01/2026 00:05');
  });
});

describe('e-mail', () => {
  it('dossier.received: code, procedure, due time, lookup link, with diacritics', () => {
    const { subject, text } = renderEmail('dossier.received', SAMPLES['dossier.received']);
    expect(subject).toBe('Đã tiếp nhận hồ sơ H01.39-250715-0012');
    expect(text).toContain('Kính gửi ông/bà Nguyễn Thị Ánh,');
    expect(text).toContain('Mã hồ sơ: H01.39-250715-0012');
    expect(text).toContain(`Thủ tục: ${LONG_PROCEDURE}`);
    expect(text).toContain('Ngày hẹn trả kết quả: 15/07/2025 16:30');
    expect(text).toContain('https://motcua.hoabinh.gov.vn/tra-cuu/H01.39-250715-0012');
  });

  it('dossier.supplement lists what is missing and apologises', () => {
    const { subject, text } = renderEmail('dossier.supplement', SAMPLES['dossier.supplement']);
    expect(subject).toBe('Đề nghị bổ sung, hoàn thiện hồ sơ H01.39-250715-0012');
    expect(text).toContain('- Bản sao Giấy chứng sinh có chứng thực\n- Giấy xác nhận tình trạng hôn nhân');
    expect(text).toContain('thành thật xin lỗi');
    expect(text).toContain('Kính gửi ông/bà,');
  });

  it('dossier.apology gives the old date, the new date and the reason', () => {
    const { subject, text } = renderEmail('dossier.apology', SAMPLES['dossier.apology']);
    expect(subject).toBe('Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ H01.39-250715-0012');
    expect(text).toContain('đúng hẹn 15/07/2025 16:30');
    expect(text).toContain('Ngày hẹn trả kết quả mới: 22/07/2025 09:00');
    expect(text).toContain('Lý do: Cần xác minh thông tin hộ tịch');
    expect(text).toContain('Bộ phận Một cửa UBND xã Hòa Bình');
  });

  it('dossier.ready_early invites the citizen to collect the result', () => {
    const { text } = renderEmail('dossier.ready_early', SAMPLES['dossier.ready_early']);
    expect(text).toContain('Hồ sơ H01.39-250715-0012 (thủ tục: ');
    expect(text).toContain(
      'đã có kết quả trước hạn (ngày hẹn trả: 15/07/2025 09:30), mời ông/bà đến nhận kết quả tại',
    );
  });

  it('dossier.returned asks for a rating; feedback.answered links the answer', () => {
    expect(renderEmail('dossier.returned', SAMPLES['dossier.returned']).text).toContain(
      'đánh giá mức độ hài lòng tại: https://motcua.hoabinh.gov.vn/danh-gia/abc123',
    );
    const fb = renderEmail('feedback.answered', SAMPLES['feedback.answered']);
    expect(fb.subject).toBe('Phản ánh, kiến nghị PA-2025-000123 đã được trả lời');
    expect(fb.text).toContain('https://motcua.hoabinh.gov.vn/phan-anh/PA-2025-000123');
  });

  it('keeps text in composed form (NFC) even when the input was decomposed', () => {
    const decomposed = 'Nguyễn Thị Ánh'.normalize('NFD');
    const { text } = renderEmail('dossier.received', { ...SAMPLES['dossier.received'], name: decomposed });
    expect(text).toContain('Kính gửi ông/bà Nguyễn Thị Ánh,');
  });
});

describe('SMS', () => {
  it.each(TEMPLATE_NAMES)('%s fits in one short message and keeps its diacritics', (template) => {
    const sms = renderSms(template, SAMPLES[template]);
    expect([...sms].length).toBeLessThanOrEqual(SMS_MAX);
    // Diacritics kept: every message names what it is about in Vietnamese.
    expect(sms).toMatch(/Hồ sơ|hồ sơ|Phản ánh|Nhắc việc/);
  });

  it('shortens the variable part with "…" and keeps the link whole', () => {
    const sms = renderSms('dossier.supplement', SAMPLES['dossier.supplement']);
    expect(sms).toMatch(/^Hồ sơ H01\.39-250715-0012 cần bổ sung: Bản sao Giấy chứng[^…]*… Xin lỗi ông\/bà/);
    expect(sms.endsWith('Chi tiết: https://motcua.hoabinh.gov.vn/tra-cuu/H01.39-250715-0012')).toBe(true);
  });

  it('dossier.ready_early says the result is ready early and invites to collect', () => {
    expect(renderSms('dossier.ready_early', SAMPLES['dossier.ready_early'])).toMatch(
      /^Hồ sơ H01\.39-250715-0012 đã có kết quả trước hạn, mời ông\/bà đến nhận tại /,
    );
  });
});

describe('Zalo ZNS', () => {
  it.each(TEMPLATE_NAMES)('%s gives exactly its parameters, as strings within their limits', (template) => {
    const data = renderZns(template, SAMPLES[template]);
    const limits = ZNS_PARAMS[template] as Record<string, number>;
    expect(Object.keys(data).sort()).toEqual(Object.keys(limits).sort());
    for (const [k, v] of Object.entries(data)) {
      expect(typeof v).toBe('string');
      expect(v.length).toBeGreaterThan(0);
      expect([...v].length).toBeLessThanOrEqual(limits[k]!);
    }
  });

  it('maps the payload to ZNS parameters', () => {
    expect(renderZns('dossier.apology', SAMPLES['dossier.apology'])).toMatchObject({
      ten_khach_hang: 'ông/bà',
      ma_ho_so: 'H01.39-250715-0012',
      ngay_hen_cu: '15/07/2025 16:30',
      ngay_hen_moi: '22/07/2025 09:00',
    });
  });
});

describe('payloads', () => {
  it('are checked field by field', () => {
    expect(() => parsePayload('dossier.received', { code: 'X' })).toThrow(/dueAt|procedure|lookupUrl/);
    expect(() =>
      parsePayload('dossier.received', { ...SAMPLES['dossier.received'], dueAt: '15/07/2025' }),
    ).toThrow();
    expect(() =>
      parsePayload('dossier.received', { ...SAMPLES['dossier.received'], lookupUrl: 'javascript:alert(1)' }),
    ).toThrow();
    expect(() =>
      parsePayload('dossier.supplement', { ...SAMPLES['dossier.supplement'], missing: [] }),
    ).toThrow();
  });

  it('store instants as ISO UTC', () => {
    const p: Payload<'dossier.apology'> = parsePayload('dossier.apology', SAMPLES['dossier.apology']);
    expect(p.newDueAt).toBe('2025-07-22T02:00:00.000Z');
  });
});

describe('clip', () => {
  it('cuts on characters, not bytes', () => {
    expect(clip('Hồ sơ đã có kết quả', 9)).toBe('Hồ sơ đã…');
    expect(clip('Hồ sơ đã có kết quả', 8)).toBe('Hồ sơ…');
    expect(clip('Hồsơđãcókếtquả', 8)).toBe('Hồsơđãc…');
    expect(clip('ngắn', 10)).toBe('ngắn');
  });
});
