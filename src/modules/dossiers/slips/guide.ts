/**
 * Phiếu hướng dẫn hoàn thiện hồ sơ: what to prepare for a procedure, handed out before a dossier
 * exists, so it has no code, no QR and nothing about the person who asked.
 */
import { formatTimeLimit } from './format.ts';
import { documentsTable, procedureText, SLIP_FORMS } from './forms.ts';
import { dashes, field, para, renderSlip, signatures } from './layout.ts';
import type { GuideSlipInput, SlipHeader } from './model.ts';

/** "3 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "8 giờ làm việc kể từ khi nhận đủ hồ sơ hợp lệ." */
function guideTimeLimit(limit: GuideSlipInput['legalTime']): string {
  if (limit.amount === 0) return `${formatTimeLimit(limit)}.`;
  const from = limit.unit === 'working_hours' ? 'kể từ khi' : 'kể từ ngày';
  return `${formatTimeLimit(limit)} ${from} nhận đủ hồ sơ hợp lệ.`;
}

export async function guideSlipPdf(header: SlipHeader, guide: GuideSlipInput): Promise<Buffer> {
  const forms = guide.forms.filter((f) => f.trim() !== '');
  const fees = guide.fees.filter((f) => f.trim() !== '');
  const body = [
    field('Thủ tục hành chính', procedureText(guide), { before: 10 }),
    para('1. Thành phần hồ sơ cần chuẩn bị:', { bold: true, align: 'left', before: 8 }),
    documentsTable(guide.documents),
    para('2. Mẫu đơn, tờ khai:', { bold: true, align: 'left', before: 8 }),
    ...(forms.length ? dashes(forms) : [para('Không có mẫu đơn, tờ khai.', { indent: true, before: 2 })]),
    para([{ text: '3. Thời hạn giải quyết: ', bold: true }, guideTimeLimit(guide.legalTime)], {
      align: 'left',
      before: 8,
    }),
    para('4. Phí, lệ phí:', { bold: true, align: 'left', before: 8 }),
    ...(fees.length ? dashes(fees) : [para('Không thu phí, lệ phí.', { indent: true, before: 2 })]),
    para('5. Căn cứ pháp lý:', { bold: true, align: 'left', before: 8 }),
    ...dashes(guide.legalBasis.filter((b) => b.trim() !== '')),
    para(
      'Ông/bà vui lòng chuẩn bị đầy đủ các giấy tờ nêu trên trước khi nộp hồ sơ. ' +
        'Nếu còn vướng mắc, xin liên hệ Bộ phận Tiếp nhận và Trả kết quả để được hướng dẫn.',
      { italic: true, before: 10 },
    ),
  ];
  if (guide.guidedBy) {
    body.push(
      signatures([{ title: ['NGƯỜI HƯỚNG DẪN'], hint: '(Ký và ghi rõ họ tên)', name: guide.guidedBy }]),
    );
  }
  return renderSlip({ header, form: SLIP_FORMS.guide, body });
}
