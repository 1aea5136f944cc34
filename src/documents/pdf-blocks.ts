/**
 * Body blocks in PDF, mirroring docx-blocks.ts.
 */
import type { Content } from 'pdfmake/interfaces';
import { mmToPt, SIZE, textWidthMm } from './layout.ts';
import type { Block, Inline, Orientation } from './model.ts';
import { pdfRuledTable } from './pdf-table.ts';
import { pdfParagraph } from './pdf-text.ts';

function dashed(text: Inline): Inline {
  return typeof text === 'string' ? `- ${text}` : ['- ', ...text];
}

export function pdfBlocks(blocks: Block[], orientation: Orientation): Content[] {
  return blocks.flatMap((block) => pdfBlock(block, orientation));
}

function pdfBlock(block: Block, orientation: Orientation): Content[] {
  switch (block.type) {
    case 'paragraph': {
      const align = block.align ?? 'justify';
      return [
        pdfParagraph(block.text, {
          align,
          indent: block.indent ?? align === 'justify',
          bold: block.bold ?? false,
          italic: block.italic ?? false,
        }),
      ];
    }
    case 'heading':
      return [pdfParagraph(block.text, { indent: true, bold: true, italic: block.italic ?? false })];
    case 'item':
      return [
        pdfParagraph(dashed(block.text), {
          indent: true,
          bold: block.bold ?? false,
          italic: block.italic ?? false,
        }),
      ];
    case 'table':
      return [pdfRuledTable(block, textWidthMm(orientation), orientation)];
    case 'image': {
      const picture: Content = {
        image: `data:image/png;base64,${block.pngBase64}`,
        width: mmToPt(block.widthMm),
        height: mmToPt(block.heightMm),
        alignment: 'center',
        margin: [0, 6, 0, 0],
      };
      const caption = block.caption
        ? [pdfParagraph(block.caption, { align: 'center', italic: true, size: SIZE.table, before: 3 })]
        : [];
      return [picture, ...caption];
    }
    case 'pageBreak':
      return [{ text: '', pageBreak: 'after' }];
  }
}
