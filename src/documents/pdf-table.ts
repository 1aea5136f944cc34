/**
 * The ruled data table in PDF: header row bold, centred, repeated on each page; widths share the
 * text width in proportion, after the padding and rules pdfmake adds outside each column.
 */
import type { Content, CustomTableLayout } from 'pdfmake/interfaces';
import { mmToPt, SIZE } from './layout.ts';
import type { Orientation, TableBlock } from './model.ts';
import { pdfParagraph } from './pdf-text.ts';
import { rowsFitOnPage } from './table-fit.ts';

const PAD_SIDE = 4;
const PAD_TOP = 2;
const RULE = 0.5;

const RULED_LAYOUT: CustomTableLayout = {
  hLineWidth: () => RULE,
  vLineWidth: () => RULE,
  paddingLeft: () => PAD_SIDE,
  paddingRight: () => PAD_SIDE,
  paddingTop: () => PAD_TOP,
  paddingBottom: () => PAD_TOP,
};

export function pdfRuledTable(table: TableBlock, totalWidthMm: number, orientation: Orientation): Content {
  const { columns, rows } = table;
  const fontSize = table.fontSize ?? SIZE.table;
  const sum = columns.reduce((a, c) => a + c.width, 0);
  const content = mmToPt(totalWidthMm) - columns.length * 2 * PAD_SIDE - (columns.length + 1) * RULE;
  const widths = columns.map((c) => (c.width / sum) * content);
  const header = columns.map((c) =>
    pdfParagraph(c.title, { size: fontSize, bold: true, align: 'center', before: 0 }),
  );
  const body = rows.map((row) =>
    columns.map((c, i) =>
      pdfParagraph(row[i] ?? '', { size: fontSize, align: c.align ?? 'left', before: 0 }),
    ),
  );
  return {
    table: {
      widths,
      headerRows: 1,
      dontBreakRows: rowsFitOnPage(columns, rows, totalWidthMm, fontSize, orientation),
      body: [header, ...body],
    },
    layout: RULED_LAYOUT,
    margin: [0, 6, 0, 0],
  };
}
