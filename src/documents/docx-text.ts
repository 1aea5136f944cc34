/**
 * Paragraph and run helpers for the DOCX builder. Sizes are in points here and converted to the
 * half-points Word stores, so the rest of the builder reads like layout.ts.
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';
import { FIRST_LINE_INDENT_MM, LINE_SPACING, mmToTwip, PARAGRAPH_SPACING_PT, SIZE } from './layout.ts';
import type { Inline } from './model.ts';
import { type LineOptions, type RunStyle, toRuns } from './text.ts';

const ALIGN = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

/** Word stores sizes in half-points. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/**
 * Line spacing as a multiple of the font's own line (Word's "auto" rule counts in 240ths).
 * The rule is written out: LibreOffice reads a bare w:line as an exact height and overlaps lines.
 */
export const LINE = { line: Math.round(240 * LINE_SPACING), lineRule: LineRuleType.AUTO } as const;

/** Word stores spacing in twentieths of a point. */
function twentieths(pt: number): number {
  return Math.round(pt * 20);
}

/** Runs of a paragraph; a "\n" in the text becomes a line break inside the paragraph. */
export function docxRuns(inline: Inline, style: RunStyle = {}): TextRun[] {
  return toRuns(inline).flatMap((run) =>
    run.text.split('\n').map(
      (piece, i) =>
        new TextRun({
          text: piece,
          ...(i > 0 ? { break: 1 } : {}),
          size: halfPoints(style.size ?? SIZE.body),
          bold: run.bold ?? style.bold ?? false,
          italics: run.italic ?? style.italic ?? false,
          ...((run.underline ?? style.underline) ? { underline: {} } : {}),
        }),
    ),
  );
}

export function docxParagraph(inline: Inline, options: LineOptions = {}): Paragraph {
  const align = options.align ?? 'justify';
  return new Paragraph({
    alignment: ALIGN[align],
    spacing: {
      ...LINE,
      before: twentieths(options.before ?? PARAGRAPH_SPACING_PT),
      after: twentieths(options.after ?? 0),
    },
    ...(options.indent || options.rightMm
      ? {
          indent: {
            ...(options.indent ? { firstLine: mmToTwip(FIRST_LINE_INDENT_MM) } : {}),
            ...(options.rightMm ? { right: mmToTwip(options.rightMm) } : {}),
          },
        }
      : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    children: docxRuns(inline, options),
  });
}

/** A centred header line: no space before, no indent. */
export function docxLine(text: string, style: RunStyle & { keepNext?: boolean } = {}): Paragraph {
  return docxParagraph(text, { ...style, align: 'center', before: 0 });
}

/**
 * A short solid rule centred in a box of `boxMm`: an empty, tiny paragraph whose top border is
 * narrowed by indents. Word has no free-standing line that flows with text; this keeps the rule
 * in the header cell, where a drawn shape would float loose.
 */
export function docxRule(ruleMm: number, boxMm: number): Paragraph {
  const side = mmToTwip(Math.max(0, (boxMm - ruleMm) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    // The border is drawn inside the space before: 4 pt keeps it clear of the descenders above.
    spacing: { before: 80, after: 0 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    // The paragraph mark sets an empty paragraph's height: 2 pt keeps the rule close to the text.
    run: { size: 4 },
    children: [],
  });
}
