/**
 * Mẫu 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. The desk may ask only once, so the slip lists
 * everything at once, gives the reason and whom to call, apologises, and says how the appointment
 * moves: the days spent supplementing do not count, so the return date moves back by as many.
 */
import { slipDateTime } from './format.ts';
import { dossierLines, required, requiredList, SLIP_FORMS } from './forms.ts';
import { field, para, renderSlip, signatures } from './layout.ts';
import type { DossierView, SlipHeader, SupplementSlipInput } from './model.ts';

export const SUPPLEMENT_APOLOGY = 'Chúng tôi thành thật xin lỗi ông/bà vì sự bất tiện này.';

export async function supplementSlipPdf(
  header: SlipHeader,
  dossier: DossierView,
  request: SupplementSlipInput,
): Promise<Buffer> {
  const missing = requiredList(
    request.missing,
    'missing',
    'Phiếu yêu cầu bổ sung phải nêu giấy tờ cần bổ sung.',
  );
  const reason = required(request.reason, 'reason', 'Phiếu yêu cầu bổ sung phải nêu lý do.');
  const contact = required(
    request.contactOfficer,
    'contactOfficer',
    'Phiếu yêu cầu bổ sung phải nêu người để liên hệ.',
  );
  const appointment = request.newDueAt
    ? [
        para(
          'Thời gian ông/bà bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải quyết, ' +
            'nên ngày hẹn trả kết quả được lùi lại tương ứng.',
          { indent: true },
        ),
        field('Ngày hẹn trả kết quả mới', slipDateTime(request.newDueAt)),
      ]
    : [
        para(
          'Thời gian ông/bà bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải quyết: ngày hẹn trả ' +
            'kết quả sẽ được lùi lại đúng bằng số ngày ông/bà bổ sung hồ sơ, và ngày hẹn mới được ' +
            'thông báo cho ông/bà khi nhận đủ hồ sơ bổ sung.',
          { indent: true },
        ),
      ];
  const body = [
    ...dossierLines(dossier),
    field('Ngày hẹn trả kết quả đã hẹn', slipDateTime(dossier.dueAt)),
    para('Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:', {
      bold: true,
      align: 'left',
      before: 8,
    }),
    ...missing.map((item, i) => para(`${i + 1}. ${item}`, { indent: true, before: 2 })),
    para([{ text: 'Lý do: ', bold: true }, reason], { before: 6 }),
    para('Các nội dung cần bổ sung đã được nêu đầy đủ trong phiếu này; ông/bà chỉ cần bổ sung một lần.', {
      indent: true,
      before: 6,
    }),
    ...appointment,
    para(`Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ ${contact} để được hướng dẫn.`, {
      indent: true,
    }),
    para(`${SUPPLEMENT_APOLOGY} Xin trân trọng cảm ơn!`, { indent: true }),
    signatures([
      { title: ['NGƯỜI HƯỚNG DẪN'], hint: '(Ký và ghi rõ họ tên)', name: dossier.receiverName.trim() },
    ]),
  ];
  return renderSlip({ header, form: SLIP_FORMS.supplement, kind: 'supplement', dossier, body });
}
