import { beforeAll, describe, expect, it } from 'vitest';
import { ruleSetOn } from '../dossier-status.ts';
import { stopSlipPdf } from './stop.ts';
import { DOSSIER, HEADER, OFFICIAL_TOP, type ReadSlip, readSlip } from './testing.ts';

const STOP = {
  reason: 'Cơ quan có thẩm quyền đang xác minh tranh chấp liên quan đến nội dung hồ sơ.',
  legalBasis: 'Nghị định 118/2025/NĐ-CP',
};
const DOSSIER_2026 = { ...DOSSIER, ruleSet: ruleSetOn(DOSSIER.receivedAt) };

describe('stopSlipPdf (Thông báo dừng giải quyết hồ sơ, TT 03/2025 Mẫu số 05)', () => {
  let slip: ReadSlip;
  beforeAll(async () => {
    slip = await readSlip(await stopSlipPdf(HEADER, DOSSIER_2026, STOP));
  });

  it('is one official page with its form line, title, number and the applicant', () => {
    expect(slip.pages).toBe(1);
    for (const line of OFFICIAL_TOP) expect(slip.text).toContain(line);
    expect(slip.text).toContain('Mẫu số 05 — Thông tư 03/2025/TT-VPCP, Phụ lục I');
    expect(slip.text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(slip.text).toContain('(Số và tên mẫu theo dữ liệu chưa kiểm chứng với văn bản gốc)');
    expect(slip.text).toContain('Số: /TB');
    expect(slip.text).toContain('Hồ sơ của: Nguyễn Thị Hương Giang');
    expect(slip.text).not.toContain(DOSSIER.applicantPhone!);
  });

  it('gives the legal basis and the reason, and the right to complain', () => {
    expect(slip.text).toContain(
      'Căn cứ Nghị định 118/2025/NĐ-CP, cơ quan giải quyết thông báo dừng giải quyết hồ sơ nêu trên vì lý do sau:',
    );
    expect(slip.text).toContain(STOP.reason);
    expect(slip.text).toContain('có quyền phản ánh, kiến nghị hoặc khiếu nại');
  });

  it('will not print without a reason and a legal basis', async () => {
    await expect(stopSlipPdf(HEADER, DOSSIER_2026, { ...STOP, reason: ' ' })).rejects.toMatchObject({
      details: { field: 'reason' },
    });
    await expect(stopSlipPdf(HEADER, DOSSIER_2026, { ...STOP, legalBasis: '' })).rejects.toMatchObject({
      details: { field: 'legalBasis' },
    });
  });
});
