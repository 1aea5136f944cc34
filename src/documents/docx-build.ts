/**
 * The DOCX builder: an OfficialDocument laid out by NĐ 30/2020 as a Word file the officer can
 * still edit. The font is named "Times New Roman" as the decree requires; Word and LibreOffice
 * substitute a metric-compatible face (Liberation Serif) where it is not installed, so lines
 * break in the same places.
 */
import {
  AlignmentType,
  Document,
  Header,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type Table,
  TextRun,
} from 'docx';
import { type ComposedAnnex, composeDocument } from './compose.ts';
import { docxBlocks } from './docx-blocks.ts';
import { docxClosing } from './docx-closing.ts';
import { docxHeader, docxRecipients, docxTitle } from './docx-header.ts';
import { docxParagraph, docxRule, halfPoints, LINE } from './docx-text.ts';
import {
  MARGIN_MM,
  mmToTwip,
  PAGE_MM,
  PAGE_NUMBER_FROM_TOP_MM,
  SHORT_RULE_MM,
  SIZE,
  textWidthMm,
} from './layout.ts';
import type { OfficialDocument } from './model.ts';

export const DOCX_FONT = 'Times New Roman';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function pageProperties(orientation: 'portrait' | 'landscape') {
  return {
    size: {
      // docx swaps the two for a landscape page; pass the portrait sheet.
      width: mmToTwip(PAGE_MM.width),
      height: mmToTwip(PAGE_MM.height),
      orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: {
      top: mmToTwip(MARGIN_MM.top),
      bottom: mmToTwip(MARGIN_MM.bottom),
      left: mmToTwip(MARGIN_MM.left),
      right: mmToTwip(MARGIN_MM.right),
      header: mmToTwip(PAGE_NUMBER_FROM_TOP_MM),
      footer: mmToTwip(PAGE_NUMBER_FROM_TOP_MM),
    },
  };
}

/** The page number, centred in the top margin: a PAGE field, so Word keeps it right after edits. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(SIZE.pageNumber) })],
      }),
    ],
  });
}

function annexSection(annex: ComposedAnnex): ISectionOptions {
  const width = textWidthMm(annex.orientation);
  const children: (Paragraph | Table)[] = [];
  if (annex.header) children.push(docxHeader(annex.header, width));
  children.push(
    docxParagraph(annex.title, {
      bold: true,
      align: 'center',
      before: annex.header ? 18 : 0,
      keepNext: true,
    }),
  );
  if (annex.subtitle)
    children.push(docxParagraph(annex.subtitle, { bold: true, align: 'center', before: 0 }));
  if (annex.note) children.push(docxParagraph(annex.note, { italic: true, align: 'center', before: 0 }));
  children.push(docxRule(SHORT_RULE_MM, width), ...docxBlocks(annex.body, annex.orientation));
  if (annex.signature) children.push(docxParagraph('', {}), docxClosing([], annex.signature, width));
  return {
    properties: { page: pageProperties(annex.orientation) },
    // Numbering runs on from the document; every annex page shows its number.
    headers: { default: pageNumberHeader() },
    children,
  };
}

export function docxDocument(doc: OfficialDocument): Document {
  const composed = composeDocument(doc);
  const width = textWidthMm('portrait');
  const children: (Paragraph | Table)[] = [docxHeader(composed.header, width)];
  if (composed.title) children.push(...docxTitle(composed.title, width));
  if (composed.recipients) children.push(...docxRecipients(composed.recipients, width));
  children.push(...docxBlocks(composed.body, 'portrait'));
  children.push(docxParagraph('', {}), docxClosing(composed.distribution, composed.signature, width));

  return new Document({
    creator: 'Hài Lòng',
    title: composed.title
      ? `${composed.title.word} ${composed.title.subject}`
      : composed.header.letterSubject,
    styles: {
      default: {
        document: {
          run: { font: DOCX_FONT, size: halfPoints(SIZE.body), language: { value: 'vi-VN' } },
          paragraph: { spacing: LINE },
        },
      },
    },
    sections: [
      {
        // titlePage: the first page has its own (empty) header, so numbers start on page 2.
        properties: { page: pageProperties('portrait'), titlePage: true },
        // A header part must hold a paragraph: Word rejects an empty one.
        headers: { first: new Header({ children: [new Paragraph({})] }), default: pageNumberHeader() },
        children,
      },
      ...composed.annexes.map(annexSection),
    ],
  });
}

/** The Word file, ready to send. */
export async function buildDocx(doc: OfficialDocument): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(doc));
}
