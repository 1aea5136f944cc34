/**
 * Thông báo dừng giải quyết hồ sơ (TT 03/2025/TT-VPCP Mẫu số 05, under NĐ 118/2025): the desk tells
 * the applicant in writing that their dossier is stopped, why, and on what legal basis; the notice
 * will not print without both.
 */
import { dossierLines, required, SLIP_FORMS } from './forms.ts';
import { para, renderSlip, signatures } from './layout.ts';
import type { DossierView, SlipHeader, StopSlipInput } from './model.ts';

export async function stopSlipPdf(
  header: SlipHeader,
  dossier: DossierView,
  stop: StopSlipInput,
): Promise<Buffer> {
  const reason = required(stop.reason, 'reason', 'Thông báo dừng giải quyết phải nêu rõ lý do.');
  const basis = required(stop.legalBasis, 'legalBasis', 'Thông báo dừng giải quyết phải nêu căn cứ pháp lý.');
  const body = [
    ...dossierLines(dossier),
    para(`Căn cứ ${basis}, cơ quan giải quyết thông báo dừng giải quyết hồ sơ nêu trên vì lý do sau:`, {
      indent: true,
      before: 8,
    }),
    para(reason, { indent: true, bold: true }),
    para('Xin thông báo để ông/bà được biết.', { indent: true, before: 6 }),
    para(
      'Nếu không đồng ý, ông/bà có quyền phản ánh, kiến nghị hoặc khiếu nại theo quy định của pháp luật.',
      { indent: true, italic: true },
    ),
    signatures([
      { title: ['NGƯỜI TIẾP NHẬN HỒ SƠ'], hint: '(Ký và ghi rõ họ tên)', name: dossier.receiverName.trim() },
    ]),
  ];
  return renderSlip({ header, form: SLIP_FORMS.stop, kind: 'stop', dossier, body });
}
