/**
 * Text and grid helpers for the PDF builder, mirroring docx-text.ts: the same options, placed
 * with pdfmake nodes.
 */
import type { Content, ContentTable, CustomTableLayout } from 'pdfmake/interfaces';
import { FIRST_LINE_INDENT_MM, mmToPt, PARAGRAPH_SPACING_PT, SIZE } from './layout.ts';
import type { Inline } from './model.ts';
import { type LineOptions, type RunStyle, toRuns } from './text.ts';

/** Words longer than this may still break inside (a URL), rather than run past the margin. */
const LONGEST_UNBROKEN_WORD = 30;

/**
 * Breaks a run's text into words that pdfmake may not split. pdfmake breaks lines wherever
 * Unicode allows (after "/" and "-" too) and, in justified text, spreads the spare width over
 * every such piece: "1081/QĐ-UBND" came out as "1081/ QĐ- UBND". Giving it whole words keeps the
 * breaks, and the stretch, at the spaces, as Word does.
 */
function words(text: string): { text: string; noWrap?: boolean }[] {
  return text
    .split(/(\n)/)
    .filter((piece) => piece !== '')
    .flatMap((piece) =>
      piece === '\n'
        ? [{ text: '\n' }]
        : piece
            .split(/(?<= )/)
            .map((word) =>
              word.length <= LONGEST_UNBROKEN_WORD ? { text: word, noWrap: true } : { text: word },
            ),
    );
}

export function pdfRuns(inline: Inline, style: RunStyle = {}) {
  return toRuns(inline).flatMap((run) => {
    const emphasis = {
      bold: run.bold ?? style.bold ?? false,
      italics: run.italic ?? style.italic ?? false,
      ...((run.underline ?? style.underline) ? { decoration: 'underline' as const } : {}),
    };
    return words(run.text).map((word) => ({ ...word, ...emphasis }));
  });
}

export function pdfParagraph(inline: Inline, options: LineOptions = {}): Content {
  return {
    text: pdfRuns(inline, options),
    fontSize: options.size ?? SIZE.body,
    alignment: options.align ?? 'justify',
    ...(options.indent ? { leadingIndent: mmToPt(FIRST_LINE_INDENT_MM) } : {}),
    margin: [0, options.before ?? PARAGRAPH_SPACING_PT, mmToPt(options.rightMm ?? 0), options.after ?? 0],
  };
}

/** A centred header line, tight to the one above. */
export function pdfLine(text: string, style: RunStyle = {}): Content {
  return pdfParagraph(text, { ...style, align: 'center', before: 0 });
}

/** A short solid rule centred in a box `boxMm` wide (NĐ 30's line under an agency or a title). */
export function pdfRule(ruleMm: number, boxMm: number, gapPt = 2): Content {
  const box = mmToPt(boxMm);
  const rule = mmToPt(ruleMm);
  return {
    canvas: [
      { type: 'line', x1: (box - rule) / 2, y1: gapPt, x2: (box + rule) / 2, y2: gapPt, lineWidth: 0.6 },
    ],
  };
}

/** No lines and no padding: column widths are then exactly the layout's millimetres. */
export const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

/** A borderless layout grid; `keepTogether` stops a row from breaking across pages. */
export function pdfGrid(columnsMm: number[], rows: Content[][][], keepTogether = false): ContentTable {
  return {
    table: {
      widths: columnsMm.map(mmToPt),
      body: rows.map((cells) => cells.map((stack) => ({ stack }))),
      dontBreakRows: keepTogether,
    },
    layout: GRID_LAYOUT,
  };
}
