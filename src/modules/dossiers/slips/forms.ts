/**
 * The slips' titles and number symbols, and the lines several of them print about a dossier.
 *
 * Titles are those of TT 01/2018/TT-VPCP's forms (kept by NĐ 118/2025). The symbols after "Số: …/"
 * are the forms' own as far as known [unsure: 05 has none in the circular; "KSHS" is ours]; a unit
 * that numbers differently changes them here.
 */
import type { Content } from 'pdfmake/interfaces';
import { formFieldInvalid } from '../dossiers.errors.ts';
import { COPY_KIND_LABEL, slipDateTime } from './format.ts';
import { type Column, field, para, table } from './layout.ts';
import type { DossierView, SlipDocument } from './model.ts';

export const SLIP_FORMS = {
  guide: { title: 'PHIẾU HƯỚNG DẪN HOÀN THIỆN HỒ SƠ' },
  receipt: { title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', symbol: 'TNHS' },
  supplement: { title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', symbol: 'HDHS' },
  refusal: { title: 'PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ', symbol: 'TCHS' },
  apology: { title: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', symbol: 'PXL' },
  control: { title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', symbol: 'KSHS' },
  /** TT 03/2025 Mẫu số 05 (NĐ 118 only); "TB" is NĐ 30/2020's abbreviation for a thông báo [unsure: the form's own]. */
  stop: { title: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ', symbol: 'TB' },
  invitation: { title: 'GIẤY MỜI NHẬN KẾT QUẢ TRƯỚC HẠN', symbol: 'GM' },
} as const;

/** Where a result is handed back when the dossier does not say. */
export const DEFAULT_RETURN_PLACE = 'Bộ phận Tiếp nhận và Trả kết quả';

/** A slip that must say something (a reason, a legal basis) refuses to print without it. */
export function required(value: string, field: string, message: string): string {
  const text = value.normalize('NFC').trim();
  if (text === '') throw formFieldInvalid(message, field);
  return text;
}

export function requiredList(values: string[], field: string, message: string): string[] {
  const kept = values.map((v) => v.normalize('NFC').trim()).filter((v) => v !== '');
  if (kept.length === 0) throw formFieldInvalid(message, field);
  return kept;
}

export function notBefore(later: Date, earlier: Date, field: string, message: string): void {
  if (!(later.getTime() > earlier.getTime())) throw formFieldInvalid(message, field);
}

/** "Đăng ký khai sinh (mã thủ tục: 1.001193)". */
export function procedureText(d: { procedureName: string; procedureCode: string }): string {
  return `${d.procedureName.trim()} (mã thủ tục: ${d.procedureCode.trim()})`;
}

/** Whose dossier and what it asks for: the opening of every slip about a dossier. */
export function dossierLines(d: DossierView, applicantLabel = 'Hồ sơ của'): Content[] {
  return [
    field(applicantLabel, d.applicantName.trim(), { before: 8 }),
    field('Nội dung yêu cầu giải quyết', procedureText(d)),
    field('Thời gian tiếp nhận', slipDateTime(d.receivedAt)),
  ];
}

const DOCUMENT_COLUMNS: Column[] = [
  { title: 'TT', width: 6, align: 'center' },
  { title: 'Tên giấy tờ', width: 58 },
  { title: 'Loại bản', width: 24, align: 'center' },
  { title: 'Số lượng', width: 12, align: 'center' },
];

/** TT | Tên giấy tờ | Loại bản (Bản chính / Bản sao chứng thực / Bản sao) | Số lượng. */
export function documentsTable(documents: SlipDocument[]): Content {
  if (documents.length === 0) return para('(Không có giấy tờ)', { italic: true, indent: true });
  return table(
    DOCUMENT_COLUMNS,
    documents.map((doc, i) => [String(i + 1), doc.name.trim(), COPY_KIND_LABEL[doc.kind], String(doc.count)]),
  );
}
