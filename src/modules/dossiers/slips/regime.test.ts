import { describe, expect, it } from 'vitest';
import { fromVnDateTime } from '../../../lib/time.ts';
import { ruleSetOn } from '../dossier-status.ts';
import { apologySlipPdf } from './apology.ts';
import { UNVERIFIED_FORM_NOTE } from './layout.ts';
import { receiptSlipPdf } from './receipt.ts';
import { refusalSlipPdf } from './refusal.ts';
import { DOSSIER, HEADER, readSlip } from './testing.ts';

/** The same dossier, received on a Vietnam date-time, with the regime reception stored for it. */
function receivedOn(vnDateTime: string) {
  const receivedAt = fromVnDateTime(vnDateTime);
  return { ...DOSSIER, receivedAt, ruleSet: ruleSetOn(receivedAt) };
}

describe('a slip follows the regime its dossier was received under', () => {
  it('a receipt of 20/5/2025 reprints TT 01/2018 Mẫu số 01; one of 2/3/2026 prints TT 03/2025 Mẫu số 01', async () => {
    const may2025 = (await readSlip(await receiptSlipPdf(HEADER, receivedOn('2025-05-20T09:00')))).text;
    expect(may2025).toContain('Mẫu số 01 — Thông tư 01/2018/TT-VPCP');
    expect(may2025).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(may2025).not.toContain('03/2025');
    expect(may2025).not.toContain(UNVERIFIED_FORM_NOTE);

    const march2026 = (await readSlip(await receiptSlipPdf(HEADER, receivedOn('2026-03-02T08:05')))).text;
    expect(march2026).toContain('Mẫu số 01 — Thông tư 03/2025/TT-VPCP, Phụ lục I');
    expect(march2026).not.toContain('01/2018');
    // TT 03/2025's titles were read only on a secondary site: the slip says so.
    expect(march2026).toContain(`(${UNVERIFIED_FORM_NOTE})`);
  });

  it('the apology is TT 01 Mẫu số 04 "Phiếu xin lỗi…" before, TT 03 Mẫu số 04 "Văn bản xin lỗi…" after', async () => {
    const apology = {
      oldDueAt: fromVnDateTime('2026-03-05T16:30'),
      newDueAt: fromVnDateTime('2026-03-10T16:30'),
      reason: 'Cần xác minh thêm thông tin.',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Lê Văn An',
    };
    const before = (await readSlip(await apologySlipPdf(HEADER, receivedOn('2025-05-20T09:00'), apology)))
      .text;
    expect(before).toContain('Mẫu số 04 — Thông tư 01/2018/TT-VPCP');
    expect(before).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    const after = (await readSlip(await apologySlipPdf(HEADER, receivedOn('2026-03-02T08:05'), apology)))
      .text;
    expect(after).toContain('Mẫu số 04 — Thông tư 03/2025/TT-VPCP, Phụ lục I');
    expect(after).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
  });

  it('switches at midnight Vietnam time: 30/6/2025 23:59 is TT 01/2018, 1/7/2025 00:00 is TT 03/2025', async () => {
    const refusal = {
      reason: 'Không thuộc thẩm quyền.',
      legalBasis: 'khoản 1 Điều 13 Luật Hộ tịch năm 2014',
    };
    const last = receivedOn('2025-06-30T23:59');
    const first = receivedOn('2025-07-01T00:00');
    expect(last.ruleSet).toBe('ND61-2018');
    expect(first.ruleSet).toBe('ND118-2025');
    expect((await readSlip(await refusalSlipPdf(HEADER, last, refusal))).text).toContain(
      'Mẫu số 03 — Thông tư 01/2018/TT-VPCP',
    );
    expect((await readSlip(await refusalSlipPdf(HEADER, first, refusal))).text).toContain(
      'Mẫu số 03 — Thông tư 03/2025/TT-VPCP, Phụ lục I',
    );
  });
});
