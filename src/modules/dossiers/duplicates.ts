/**
 * Possible duplicates at reception (issue #12 item 12), pure: the same applicant received again for
 * the same procedure at the same unit within a few working days is probably the same request brought
 * twice (a second visit, an online and a counter copy). The desk is warned, never blocked: a family
 * may truly file twice, and the officer decides.
 *
 * The same applicant: the same name once folded (case, diacritics and spaces ignored: "Nguyễn Văn
 * An" = "nguyen van  an"); when both dossiers carry a phone number, the numbers must match too (+84
 * and 0 read alike). The desk stores no ID number, so a name and phone are what there is.
 *
 * The window: 5 working days of the unit's calendar (DUPLICATE_WINDOW_WORKING_DAYS) — a week of
 * office days, long enough for "came back on Monday", short enough that a yearly procedure filed
 * again next year is not flagged. A choice of the product, not a legal rule; see the README.
 */
import { foldVietnamese } from '../../lib/text.ts';

export const DUPLICATE_WINDOW_WORKING_DAYS = 5;

export interface Applicant {
  name: string;
  phone?: string | null;
}

/** "Nguyễn  Văn An" → "nguyen van an". */
export function foldName(name: string): string {
  return foldVietnamese(name);
}

/** "+84 905 123 456", "0905.123.456" → "0905123456"; empty when there are no digits. */
export function normalisePhone(phone: string | null | undefined): string {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.startsWith('84') && digits.length === 11 ? `0${digits.slice(2)}` : digits;
}

export function sameApplicant(a: Applicant, b: Applicant): boolean {
  if (foldName(a.name) === '' || foldName(a.name) !== foldName(b.name)) return false;
  const pa = normalisePhone(a.phone);
  const pb = normalisePhone(b.phone);
  return pa === '' || pb === '' || pa === pb;
}

/** Received on a working-day distance of at most the window from today (`daysAgo` from the calendar). */
export function withinWindow(daysAgo: number): boolean {
  return daysAgo >= 0 && daysAgo <= DUPLICATE_WINDOW_WORKING_DAYS;
}
