/**
 * The bundled Liberation Serif (SIL OFL 1.1, see assets/fonts/OFL.txt): metric-compatible with
 * Times New Roman, which NĐ 30/2020 names, and complete for Vietnamese. It ships with the project
 * because a fresh server has no system fonts, and pdfmake needs whole TTF files (not web-font
 * subsets split by Unicode range).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FONTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'fonts');

export const SERIF_FILES = {
  normal: join(FONTS_DIR, 'LiberationSerif-Regular.ttf'),
  bold: join(FONTS_DIR, 'LiberationSerif-Bold.ttf'),
  italics: join(FONTS_DIR, 'LiberationSerif-Italic.ttf'),
  bolditalics: join(FONTS_DIR, 'LiberationSerif-BoldItalic.ttf'),
} as const;

/** The family name inside the TTFs, for renderers that look fonts up by name (resvg). */
export const SERIF_FAMILY = 'Liberation Serif';
