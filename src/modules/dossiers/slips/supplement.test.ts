import { beforeAll, describe, expect, it } from 'vitest';
import { fromVnDateTime } from '../../../lib/time.ts';
import type { SupplementSlipInput } from './model.ts';
import { supplementSlipPdf } from './supplement.ts';
import { DOSSIER, HEADER, OFFICIAL_TOP, type ReadSlip, readSlip } from './testing.ts';

const REQUEST: SupplementSlipInput = {
  missing: ['Bản sao chứng thực Giấy chứng nhận kết hôn của cha mẹ', 'Giấy chứng sinh bản chính'],
  reason: 'Giấy chứng sinh đã nộp bị tẩy xóa ngày sinh.',
  contactOfficer: 'ông Trần Văn Bình, số điện thoại 0258 3822 123',
  newDueAt: null,
};

describe('supplementSlipPdf (Mẫu 02)', () => {
  let slip: ReadSlip;
  beforeAll(async () => {
    slip = await readSlip(await supplementSlipPdf(HEADER, DOSSIER, REQUEST));
  });

  it('is one official A4 page with the title, the code and the applicant', () => {
    expect(slip.pages).toBe(1);
    for (const line of OFFICIAL_TOP) expect(slip.text).toContain(line);
    expect(slip.text).toContain('Số: /HDHS');
    expect(slip.text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(slip.text).toContain('Mã hồ sơ: P09-20260302-0001');
    expect(slip.text).toContain('Hồ sơ của: Nguyễn Thị Hương Giang');
  });

  it('lists everything missing at once, with the reason and whom to call', () => {
    const t = slip.text;
    expect(t).toContain('1. Bản sao chứng thực Giấy chứng nhận kết hôn của cha mẹ');
    expect(t).toContain('2. Giấy chứng sinh bản chính');
    expect(t).toContain('Lý do: Giấy chứng sinh đã nộp bị tẩy xóa ngày sinh.');
    expect(t).toContain('ông/bà chỉ cần bổ sung một lần');
    expect(t).toContain('liên hệ ông Trần Văn Bình, số điện thoại 0258 3822 123 để được hướng dẫn');
  });

  it('apologises and says the appointment moves back by the days spent supplementing', () => {
    const t = slip.text;
    expect(t).toContain('Chúng tôi thành thật xin lỗi ông/bà vì sự bất tiện này.');
    expect(t).toContain('Ngày hẹn trả kết quả đã hẹn: 16 giờ 30 phút, ngày 05/03/2026');
    expect(t).toContain('không tính vào thời hạn giải quyết');
    expect(t).toContain('sẽ được lùi lại đúng bằng số ngày ông/bà bổ sung hồ sơ');
    expect(t).not.toContain('Ngày hẹn trả kết quả mới');
  });

  it('draws the lookup QR, which decodes to exactly the link', () => {
    expect(slip.qr).toEqual([DOSSIER.lookupUrl]);
  });

  it('prints the new appointment when it is known', async () => {
    const dated = await readSlip(
      await supplementSlipPdf(HEADER, DOSSIER, { ...REQUEST, newDueAt: fromVnDateTime('2026-03-10T16:30') }),
    );
    expect(dated.text).toContain('Ngày hẹn trả kết quả mới: 16 giờ 30 phút, ngày 10/03/2026');
    expect(dated.text).toContain('xin lỗi ông/bà vì sự bất tiện');
  });

  it('refuses to print without what is missing, a reason or a contact', async () => {
    await expect(supplementSlipPdf(HEADER, DOSSIER, { ...REQUEST, missing: [' '] })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'missing' },
    });
    await expect(supplementSlipPdf(HEADER, DOSSIER, { ...REQUEST, reason: '' })).rejects.toMatchObject({
      details: { field: 'reason' },
    });
    await expect(
      supplementSlipPdf(HEADER, DOSSIER, { ...REQUEST, contactOfficer: '' }),
    ).rejects.toMatchObject({
      details: { field: 'contactOfficer' },
    });
  });
});
