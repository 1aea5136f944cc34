/**
 * The refusal of a dossier, in writing, with its reason and its legal basis; the slip will not print
 * without both. Its heading and words follow the dossier's regime and the stage it was refused at
 * (data/regimes, `refusals`): at reception the regime's Mẫu số 03 "Phiếu từ chối tiếp nhận giải quyết
 * hồ sơ"; in processing under NĐ 61 a written notice that the dossier is not handled and is returned,
 * which TT 01/2018 gives no form for (so it prints no form number). Without a regime (a sample), the
 * TT 01/2018 title of slips/forms.ts.
 */
import { refusalAt } from '../../../law/regimes.ts';
import { dossierLines, required, SLIP_FORMS } from './forms.ts';
import { para, renderSlip, type Signer, signatures } from './layout.ts';
import type { DossierView, RefusalSlipInput, SlipHeader } from './model.ts';

/** Where the dossier was when it was refused (stored with the slip; older slips: reception). */
export type RefusalStage = 'reception' | 'processing';

export async function refusalSlipPdf(
  header: SlipHeader,
  dossier: DossierView,
  refusal: RefusalSlipInput & { stage?: RefusalStage },
): Promise<Buffer> {
  const reason = required(refusal.reason, 'reason', 'Phiếu từ chối phải nêu rõ lý do.');
  const basis = required(refusal.legalBasis, 'legalBasis', 'Phiếu từ chối phải nêu căn cứ pháp lý.');
  const stage = refusal.stage ?? 'reception';
  const rule = dossier.ruleSet ? refusalAt(dossier.ruleSet, stage) : null;
  const wording = rule?.wording ?? 'từ chối tiếp nhận, giải quyết hồ sơ này';
  const signer: Signer =
    stage === 'processing'
      ? { title: ['THỦ TRƯỞNG CƠ QUAN GIẢI QUYẾT'], hint: '(Ký, ghi rõ họ tên và đóng dấu)' }
      : {
          title: ['NGƯỜI TIẾP NHẬN HỒ SƠ'],
          hint: '(Ký và ghi rõ họ tên)',
          name: dossier.receiverName.trim(),
        };
  const body = [
    ...dossierLines(dossier),
    para(`Căn cứ quy định tại ${basis}, chúng tôi ${wording} vì lý do sau:`, { indent: true, before: 8 }),
    para(reason, { indent: true, bold: true }),
    para('Xin thông báo để ông/bà được biết và thực hiện.', { indent: true, before: 6 }),
    para(
      'Nếu không đồng ý, ông/bà có quyền phản ánh, kiến nghị hoặc khiếu nại theo quy định của pháp luật.',
      { indent: true, italic: true },
    ),
    signatures([signer]),
  ];
  // A written answer the circular has no form for: its own heading, and no form number.
  if (rule && rule.slip === null)
    return renderSlip({
      header,
      form: { title: rule.title.toLocaleUpperCase('vi'), symbol: 'TB' },
      dossier,
      body,
    });
  return renderSlip({ header, form: SLIP_FORMS.refusal, kind: 'refusal', dossier, body });
}
