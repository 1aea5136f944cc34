/**
 * The page geometry and type sizes of NĐ 30/2020/NĐ-CP, Phụ lục I, where the decree gives a range
 * and this product picks one value. Both builders (DOCX, PDF) read only from here, so the two
 * formats cannot drift apart.
 */

/** A4, portrait, in millimetres. */
export const PAGE_MM = { width: 210, height: 297 } as const;

/** NĐ 30: top/bottom 20–25, left 30–35, right 15–20 mm. The smallest of each leaves the most room. */
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** Where the page number sits: centred in the top margin, this far from the paper's edge. */
export const PAGE_NUMBER_FROM_TOP_MM = 10;

/** Type sizes in points (decree range in the comment). */
export const SIZE = {
  /** Body text, "Kính gửi", date line, signature, title (13–14). */
  body: 14,
  /** Parent agency (12–13). */
  parentAgency: 12,
  /** Issuing agency (12–13); bold. */
  agency: 12,
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (12–13); at 13 pt bold it is 95 mm wide and barely fits. */
  nationalName: 12,
  /** "Độc lập - Tự do - Hạnh phúc" (13–14); bold, ruled under. */
  motto: 13,
  /** "Số: …/…" (13). */
  number: 13,
  /** "V/v …" under the number of a letter (12–13). */
  letterSubject: 12,
  /** "Nơi nhận:" (12, bold italic). */
  distributionLabel: 12,
  /** The lines under "Nơi nhận:" (11). */
  distribution: 11,
  /** Page number (13–14). */
  pageNumber: 14,
  /** Tables in the body and annexes: smaller than the body so six columns fit; the decree sets no size. */
  table: 12,
} as const;

/** NĐ 30: first-line indent 1–1.27 cm. */
export const FIRST_LINE_INDENT_MM = 12.7;

/** NĐ 30: at least 6 pt between paragraphs. */
export const PARAGRAPH_SPACING_PT = 6;

/** NĐ 30: line spacing from single to 1.5 lines; single keeps a letter on one or two pages. */
export const LINE_SPACING = 1;

/** The two-column header splits the text width 40 / 60: the right column holds the 88 mm national name. */
export const HEADER_LEFT_SHARE = 0.4;

/** "Kính gửi:" ends at this share of the text width; the dashed recipient lines start there. */
export const RECIPIENT_LABEL_SHARE = 0.3;

/** The gap between "Kính gửi:" and the dashes of the list. */
export const RECIPIENT_GAP_MM = 2;

/** The short solid rule under the issuing agency and under a title's subject (1/3–1/2 of the line). */
export const SHORT_RULE_MM = 25;

/** Blank lines left between the signer's title and name for the signature and the seal. */
export const SIGNATURE_GAP_LINES = 4;

/** The body and signature columns of the closing table: "Nơi nhận" left, signature right. */
export const CLOSING_LEFT_SHARE = 0.45;

export const MM_PER_INCH = 25.4;

/** Millimetres → points (1/72 inch), the unit of PDF. */
export function mmToPt(mm: number): number {
  return (mm / MM_PER_INCH) * 72;
}

/** Millimetres → twips (1/1440 inch), the unit of DOCX page geometry. */
export function mmToTwip(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * 1440);
}

/** The text width between the margins, for a page of the given orientation. */
export function textWidthMm(orientation: 'portrait' | 'landscape' = 'portrait'): number {
  const paperWidth = orientation === 'portrait' ? PAGE_MM.width : PAGE_MM.height;
  return paperWidth - MARGIN_MM.left - MARGIN_MM.right;
}
