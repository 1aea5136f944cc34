/**
 * The top of the first page (NĐ 30 ô số 1–5, 9a) in PDF, the same grid as docx-header.ts.
 */
import type { Content } from 'pdfmake/interfaces';
import { type ComposedDocument, type ComposedHeader, MOTTO, NATIONAL_NAME } from './compose.ts';
import { HEADER_LEFT_SHARE, RECIPIENT_GAP_MM, RECIPIENT_LABEL_SHARE, SHORT_RULE_MM, SIZE } from './layout.ts';
import { pdfGrid, pdfLine, pdfParagraph, pdfRule } from './pdf-text.ts';

export function pdfHeader(header: ComposedHeader, widthMm: number): Content {
  const left = widthMm * HEADER_LEFT_SHARE;
  const right = widthMm - left;
  const agencyCell: Content[] = [
    ...header.parentAgency.map((line) => pdfLine(line, { size: SIZE.parentAgency })),
    ...header.agency.map((line) => pdfLine(line, { size: SIZE.agency, bold: true })),
    pdfRule(SHORT_RULE_MM, left),
  ];
  const nationalCell: Content[] = [
    pdfLine(NATIONAL_NAME, { size: SIZE.nationalName, bold: true }),
    pdfLine(MOTTO, { size: SIZE.motto, bold: true, underline: true }),
  ];
  const rows: Content[][][] = [[agencyCell, nationalCell]];
  if (header.numberLine !== undefined) {
    const numberCell = [pdfParagraph(header.numberLine, { size: SIZE.number, align: 'center', before: 6 })];
    if (header.letterSubject) {
      numberCell.push(
        pdfParagraph(header.letterSubject, { size: SIZE.letterSubject, align: 'center', before: 3 }),
      );
    }
    const dateCell = [pdfParagraph(header.dateLine ?? '', { italic: true, align: 'center', before: 6 })];
    rows.push([numberCell, dateCell]);
  }
  return pdfGrid([left, right], rows);
}

export function pdfTitle(title: { word: string; subject: string }, widthMm: number): Content[] {
  return [
    pdfParagraph(title.word, { bold: true, align: 'center', before: 18 }),
    pdfParagraph(title.subject, { bold: true, align: 'center', before: 0 }),
    pdfRule(SHORT_RULE_MM, widthMm, 4),
  ];
}

export function pdfRecipients(
  recipients: NonNullable<ComposedDocument['recipients']>,
  widthMm: number,
): Content[] {
  if ('single' in recipients) {
    return [pdfParagraph(`Kính gửi: ${recipients.single}`, { align: 'center', before: 18 })];
  }
  const label = widthMm * RECIPIENT_LABEL_SHARE;
  return [
    { text: '', margin: [0, 12, 0, 0] },
    pdfGrid(
      [label, widthMm - label],
      [
        [
          [pdfParagraph('Kính gửi:', { align: 'right', before: 0, rightMm: RECIPIENT_GAP_MM })],
          recipients.lines.map((line) => pdfParagraph(line, { align: 'left', before: 0 })),
        ],
      ],
    ),
  ];
}
