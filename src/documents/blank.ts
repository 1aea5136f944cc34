/**
 * A gap left for a clerk to write in by hand (a number or a date still to come). Non-breaking
 * spaces, so the gap neither collapses nor lets the line break inside it, in Word or in the PDF.
 */
export function blank(width: number): string {
  return '\u00A0'.repeat(width);
}

/** The width of a missing day or month ("ngày      tháng"). */
export const DATE_BLANK = 6;

/** The width of a missing document number ("Số:      /UBND-NV"). */
export const NUMBER_BLANK = 6;
