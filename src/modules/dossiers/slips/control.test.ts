import { beforeAll, describe, expect, it } from 'vitest';
import { fromVnDateTime } from '../../../lib/time.ts';
import { controlSlipPdf } from './control.ts';
import type { Handover } from './model.ts';
import { DOSSIER, HEADER, OFFICIAL_TOP, type ReadSlip, readSlip } from './testing.ts';

const vn = fromVnDateTime;
const HANDOVERS: Handover[] = [
  {
    fromAgency: 'Bộ phận Một cửa',
    toAgency: 'Công chức Tư pháp - Hộ tịch',
    givenAt: vn('2026-03-02T09:00'),
    givenBy: 'Trần Văn Bình',
    receivedAt: vn('2026-03-02T09:10'),
    receivedBy: 'Phạm Văn Cường',
    dueAt: vn('2026-03-03T17:00'),
    result: 'Đã nhận đủ hồ sơ',
  },
  {
    fromAgency: 'Công chức Tư pháp - Hộ tịch',
    toAgency: 'Lãnh đạo UBND phường',
    givenAt: vn('2026-03-04T10:00'),
    givenBy: 'Phạm Văn Cường',
    receivedAt: vn('2026-03-04T10:30'),
    receivedBy: 'Lê Thị Mai',
    dueAt: vn('2026-03-04T17:00'),
  },
  {
    fromAgency: 'Lãnh đạo UBND phường',
    toAgency: 'Bộ phận Một cửa',
    givenAt: vn('2026-03-06T08:00'),
    givenBy: 'Lê Thị Mai',
    receivedAt: vn('2026-03-06T08:15'),
    receivedBy: 'Trần Văn Bình',
    dueAt: vn('2026-03-05T16:30'),
  },
  {
    fromAgency: 'Bộ phận Một cửa',
    toAgency: 'Văn thư',
    givenAt: vn('2026-03-06T09:00'),
    givenBy: 'Trần Văn Bình',
  },
];

describe('controlSlipPdf (Mẫu 05)', () => {
  let slip: ReadSlip;
  beforeAll(async () => {
    slip = await readSlip(await controlSlipPdf(HEADER, DOSSIER, HANDOVERS));
  });

  it('is one official A4 page with the title, the code and the applicant', () => {
    expect(slip.pages).toBe(1);
    for (const line of OFFICIAL_TOP) expect(slip.text).toContain(line);
    expect(slip.text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(slip.text).toContain('Mã hồ sơ: P09-20260302-0001');
    expect(slip.text).toContain('Kèm theo hồ sơ của: Nguyễn Thị Hương Giang');
    expect(slip.text).toContain('Tên thủ tục hành chính: Đăng ký khai sinh (mã thủ tục: 1.001193)');
  });

  it('has a row per hand-over: agencies, times and people on both sides', () => {
    const t = slip.text;
    expect(t).toContain('Kết quả (trước hạn, đúng hạn, quá hạn)');
    expect(t).toContain('Giao: Bộ phận Một cửa');
    expect(t).toContain('Nhận: Công chức Tư pháp - Hộ tịch');
    expect(t).toContain('Giao: 09 giờ 00 phút, ngày 02/03/2026');
    expect(t).toContain('Nhận: 09 giờ 10 phút, ngày 02/03/2026');
    expect(t).toContain('Giao: Trần Văn Bình');
    expect(t).toContain('Nhận: Phạm Văn Cường');
    expect(t).toContain('Đã nhận đủ hồ sơ');
  });

  it('judges each hand-over whose deadline and receipt are known, in order', () => {
    const verdicts = slip.text.match(/Trước hạn|Đúng hạn|Quá hạn/g);
    expect(verdicts).toEqual(['Trước hạn', 'Đúng hạn', 'Quá hạn']);
  });

  it('carries only what the desk needs: no address, no phone', () => {
    expect(slip.text).not.toContain(DOSSIER.applicantAddress!);
    expect(slip.text).not.toContain(DOSSIER.applicantPhone!);
  });

  it('draws the lookup QR, which decodes to exactly the link', () => {
    expect(slip.qr).toEqual([DOSSIER.lookupUrl]);
  });
});
