/**
 * The end of the document (NĐ 30 ô số 7, 9b): "Nơi nhận" on the left, the signature on the right,
 * in one borderless row that may not split, so the signer is never alone on a page.
 */
import type { Paragraph, Table } from 'docx';
import type { ComposedSignature } from './compose.ts';
import { borderlessTable } from './docx-table.ts';
import { docxLine, docxParagraph } from './docx-text.ts';
import { CLOSING_LEFT_SHARE, SIGNATURE_GAP_LINES, SIZE } from './layout.ts';

export function docxSignature(signature: ComposedSignature): Paragraph[] {
  return [
    ...signature.titleLines.map((line) => docxLine(line, { bold: true })),
    ...Array.from({ length: SIGNATURE_GAP_LINES }, () => docxLine('')),
    docxLine(signature.name, { bold: true }),
  ];
}

export function docxClosing(distribution: string[], signature: ComposedSignature, widthMm: number): Table {
  const left = widthMm * CLOSING_LEFT_SHARE;
  const recipients: Paragraph[] = distribution.length
    ? [
        docxParagraph('Nơi nhận:', {
          size: SIZE.distributionLabel,
          bold: true,
          italic: true,
          align: 'left',
          before: 0,
        }),
        ...distribution.map((line) =>
          docxParagraph(line, { size: SIZE.distribution, align: 'left', before: 0 }),
        ),
      ]
    : [];
  return borderlessTable([left, widthMm - left], [[recipients, docxSignature(signature)]], {
    cantSplit: true,
  });
}
