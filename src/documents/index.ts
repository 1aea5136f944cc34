/**
 * The official-document engine: NĐ 30/2020 letters and decisions as DOCX and PDF, spreadsheets,
 * QR codes and charts. Other modules import from here only.
 */

// Numbers for people (decimal comma, thousands dot) live with the other presentation helpers.
export { formatNumberVi, formatPercentVi } from '../lib/format.ts';
export { type BarChartSpec, type BarSeries, barChartPng, barChartSvg } from './chart.ts';
export { composeDocument, MOTTO, NATIONAL_NAME } from './compose.ts';
export { dateLine, dayNumber, monthNumber, vietnameseDate } from './date-line.ts';
export { buildDocx, DOCX_FONT, DOCX_MIME } from './docx-build.ts';
export type {
  Alignment,
  Annex,
  Block,
  DocumentKind,
  HeadingBlock,
  ImageBlock,
  Inline,
  ItemBlock,
  OfficialDocument,
  Orientation,
  PageBreakBlock,
  ParagraphBlock,
  Signature,
  TableBlock,
  TableColumn,
  TextRun,
} from './model.ts';
export { numberLine, registerNumber } from './number-line.ts';
export { buildPdf } from './pdf-build.ts';
export { PDF_FONT, PDF_MIME, renderPdf } from './pdf-engine.ts';
export { type QrOptions, qrPng, qrSvg } from './qr.ts';
export { documentReference, shortDate } from './reference.ts';
export { signatureTitleLines } from './signature.ts';
export { svgToPng } from './svg-to-png.ts';
export {
  buildXlsx,
  safeSheetName,
  XLSX_MIME,
  type XlsxColumn,
  type XlsxFormat,
  type XlsxImage,
  type XlsxSheet,
  type XlsxValue,
} from './xlsx-table.ts';
