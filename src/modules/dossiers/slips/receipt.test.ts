import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../../documents/testing/pdf-reader.ts';
import type { DossierView } from './model.ts';
import { receiptSlipPdf } from './receipt.ts';
import { DOSSIER, HEADER, OFFICIAL_TOP, pdfTitle, type ReadSlip, readSlip } from './testing.ts';

describe('receiptSlipPdf (Mẫu 01)', () => {
  let pdf: Buffer;
  let slip: ReadSlip;
  beforeAll(async () => {
    pdf = await receiptSlipPdf(HEADER, DOSSIER);
    slip = await readSlip(pdf);
  });

  it('is one A4 page with the official top and number line', () => {
    expect(slip.pages).toBe(1);
    expect(slip.size.width).toBeCloseTo(595.28, 1);
    for (const line of OFFICIAL_TOP) expect(slip.text).toContain(line);
    expect(slip.text).toContain('Số: /TNHS');
  });

  it('prints the title, the code, the applicant and what the desk promised', () => {
    const t = slip.text;
    expect(t).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(t).toContain('Mã hồ sơ: P09-20260302-0001');
    // The check value the public lookup needs is printed beside the code, and the page to type both at.
    expect(t).toContain('Mã kiểm tra: 7KQ2MX');
    expect(t).toContain('nhập mã hồ sơ và mã kiểm tra tại: https://hailong.khanhhoa.gov.vn/tra-cuu');
    expect(t).not.toContain('tra-cuu/P09');
    expect(t).toContain('Tiếp nhận hồ sơ của: Nguyễn Thị Hương Giang');
    expect(t).toContain('Địa chỉ: 12 Phương Sài, phường Phương Sài, thành phố Nha Trang');
    expect(t).toContain('Số điện thoại: 0905 123 456');
    expect(t).toContain('Nội dung yêu cầu giải quyết: Đăng ký khai sinh (mã thủ tục: 1.001193)');
    expect(t).toContain('Hình thức nộp hồ sơ: Trực tiếp');
    expect(t).toContain('2. Thời gian giải quyết hồ sơ theo quy định: 3 ngày làm việc.');
    expect(t).toContain('3. Thời gian nhận hồ sơ: 08 giờ 05 phút, ngày 02/03/2026');
    expect(t).toContain('4. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 30 phút, ngày 05/03/2026');
    expect(t).toContain('5. Nơi trả kết quả: Quầy số 2, Bộ phận Một cửa phường Phương Sài');
    expect(t).toContain('NGƯỜI NỘP HỒ SƠ');
    expect(t).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(t).toContain('Trần Văn Bình');
  });

  it('tables each paper as an original, a certified copy or a copy, with its count', () => {
    const t = slip.text;
    expect(t).toContain('1. Thành phần hồ sơ nộp gồm: TT Tên giấy tờ Loại bản Số lượng');
    expect(t).toContain('1 Tờ khai đăng ký khai sinh Bản chính 1');
    expect(t).toContain('2 Giấy chứng sinh Bản chính 1');
    expect(t).toContain('3 Giấy chứng nhận kết hôn của cha mẹ Bản sao chứng thực 1');
    expect(t).toContain('4 Căn cước của người đi đăng ký Bản sao 2');
  });

  it('draws the lookup QR and the rating QR, which decode to exactly their links', () => {
    expect(slip.qr).toEqual([DOSSIER.lookupUrl, DOSSIER.ratingUrl]);
    expect(slip.text).toContain('Quét mã để tra cứu hồ sơ');
    expect(slip.text).toContain('ĐÁNH GIÁ SỰ HÀI LÒNG');
    expect(slip.text).toContain('Đánh giá sự hài lòng');
  });

  it('keeps the applicant out of the file metadata', async () => {
    const title = await pdfTitle(pdf);
    expect(title).toBe('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ — P09-20260302-0001');
  });

  it('prints an 8-hour procedure in working hours, not days', async () => {
    const hours = await readSlip(
      await receiptSlipPdf(HEADER, { ...DOSSIER, legalTime: { amount: 8, unit: 'working_hours' } }),
    );
    expect(hours.text).toContain('2. Thời gian giải quyết hồ sơ theo quy định: 8 giờ làm việc.');
    expect(hours.text).not.toContain('ngày làm việc');
  });

  it('without a rating link draws the lookup QR only; an online dossier names its channel', async () => {
    const online: DossierView = {
      ...DOSSIER,
      channel: 'online',
      ratingUrl: undefined,
      returnPlace: undefined,
      applicantAddress: undefined,
      applicantPhone: undefined,
    };
    const other = await readSlip(await receiptSlipPdf(HEADER, online));
    expect(other.qr).toEqual([DOSSIER.lookupUrl]);
    expect(other.text).not.toContain('ĐÁNH GIÁ SỰ HÀI LÒNG');
    expect(other.text).toContain('Hình thức nộp hồ sơ: Trực tuyến');
    expect(other.text).toContain('5. Nơi trả kết quả: Bộ phận Tiếp nhận và Trả kết quả');
    expect(other.text).not.toContain('Địa chỉ:');
    expect(other.text).not.toContain('Số điện thoại:');
  });

  it('runs over to a second page, QR and signatures intact, when the dossier has many papers', async () => {
    const many: DossierView = {
      ...DOSSIER,
      documents: Array.from({ length: 30 }, (_, i) => ({
        name: `Giấy tờ số ${i + 1}`,
        kind: 'copy',
        count: 1,
      })),
    };
    const pdf = await receiptSlipPdf(HEADER, many);
    const long = await readSlip(pdf);
    expect(long.pages).toBe(2);
    // NĐ 30: page numbers from the second page on, in the top margin.
    expect((await readPdf(pdf)).map((p) => p.topMargin)).toEqual(['', '2']);
    expect(long.text).toContain('30 Giấy tờ số 30 Bản sao 1');
    expect(long.qr).toEqual([DOSSIER.lookupUrl, DOSSIER.ratingUrl]);
  });
});
