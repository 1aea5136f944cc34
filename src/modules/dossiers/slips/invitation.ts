/**
 * Giấy mời nhận kết quả trước hạn: the result is ready before the appointment, so the desk invites
 * the applicant to collect it early.
 */
import { slipDateTime } from './format.ts';
import { DEFAULT_RETURN_PLACE, notBefore, procedureText, SLIP_FORMS } from './forms.ts';
import { field, para, renderSlip, signatures } from './layout.ts';
import type { DossierView, InvitationSlipInput, SlipHeader } from './model.ts';

export async function invitationSlipPdf(
  header: SlipHeader,
  dossier: DossierView,
  invitation: InvitationSlipInput,
): Promise<Buffer> {
  notBefore(
    dossier.dueAt,
    invitation.readyAt,
    'readyAt',
    'Kết quả phải có trước ngày hẹn trả mới mời nhận trước hạn.',
  );
  const place = (dossier.returnPlace ?? DEFAULT_RETURN_PLACE).trim();
  const body = [
    para(['Kính gửi: Ông/bà ', { text: dossier.applicantName.trim(), bold: true }, '.'], {
      align: 'center',
      before: 10,
    }),
    para(
      `Hồ sơ của ông/bà với nội dung yêu cầu giải quyết: ${procedureText(dossier)}, tiếp nhận vào ` +
        `${slipDateTime(dossier.receivedAt)}, hẹn trả kết quả vào ${slipDateTime(dossier.dueAt)}, ` +
        'đã được giải quyết xong trước hạn.',
      { indent: true, before: 8 },
    ),
    para('Kính mời ông/bà đến nhận kết quả:', { indent: true }),
    field('Từ', slipDateTime(invitation.readyAt), { indent: true }),
    field('Tại', place, { indent: true }),
    para(
      'Khi đến, xin ông/bà mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả (hoặc mã hồ sơ) và giấy tờ tùy thân. ' +
        'Ông/bà vẫn có thể nhận kết quả theo ngày đã hẹn.',
      { indent: true },
    ),
    para('Xin trân trọng cảm ơn!', { indent: true }),
    signatures([
      { title: ['NGƯỜI TIẾP NHẬN HỒ SƠ'], hint: '(Ký và ghi rõ họ tên)', name: dossier.receiverName.trim() },
    ]),
  ];
  return renderSlip({ header, form: SLIP_FORMS.invitation, dossier, body });
}
