/**
 * How one document names another in running text: "Quyết định số 1081/QĐ-UBND ngày 24/3/2023".
 * Used for an annex's "(Kèm theo …)" line, so it follows the document's number and date as the
 * clerk fills them in, blanks included.
 */
import { blank, DATE_BLANK } from './blank.ts';
import { dayNumber, monthNumber } from './date-line.ts';
import type { DocumentKind, OfficialDocument } from './model.ts';
import { registerNumber } from './number-line.ts';

const KIND_NAMES: Record<DocumentKind, string> = {
  'cong-van': 'Công văn',
  'quyet-dinh': 'Quyết định',
  'ke-hoach': 'Kế hoạch',
  'bao-cao': 'Báo cáo',
  'thong-bao': 'Thông báo',
  'to-trinh': 'Tờ trình',
};

/** "24/3/2023", "09/02/2020"; unknown parts blank: "      /02/2023". */
export function shortDate(date?: string): string {
  const [y, m, d] = (date ?? '').split('-');
  const day = d ? dayNumber(Number(d)) : blank(DATE_BLANK);
  const month = m ? monthNumber(Number(m)) : blank(DATE_BLANK);
  return `${day}/${month}/${y || blank(DATE_BLANK)}`;
}

/** "Quyết định số      /QĐ-SYT ngày      /02/2023". */
export function documentReference(
  doc: Pick<OfficialDocument, 'kind' | 'number' | 'symbol' | 'date'>,
): string {
  return `${KIND_NAMES[doc.kind]} số ${registerNumber(doc.number)}/${doc.symbol} ngày ${shortDate(doc.date)}`;
}
