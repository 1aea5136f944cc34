/**
 * Mẫu 04, Phiếu xin lỗi và hẹn lại ngày trả kết quả: sent before the due date passes, with the
 * reason and a new date, signed by the head of the agency (name under the seal).
 */
import { slipDateTime } from './format.ts';
import { notBefore, procedureText, required, SLIP_FORMS } from './forms.ts';
import { field, para, renderSlip, signatures } from './layout.ts';
import type { ApologySlipInput, DossierView, SlipHeader } from './model.ts';

export async function apologySlipPdf(
  header: SlipHeader,
  dossier: DossierView,
  apology: ApologySlipInput,
): Promise<Buffer> {
  const reason = required(apology.reason, 'reason', 'Phiếu xin lỗi phải nêu lý do chậm trả kết quả.');
  const signerName = required(apology.signerName, 'signerName', 'Phiếu xin lỗi phải do thủ trưởng ký.');
  const signerTitle = required(
    apology.signerTitle,
    'signerTitle',
    'Phiếu xin lỗi phải ghi chức vụ người ký.',
  );
  notBefore(apology.newDueAt, apology.oldDueAt, 'newDueAt', 'Ngày hẹn mới phải sau ngày hẹn cũ.');
  const body = [
    para(['Kính gửi: Ông/bà ', { text: dossier.applicantName.trim(), bold: true }, '.'], {
      align: 'center',
      before: 10,
    }),
    para(
      `Vào ${slipDateTime(dossier.receivedAt)}, chúng tôi tiếp nhận hồ sơ của ông/bà ` +
        `với nội dung yêu cầu giải quyết: ${procedureText(dossier)}; mã hồ sơ: ${dossier.code}.`,
      { indent: true, before: 8 },
    ),
    field('Thời hạn trả kết quả giải quyết hồ sơ', slipDateTime(apology.oldDueAt), { indent: true }),
    para(
      `Tuy nhiên đến nay, hồ sơ của ông/bà chưa được giải quyết xong. Lý do: ${reason}`.replace(/\.?$/, '.'),
      { indent: true },
    ),
    para(
      'Sự chậm trễ này đã gây phiền hà cho ông/bà. Chúng tôi thành thật xin lỗi ông/bà và hẹn trả ' +
        'kết quả giải quyết hồ sơ cho ông/bà vào:',
      { indent: true },
    ),
    field('Ngày hẹn trả kết quả mới', slipDateTime(apology.newDueAt), { indent: true }),
    para('Xin trân trọng cảm ơn sự hợp tác của ông/bà./.', { indent: true, before: 6 }),
    signatures([{ title: signerTitle.split('\n'), name: signerName }]),
  ];
  return renderSlip({ header, form: SLIP_FORMS.apology, kind: 'apology', dossier, body });
}
