/**
 * pdfmake on the server (0.3 Node API): one shared instance, configured right before each
 * render, because pdfmake keeps fonts and access policies as global state and another module
 * could have changed them. createPdf reads them synchronously, so no other render can interleave.
 */
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONTS_DIR, SERIF_FILES } from './fonts.ts';

/** The name documents use for the bundled Times-compatible serif. */
export const PDF_FONT = 'Times';
export const PDF_MIME = 'application/pdf';

export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  pdfmake.setFonts({ [PDF_FONT]: { ...SERIF_FILES } });
  // Documents read only the bundled fonts from disk and never fetch anything: a name or an
  // image path typed by an officer must not reach the file system or the network.
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONTS_DIR));
  pdfmake.setUrlAccessPolicy(() => false);
  return pdfmake.createPdf(definition).getBuffer();
}
