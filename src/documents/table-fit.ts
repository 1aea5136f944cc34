/**
 * Whether a table's rows may be kept whole (never split across pages). A whole row reads better,
 * but pdfmake drops the text of an unbreakable row taller than a page, so rows are kept whole
 * only when a generous estimate says every one fits in less than half a page.
 */
import { MARGIN_MM, mmToPt, PAGE_MM } from './layout.ts';
import type { Inline, TableColumn } from './model.ts';
import { plainText } from './text.ts';

/** Average advance of a Times character, in ems; Vietnamese text measures about 0.45. */
const AVERAGE_CHAR_EM = 0.5;
const LINE_EM = 1.2;

export function rowsFitOnPage(
  columns: TableColumn[],
  rows: Inline[][],
  widthMm: number,
  fontSize: number,
  orientation: 'portrait' | 'landscape',
): boolean {
  const pageHeightMm =
    (orientation === 'portrait' ? PAGE_MM.height : PAGE_MM.width) - MARGIN_MM.top - MARGIN_MM.bottom;
  const limitPt = mmToPt(pageHeightMm) / 2;
  const sum = columns.reduce((a, c) => a + c.width, 0);
  const charsPerLine = columns.map((c) =>
    Math.max(1, Math.floor(mmToPt((c.width / sum) * widthMm) / (fontSize * AVERAGE_CHAR_EM))),
  );
  return rows.every((row) =>
    row.every((cell, i) => {
      const lines = plainText(cell)
        .split('\n')
        .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / (charsPerLine[i] ?? 1))), 0);
      return lines * fontSize * LINE_EM < limitPt;
    }),
  );
}
