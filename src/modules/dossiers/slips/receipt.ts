/**
 * Mẫu 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả: what was received, when, and when and where the
 * result comes back. With a rating link it carries a second QR for rating this dossier.
 */
import type { Content } from 'pdfmake/interfaces';
import { CHANNEL_LABEL, formatTimeLimit, slipDateTime } from './format.ts';
import { DEFAULT_RETURN_PLACE, documentsTable, procedureText, SLIP_FORMS } from './forms.ts';
import { besideQr, field, para, qrFigure, renderSlip, signatures } from './layout.ts';
import type { DossierView, SlipHeader } from './model.ts';

export const RATING_CAPTION = 'Đánh giá sự hài lòng';

export async function receiptSlipPdf(header: SlipHeader, dossier: DossierView): Promise<Buffer> {
  const d = dossier;
  const heading = (text: string) => para(text, { bold: true, align: 'left', before: 6 });
  const body: Content[] = [
    field('Tiếp nhận hồ sơ của', d.applicantName.trim(), { before: 8 }),
    ...(d.applicantAddress ? [field('Địa chỉ', d.applicantAddress.trim())] : []),
    ...(d.applicantPhone ? [field('Số điện thoại', d.applicantPhone.trim())] : []),
    field('Nội dung yêu cầu giải quyết', procedureText(d)),
    field('Hình thức nộp hồ sơ', CHANNEL_LABEL[d.channel]),
    heading('1. Thành phần hồ sơ nộp gồm:'),
    documentsTable(d.documents),
    para(
      [
        { text: '2. Thời gian giải quyết hồ sơ theo quy định: ', bold: true },
        `${formatTimeLimit(d.legalTime)}.`,
      ],
      {
        align: 'left',
        before: 6,
      },
    ),
    para([{ text: '3. Thời gian nhận hồ sơ: ', bold: true }, slipDateTime(d.receivedAt)], { align: 'left' }),
    para([{ text: '4. Thời gian trả kết quả giải quyết hồ sơ: ', bold: true }, slipDateTime(d.dueAt)], {
      align: 'left',
    }),
    para([{ text: '5. Nơi trả kết quả: ', bold: true }, (d.returnPlace ?? DEFAULT_RETURN_PLACE).trim()], {
      align: 'left',
    }),
    signatures([
      { title: ['NGƯỜI NỘP HỒ SƠ'], hint: '(Ký và ghi rõ họ tên)' },
      { title: ['NGƯỜI TIẾP NHẬN HỒ SƠ'], hint: '(Ký và ghi rõ họ tên)', name: d.receiverName.trim() },
    ]),
  ];
  if (d.ratingUrl) {
    body.push(
      besideQr(
        [
          para(RATING_CAPTION.toLocaleUpperCase('vi'), { bold: true, align: 'left', before: 10 }),
          para(
            'Khi nhận kết quả, mời ông/bà quét mã QR bên cạnh để đánh giá sự hài lòng về việc giải quyết ' +
              'hồ sơ này. Mỗi hồ sơ được đánh giá một lần; ý kiến của ông/bà giúp chúng tôi phục vụ tốt hơn.',
            { italic: true },
          ),
        ],
        await qrFigure(d.ratingUrl, RATING_CAPTION),
      ),
    );
  }
  return renderSlip({ header, form: SLIP_FORMS.receipt, kind: 'receipt', dossier: d, body });
}
