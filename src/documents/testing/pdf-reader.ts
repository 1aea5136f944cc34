/**
 * Test helper: extracts what a PDF reader shows, page by page, with pdfjs-dist (its legacy build
 * runs in Node without a DOM). Copy-paste and screen readers use this same text layer, so when
 * diacritics come out intact here, they are intact for people too.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { MARGIN_MM, mmToPt } from '../layout.ts';

export interface PdfPage {
  /** The text of the type area, one line per text line, in the order it was drawn. */
  text: string;
  lines: string[];
  /** What is printed in the top margin (the page number), apart from the body. */
  topMargin: string;
  /** Size in points. */
  width: number;
  height: number;
}

export async function readPdf(buffer: Uint8Array): Promise<PdfPage[]> {
  const task = getDocument({
    data: new Uint8Array(buffer),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      // Baselines above the type area belong to the top margin.
      const marginBaseline = y1 - mmToPt(MARGIN_MM.top) + 2;
      let text = '';
      let topMargin = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const piece = item.str + (item.hasEOL ? '\n' : '');
        if ((item.transform[5] ?? 0) > marginBaseline) topMargin += piece;
        else text += piece;
      }
      const lines = text
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line !== '');
      pages.push({
        text: lines.join('\n'),
        lines,
        topMargin: topMargin.trim(),
        width: x1 - x0,
        height: y1 - y0,
      });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
