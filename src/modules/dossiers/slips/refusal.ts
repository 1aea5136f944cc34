/**
 * Mẫu 03, Phiếu từ chối tiếp nhận, giải quyết hồ sơ: a refusal is only ever in writing, with its
 * reason and its legal basis; the slip will not print without both.
 */
import { dossierLines, required, SLIP_FORMS } from './forms.ts';
import { para, renderSlip, signatures } from './layout.ts';
import type { DossierView, RefusalSlipInput, SlipHeader } from './model.ts';

export async function refusalSlipPdf(
  header: SlipHeader,
  dossier: DossierView,
  refusal: RefusalSlipInput,
): Promise<Buffer> {
  const reason = required(refusal.reason, 'reason', 'Phiếu từ chối phải nêu rõ lý do.');
  const basis = required(refusal.legalBasis, 'legalBasis', 'Phiếu từ chối phải nêu căn cứ pháp lý.');
  const body = [
    ...dossierLines(dossier),
    para(`Căn cứ quy định tại ${basis}, chúng tôi từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau:`, {
      indent: true,
      before: 8,
    }),
    para(reason, { indent: true, bold: true }),
    para('Xin thông báo để ông/bà được biết và thực hiện.', { indent: true, before: 6 }),
    para(
      'Nếu không đồng ý, ông/bà có quyền phản ánh, kiến nghị hoặc khiếu nại theo quy định của pháp luật.',
      { indent: true, italic: true },
    ),
    signatures([
      { title: ['NGƯỜI TIẾP NHẬN HỒ SƠ'], hint: '(Ký và ghi rõ họ tên)', name: dossier.receiverName.trim() },
    ]),
  ];
  return renderSlip({ header, form: SLIP_FORMS.refusal, kind: 'refusal', dossier, body });
}
