import { beforeAll, describe, expect, it } from 'vitest';
import { guideSlipPdf } from './guide.ts';
import type { GuideSlipInput } from './model.ts';
import { DOSSIER, HEADER, type ReadSlip, readSlip } from './testing.ts';

const GUIDE: GuideSlipInput = {
  procedureName: 'Đăng ký khai sinh',
  procedureCode: '1.001193',
  documents: DOSSIER.documents,
  legalTime: { amount: 3, unit: 'working_days' },
  fees: ['Miễn lệ phí đăng ký khai sinh đúng hạn'],
  legalBasis: ['Luật Hộ tịch năm 2014', 'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ'],
  forms: ['Tờ khai đăng ký khai sinh'],
  guidedBy: 'Trần Văn Bình',
};

describe('guideSlipPdf (phiếu hướng dẫn)', () => {
  it('prints an 8-hour procedure in working hours, not days', async () => {
    const hours = await readSlip(
      await guideSlipPdf(HEADER, { ...GUIDE, legalTime: { amount: 8, unit: 'working_hours' } }),
    );
    expect(hours.text).toContain('3. Thời hạn giải quyết: 8 giờ làm việc kể từ khi nhận đủ hồ sơ hợp lệ.');
    expect(hours.text).not.toContain('ngày làm việc');
  });

  let slip: ReadSlip;
  beforeAll(async () => {
    slip = await readSlip(await guideSlipPdf(HEADER, GUIDE));
  });

  it('is one A4 page with the agency and the date, but no motto or number: it is a hand-out', () => {
    expect(slip.pages).toBe(1);
    expect(slip.size.width).toBeCloseTo(595.28, 1);
    expect(slip.size.height).toBeCloseTo(841.89, 1);
    expect(slip.text).toContain('UBND PHƯỜNG PHƯƠNG SÀI');
    expect(slip.text).toContain('Nha Trang, ngày 02 tháng 3 năm 2026');
    expect(slip.text).not.toContain('Độc lập - Tự do - Hạnh phúc');
    expect(slip.text).not.toContain('Số:');
  });

  it('lists what to prepare, the forms, the time, the fees and the legal basis', () => {
    const t = slip.text;
    expect(t).toContain('PHIẾU HƯỚNG DẪN HOÀN THIỆN HỒ SƠ');
    expect(t).toContain('Thủ tục hành chính: Đăng ký khai sinh (mã thủ tục: 1.001193)');
    expect(t).toContain('1. Thành phần hồ sơ cần chuẩn bị:');
    expect(t).toContain('TT Tên giấy tờ Loại bản Số lượng');
    expect(t).toContain('3 Giấy chứng nhận kết hôn của cha mẹ Bản sao chứng thực 1');
    expect(t).toContain('4 Căn cước của người đi đăng ký Bản sao 2');
    expect(t).toContain('- Tờ khai đăng ký khai sinh');
    expect(t).toContain('3. Thời hạn giải quyết: 3 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.');
    expect(t).toContain('- Miễn lệ phí đăng ký khai sinh đúng hạn');
    expect(t).toContain('- Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ');
    expect(t).toContain('NGƯỜI HƯỚNG DẪN (Ký và ghi rõ họ tên) Trần Văn Bình');
  });

  it('has no dossier code and no QR: no dossier exists yet', () => {
    expect(slip.text).not.toContain('Mã hồ sơ');
    expect(slip.qr).toEqual([]);
  });

  it('says so when there is no form to fill in and nothing to pay', async () => {
    const bare = await readSlip(
      await guideSlipPdf(HEADER, { ...GUIDE, forms: [], fees: [], guidedBy: undefined }),
    );
    expect(bare.text).toContain('Không có mẫu đơn, tờ khai.');
    expect(bare.text).toContain('Không thu phí, lệ phí.');
    expect(bare.text).not.toContain('NGƯỜI HƯỚNG DẪN');
  });
});
