/**
 * Mẫu 05, Phiếu kiểm soát quá trình giải quyết hồ sơ: travels with the dossier, one row per
 * hand-over (who gave it to whom, when, who signed for it) and whether the step met its deadline.
 * It names the applicant only: it passes through several offices.
 */
import type { Inline } from '../../../documents/index.ts';
import { slipDateTime, timeliness } from './format.ts';
import { procedureText, SLIP_FORMS } from './forms.ts';
import { field, para, renderSlip, table } from './layout.ts';
import type { DossierView, Handover, SlipHeader } from './model.ts';

const COLUMNS = [
  { title: 'TT', width: 5, align: 'center' as const },
  { title: 'Cơ quan giao, nhận hồ sơ', width: 27 },
  { title: 'Thời gian giao, nhận hồ sơ', width: 27 },
  { title: 'Người giao, người nhận', width: 20 },
  { title: 'Kết quả (trước hạn, đúng hạn, quá hạn)', width: 21 },
];

function row(h: Handover, i: number): Inline[] {
  const verdict = h.dueAt && h.receivedAt ? timeliness(h.receivedAt, h.dueAt) : '';
  const result: Inline = [
    ...(verdict ? [{ text: verdict, bold: true }] : []),
    ...(h.dueAt ? [`${verdict ? '\n' : ''}(hạn: ${slipDateTime(h.dueAt)})`] : []),
    ...(h.result?.trim() ? [`\n${h.result.trim()}`] : []),
  ];
  return [
    String(i + 1),
    `Giao: ${h.fromAgency.trim()}\nNhận: ${h.toAgency.trim()}`,
    `Giao: ${slipDateTime(h.givenAt)}\nNhận: ${h.receivedAt ? slipDateTime(h.receivedAt) : '…'}`,
    `Giao: ${h.givenBy.trim()}\nNhận: ${h.receivedBy?.trim() || '…'}`,
    result.length ? result : '',
  ];
}

export async function controlSlipPdf(
  header: SlipHeader,
  dossier: DossierView,
  handovers: Handover[],
): Promise<Buffer> {
  const body = [
    field('Kèm theo hồ sơ của', dossier.applicantName.trim(), { before: 8 }),
    field('Tên thủ tục hành chính', procedureText(dossier)),
    field('Thời gian tiếp nhận', slipDateTime(dossier.receivedAt)),
    field('Thời gian hẹn trả kết quả', slipDateTime(dossier.dueAt)),
    para('Quá trình giao, nhận hồ sơ:', { bold: true, align: 'left', before: 8 }),
    table(COLUMNS, handovers.map(row), 11),
    para('Mỗi lần giao, nhận hồ sơ, người giao và người nhận ký, ghi rõ họ tên vào phiếu này.', {
      italic: true,
      size: 11,
      before: 6,
    }),
  ];
  return renderSlip({ header, form: SLIP_FORMS.control, kind: 'control', dossier, body });
}
