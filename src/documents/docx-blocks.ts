/**
 * Body blocks in DOCX: justified paragraphs with a first-line indent, bold headings, "- " items,
 * ruled tables and pictures.
 */
import { AlignmentType, ImageRun, PageBreak, Paragraph, type Table } from 'docx';
import { ruledTable } from './docx-table.ts';
import { docxParagraph } from './docx-text.ts';
import { MM_PER_INCH, SIZE, textWidthMm } from './layout.ts';
import type { Block, Inline, Orientation } from './model.ts';
import { nfc } from './text.ts';

/** Word sizes pictures in pixels at 96 per inch. */
function mmToPx(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * 96);
}

/** Prefix a "- " to the first run of an item. */
function dashed(text: Inline): Inline {
  return typeof text === 'string' ? `- ${text}` : ['- ', ...text];
}

export function docxBlocks(blocks: Block[], orientation: Orientation): (Paragraph | Table)[] {
  return blocks.flatMap((block, i) => {
    const out = docxBlock(block, orientation);
    // Word glues two adjacent tables into one: a small paragraph keeps them apart. Only there:
    // after the last table of a page it would push an empty page out.
    if (block.type === 'table' && blocks[i + 1]?.type === 'table') out.push(docxSpacer());
    return out;
  });
}

function docxSpacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0 }, run: { size: 4 }, children: [] });
}

function docxBlock(block: Block, orientation: Orientation): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph': {
      const align = block.align ?? 'justify';
      return [
        docxParagraph(block.text, {
          align,
          indent: block.indent ?? align === 'justify',
          bold: block.bold ?? false,
          italic: block.italic ?? false,
        }),
      ];
    }
    case 'heading':
      return [
        docxParagraph(block.text, {
          indent: true,
          bold: true,
          italic: block.italic ?? false,
          keepNext: true,
        }),
      ];
    case 'item':
      return [
        docxParagraph(dashed(block.text), {
          indent: true,
          bold: block.bold ?? false,
          italic: block.italic ?? false,
        }),
      ];
    case 'table':
      return [ruledTable(block, textWidthMm(orientation), orientation)];
    case 'image': {
      const picture = new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120 },
        children: [
          new ImageRun({
            type: 'png',
            data: Buffer.from(block.pngBase64, 'base64'),
            transformation: { width: mmToPx(block.widthMm), height: mmToPx(block.heightMm) },
          }),
        ],
      });
      const caption = block.caption
        ? [
            docxParagraph(nfc(block.caption), {
              align: 'center',
              italic: true,
              size: SIZE.table,
              before: 3,
            }),
          ]
        : [];
      return [picture, ...caption];
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}
