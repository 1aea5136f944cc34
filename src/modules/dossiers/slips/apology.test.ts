import { beforeAll, describe, expect, it } from 'vitest';
import { fromVnDateTime } from '../../../lib/time.ts';
import { apologySlipPdf } from './apology.ts';
import type { ApologySlipInput } from './model.ts';
import { DOSSIER, HEADER, OFFICIAL_TOP, type ReadSlip, readSlip } from './testing.ts';

const APOLOGY: ApologySlipInput = {
  oldDueAt: DOSSIER.dueAt,
  newDueAt: fromVnDateTime('2026-03-09T16:30'),
  reason: 'cần xác minh thông tin với cơ quan đăng ký hộ tịch nơi khác',
  signerTitle: 'KT. Chủ tịch\nPhó Chủ tịch',
  signerName: 'Lê Thị Mai',
};

describe('apologySlipPdf (Mẫu 04)', () => {
  let slip: ReadSlip;
  beforeAll(async () => {
    slip = await readSlip(await apologySlipPdf(HEADER, DOSSIER, APOLOGY));
  });

  it('is one official A4 page with the title, the code and the applicant', () => {
    expect(slip.pages).toBe(1);
    for (const line of OFFICIAL_TOP) expect(slip.text).toContain(line);
    expect(slip.text).toContain('Số: /PXL');
    expect(slip.text).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(slip.text).toContain('Mã hồ sơ: P09-20260302-0001');
    expect(slip.text).toContain('Kính gửi: Ông/bà Nguyễn Thị Hương Giang.');
  });

  it('gives the old date, the reason, the apology and the new date', () => {
    const t = slip.text;
    expect(t).toContain('Vào 08 giờ 05 phút, ngày 02/03/2026, chúng tôi tiếp nhận hồ sơ của ông/bà');
    expect(t).toContain('Thời hạn trả kết quả giải quyết hồ sơ: 16 giờ 30 phút, ngày 05/03/2026');
    expect(t).toContain('Lý do: cần xác minh thông tin với cơ quan đăng ký hộ tịch nơi khác.');
    expect(t).toContain('Chúng tôi thành thật xin lỗi ông/bà');
    expect(t).toContain('Ngày hẹn trả kết quả mới: 16 giờ 30 phút, ngày 09/03/2026');
  });

  it('is signed by the head: title lines in capitals, then the name', () => {
    expect(slip.text).toContain('KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Mai');
  });

  it('draws the lookup QR, which decodes to exactly the link', () => {
    expect(slip.qr).toEqual([DOSSIER.lookupUrl]);
  });

  it('will not move the appointment earlier, nor go out unsigned or without a reason', async () => {
    await expect(
      apologySlipPdf(HEADER, DOSSIER, { ...APOLOGY, newDueAt: APOLOGY.oldDueAt }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'newDueAt' } });
    await expect(apologySlipPdf(HEADER, DOSSIER, { ...APOLOGY, reason: ' ' })).rejects.toMatchObject({
      details: { field: 'reason' },
    });
    await expect(apologySlipPdf(HEADER, DOSSIER, { ...APOLOGY, signerName: '' })).rejects.toMatchObject({
      details: { field: 'signerName' },
    });
  });
});
