/**
 * "Nơi nhận" and the signature (NĐ 30 ô số 7, 9b) in PDF: one grid row kept on one page.
 */
import type { Content } from 'pdfmake/interfaces';
import type { ComposedSignature } from './compose.ts';
import { CLOSING_LEFT_SHARE, SIGNATURE_GAP_LINES, SIZE } from './layout.ts';
import { pdfGrid, pdfLine, pdfParagraph } from './pdf-text.ts';

export function pdfSignature(signature: ComposedSignature): Content[] {
  return [
    ...signature.titleLines.map((line) => pdfLine(line, { bold: true })),
    ...Array.from({ length: SIGNATURE_GAP_LINES }, () => pdfLine('\u00A0')),
    pdfLine(signature.name, { bold: true }),
  ];
}

export function pdfClosing(distribution: string[], signature: ComposedSignature, widthMm: number): Content {
  const left = widthMm * CLOSING_LEFT_SHARE;
  const recipients: Content[] = distribution.length
    ? [
        pdfParagraph('Nơi nhận:', {
          size: SIZE.distributionLabel,
          bold: true,
          italic: true,
          align: 'left',
          before: 0,
        }),
        ...distribution.map((line) =>
          pdfParagraph(line, { size: SIZE.distribution, align: 'left', before: 0 }),
        ),
      ]
    : [];
  return {
    ...pdfGrid([left, widthMm - left], [[recipients, pdfSignature(signature)]], true),
    margin: [0, 12, 0, 0],
  };
}
