/**
 * The top of the first page (NĐ 30 ô số 1–5, 9a) in DOCX: the two-column header as a borderless
 * table like the government templates, then the title or the "Kính gửi" lines.
 */
import type { Paragraph, Table } from 'docx';
import { type ComposedDocument, type ComposedHeader, MOTTO, NATIONAL_NAME } from './compose.ts';
import { borderlessTable } from './docx-table.ts';
import { docxLine, docxParagraph, docxRule } from './docx-text.ts';
import { HEADER_LEFT_SHARE, RECIPIENT_GAP_MM, RECIPIENT_LABEL_SHARE, SHORT_RULE_MM, SIZE } from './layout.ts';

/** Agency and national name; with the number/date row when the header has one. */
export function docxHeader(header: ComposedHeader, widthMm: number): Table {
  const left = widthMm * HEADER_LEFT_SHARE;
  const right = widthMm - left;
  const agencyCell: Paragraph[] = [
    ...header.parentAgency.map((line) => docxLine(line, { size: SIZE.parentAgency })),
    ...header.agency.map((line) => docxLine(line, { size: SIZE.agency, bold: true })),
    docxRule(SHORT_RULE_MM, left),
  ];
  // The motto is underlined: the rule NĐ 30 asks for is exactly as long as the motto's line.
  const nationalCell: Paragraph[] = [
    docxLine(NATIONAL_NAME, { size: SIZE.nationalName, bold: true }),
    docxLine(MOTTO, { size: SIZE.motto, bold: true, underline: true }),
  ];
  const rows: Paragraph[][][] = [[agencyCell, nationalCell]];
  if (header.numberLine !== undefined) {
    const numberCell = [docxParagraph(header.numberLine, { size: SIZE.number, align: 'center', before: 6 })];
    if (header.letterSubject) {
      numberCell.push(
        docxParagraph(header.letterSubject, { size: SIZE.letterSubject, align: 'center', before: 3 }),
      );
    }
    const dateCell = [docxParagraph(header.dateLine ?? '', { italic: true, align: 'center', before: 6 })];
    rows.push([numberCell, dateCell]);
  }
  return borderlessTable([left, right], rows);
}

/** "QUYẾT ĐỊNH" and its subject, bold and centred, with a short rule under. */
export function docxTitle(title: { word: string; subject: string }, widthMm: number): Paragraph[] {
  return [
    docxParagraph(title.word, { bold: true, align: 'center', before: 18, keepNext: true }),
    docxParagraph(title.subject, { bold: true, align: 'center', before: 0, keepNext: true }),
    docxRule(SHORT_RULE_MM, widthMm),
  ];
}

/** "Kính gửi: X." on one centred line, or "Kính gửi:" beside a column of "- …;" lines. */
export function docxRecipients(recipients: NonNullable<ComposedDocument['recipients']>, widthMm: number) {
  if ('single' in recipients) {
    return [docxParagraph(`Kính gửi: ${recipients.single}`, { align: 'center', before: 18 })];
  }
  const label = widthMm * RECIPIENT_LABEL_SHARE;
  return [
    docxParagraph('', { before: 6 }),
    borderlessTable(
      [label, widthMm - label],
      [
        [
          [docxParagraph('Kính gửi:', { align: 'right', before: 0, rightMm: RECIPIENT_GAP_MM })],
          recipients.lines.map((line) => docxParagraph(line, { align: 'left', before: 0 })),
        ],
      ],
    ),
  ];
}
