/**
 * The PDF builder: the same NĐ 30/2020 layout as the DOCX, for printing and publishing, set in
 * the bundled Liberation Serif (Times New Roman's metrics, so the two formats break lines alike).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type ComposedAnnex, composeDocument } from './compose.ts';
import {
  LINE_SPACING,
  MARGIN_MM,
  mmToPt,
  PAGE_NUMBER_FROM_TOP_MM,
  SHORT_RULE_MM,
  SIZE,
  textWidthMm,
} from './layout.ts';
import type { OfficialDocument } from './model.ts';
import { pdfBlocks } from './pdf-blocks.ts';
import { pdfClosing } from './pdf-closing.ts';
import { PDF_FONT, renderPdf } from './pdf-engine.ts';
import { pdfHeader, pdfRecipients, pdfTitle } from './pdf-header.ts';
import { pdfParagraph, pdfRule } from './pdf-text.ts';

/** pdfmake margins are [left, top, right, bottom]. */
const PAGE_MARGINS: [number, number, number, number] = [
  mmToPt(MARGIN_MM.left),
  mmToPt(MARGIN_MM.top),
  mmToPt(MARGIN_MM.right),
  mmToPt(MARGIN_MM.bottom),
];

/** The page number centred over the text in the top margin, from page 2 on (page 1 has none). */
function pageNumber(currentPage: number): Content | null {
  if (currentPage === 1) return null;
  return {
    text: String(currentPage),
    alignment: 'center',
    fontSize: SIZE.pageNumber,
    margin: [PAGE_MARGINS[0], mmToPt(PAGE_NUMBER_FROM_TOP_MM), PAGE_MARGINS[2], 0],
  };
}

function annexContent(annex: ComposedAnnex): Content[] {
  const width = textWidthMm(annex.orientation);
  const content: Content[] = [
    // An annex starts a new page, in its own orientation.
    { text: '', pageBreak: 'before', pageOrientation: annex.orientation },
  ];
  if (annex.header) content.push(pdfHeader(annex.header, width));
  content.push(pdfParagraph(annex.title, { bold: true, align: 'center', before: annex.header ? 18 : 0 }));
  if (annex.subtitle) content.push(pdfParagraph(annex.subtitle, { bold: true, align: 'center', before: 0 }));
  if (annex.note) content.push(pdfParagraph(annex.note, { italic: true, align: 'center', before: 0 }));
  content.push(pdfRule(SHORT_RULE_MM, width, 5), ...pdfBlocks(annex.body, annex.orientation));
  if (annex.signature) content.push(pdfClosing([], annex.signature, width));
  return content;
}

export function pdfDefinition(doc: OfficialDocument): TDocumentDefinitions {
  const composed = composeDocument(doc);
  const width = textWidthMm('portrait');
  const content: Content[] = [pdfHeader(composed.header, width)];
  if (composed.title) content.push(...pdfTitle(composed.title, width));
  if (composed.recipients) content.push(...pdfRecipients(composed.recipients, width));
  content.push(...pdfBlocks(composed.body, 'portrait'));
  content.push(pdfClosing(composed.distribution, composed.signature, width));
  for (const annex of composed.annexes) content.push(...annexContent(annex));

  const title = composed.title
    ? `${composed.title.word} ${composed.title.subject}`
    : composed.header.letterSubject;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    header: pageNumber,
    content,
    defaultStyle: { font: PDF_FONT, fontSize: SIZE.body, lineHeight: LINE_SPACING },
    info: { title: title ?? '', creator: 'Hài Lòng', producer: 'Hài Lòng' },
    language: 'vi-VN',
  };
}

/** The PDF file, ready to print or publish. */
export async function buildPdf(doc: OfficialDocument): Promise<Buffer> {
  return renderPdf(pdfDefinition(doc));
}
