/**
 * Tables for the DOCX builder: the borderless layout grid that real NĐ 30 templates use for the
 * header and the closing (agency | national name, Nơi nhận | signature), and the ruled table of a
 * plan's annex. Widths are fixed in twips so Word, LibreOffice and Google Docs agree.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { docxParagraph } from './docx-text.ts';
import { mmToTwip, SIZE } from './layout.ts';
import type { Alignment, Inline, Orientation, TableBlock } from './model.ts';
import { rowsFitOnPage } from './table-fit.ts';

/** Cell padding: Word's own default (1.9 mm) on the sides, a little air above and below in ruled tables. */
const CELL_SIDE_TWIPS = 108;
const CELL_TOP_TWIPS = 40;

function widthsTwips(columnsMm: number[]): number[] {
  return columnsMm.map(mmToTwip);
}

/** A layout grid without lines; one row per entry, each cell a list of paragraphs. */
export function borderlessTable(
  columnsMm: number[],
  rows: Paragraph[][][],
  options: { cantSplit?: boolean } = {},
): Table {
  const widths = widthsTwips(columnsMm);
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          ...(options.cantSplit ? { cantSplit: true } : {}),
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                margins: { left: 0, right: 0, top: 0, bottom: 0 },
                // A cell must end with a paragraph, even an empty one.
                children: children.length > 0 ? children : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/**
 * A ruled data table. The header row is bold and centred and repeats on each page (tblHeader).
 * Body rows are kept whole (cantSplit) when all are short, as in the PDF (see table-fit.ts).
 */
export function ruledTable(table: TableBlock, totalWidthMm: number, orientation: Orientation): Table {
  const { columns, rows } = table;
  const fontSize = table.fontSize ?? SIZE.table;
  const keepRows = rowsFitOnPage(columns, rows, totalWidthMm, fontSize, orientation);
  const sum = columns.reduce((a, c) => a + c.width, 0);
  const widths = widthsTwips(columns.map((c) => (c.width / sum) * totalWidthMm));
  const cell = (children: Paragraph[], width: number, header: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { left: CELL_SIDE_TWIPS, right: CELL_SIDE_TWIPS, top: CELL_TOP_TWIPS, bottom: CELL_TOP_TWIPS },
      verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      children,
    });
  const line = (text: Inline, align: Alignment, bold: boolean) =>
    docxParagraph(text, { size: fontSize, align, bold, before: 0 });

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell([line(c.title, 'center', true)], widths[i] ?? 0, true)),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        ...(keepRows ? { cantSplit: true } : {}),
        children: columns.map((c, i) =>
          cell([line(row[i] ?? '', c.align ?? 'left', false)], widths[i] ?? 0, false),
        ),
      }),
  );
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: {
      top: RULE,
      bottom: RULE,
      left: RULE,
      right: RULE,
      insideHorizontal: RULE,
      insideVertical: RULE,
    },
    rows: [header, ...body],
  });
}
