import { beforeAll, describe, expect, it } from 'vitest';
import { fromVnDateTime } from '../../../lib/time.ts';
import { invitationSlipPdf } from './invitation.ts';
import { DOSSIER, HEADER, OFFICIAL_TOP, type ReadSlip, readSlip } from './testing.ts';

describe('invitationSlipPdf (giấy mời nhận kết quả trước hạn)', () => {
  let slip: ReadSlip;
  beforeAll(async () => {
    slip = await readSlip(
      await invitationSlipPdf(HEADER, DOSSIER, { readyAt: fromVnDateTime('2026-03-04T14:00') }),
    );
  });

  it('is one official A4 page with the title, the code and the applicant', () => {
    expect(slip.pages).toBe(1);
    for (const line of OFFICIAL_TOP) expect(slip.text).toContain(line);
    expect(slip.text).toContain('Số: /GM');
    expect(slip.text).toContain('GIẤY MỜI NHẬN KẾT QUẢ TRƯỚC HẠN');
    expect(slip.text).toContain('Mã hồ sơ: P09-20260302-0001');
    expect(slip.text).toContain('Kính gửi: Ông/bà Nguyễn Thị Hương Giang.');
  });

  it('says the result is ready early, and when and where to collect it', () => {
    const t = slip.text;
    expect(t).toContain(
      'hẹn trả kết quả vào 16 giờ 30 phút, ngày 05/03/2026, đã được giải quyết xong trước hạn',
    );
    expect(t).toContain('Kính mời ông/bà đến nhận kết quả:');
    expect(t).toContain('Từ: 14 giờ 00 phút, ngày 04/03/2026');
    expect(t).toContain('Tại: Quầy số 2, Bộ phận Một cửa phường Phương Sài');
    expect(t).toContain('giấy tờ tùy thân');
  });

  it('draws the lookup QR, which decodes to exactly the link', () => {
    expect(slip.qr).toEqual([DOSSIER.lookupUrl]);
  });

  it('is not an early invitation when the result is not ready before the appointment', async () => {
    await expect(invitationSlipPdf(HEADER, DOSSIER, { readyAt: DOSSIER.dueAt })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'readyAt' },
    });
  });
});
