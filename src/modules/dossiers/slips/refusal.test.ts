import { beforeAll, describe, expect, it } from 'vitest';
import { refusalSlipPdf } from './refusal.ts';
import { DOSSIER, HEADER, OFFICIAL_TOP, type ReadSlip, readSlip } from './testing.ts';

const REFUSAL = {
  reason: 'Việc khai sinh thuộc thẩm quyền của UBND xã nơi cư trú của người mẹ.',
  legalBasis: 'khoản 1 Điều 13 Luật Hộ tịch năm 2014',
};

describe('refusalSlipPdf (Mẫu 03)', () => {
  let slip: ReadSlip;
  beforeAll(async () => {
    slip = await readSlip(await refusalSlipPdf(HEADER, DOSSIER, REFUSAL));
  });

  it('is one official A4 page with the title, the code and the applicant', () => {
    expect(slip.pages).toBe(1);
    for (const line of OFFICIAL_TOP) expect(slip.text).toContain(line);
    expect(slip.text).toContain('Số: /TCHS');
    expect(slip.text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ');
    expect(slip.text).toContain('Mã hồ sơ: P09-20260302-0001');
    expect(slip.text).toContain('Hồ sơ của: Nguyễn Thị Hương Giang');
  });

  it('gives the legal basis and the reason, and the right to complain', () => {
    const t = slip.text;
    expect(t).toContain(
      'Căn cứ quy định tại khoản 1 Điều 13 Luật Hộ tịch năm 2014, chúng tôi từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau:',
    );
    expect(t).toContain('Việc khai sinh thuộc thẩm quyền của UBND xã nơi cư trú của người mẹ.');
    expect(t).toContain('có quyền phản ánh, kiến nghị hoặc khiếu nại');
    expect(t).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
  });

  it('carries only what the desk needs: no address, no phone', () => {
    expect(slip.text).not.toContain(DOSSIER.applicantAddress!);
    expect(slip.text).not.toContain(DOSSIER.applicantPhone!);
  });

  it('draws the lookup QR, which decodes to exactly the link', () => {
    expect(slip.qr).toEqual([DOSSIER.lookupUrl]);
  });

  it('refuses in writing only with a reason and a legal basis', async () => {
    await expect(refusalSlipPdf(HEADER, DOSSIER, { ...REFUSAL, legalBasis: '  ' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'legalBasis' },
    });
    await expect(refusalSlipPdf(HEADER, DOSSIER, { ...REFUSAL, reason: '' })).rejects.toMatchObject({
      details: { field: 'reason' },
    });
  });

  it("follows the dossier's regime and stage: Mẫu số 03 of TT 03/2025 at reception, NĐ 61's written answer without a form number in processing", async () => {
    const nd118 = await readSlip(
      await refusalSlipPdf(HEADER, { ...DOSSIER, ruleSet: 'ND118-2025' }, REFUSAL),
    );
    expect(nd118.text).toContain('Mẫu số 03 — Thông tư 03/2025/TT-VPCP, Phụ lục I');
    expect(nd118.text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(nd118.text).toContain('chúng tôi từ chối tiếp nhận giải quyết hồ sơ này vì lý do sau:');

    const nd61 = await readSlip(
      await refusalSlipPdf(HEADER, { ...DOSSIER, ruleSet: 'ND61-2018' }, { ...REFUSAL, stage: 'processing' }),
    );
    expect(nd61.text).toContain('THÔNG BÁO VỀ VIỆC KHÔNG GIẢI QUYẾT HỒ SƠ');
    expect(nd61.text).not.toContain('Mẫu số');
    expect(nd61.text).toContain('chúng tôi không giải quyết và trả lại hồ sơ này vì lý do sau:');
    expect(nd61.text).toContain('THỦ TRƯỞNG CƠ QUAN GIẢI QUYẾT');
  });
});
