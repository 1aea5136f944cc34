import { timingSafeEqual } from 'node:crypto';
import { checkValue, checkValueMatches } from '../../lib/check-value.ts';

/**
 * Following a report by its code (issue #12): feedback codes are sequential (PA-20260302-0007),
 * so the code alone only tells that a report exists. The second factor is either the check value
 * shown with the code on the thank-you screen (every report, the anonymous ones too), or the
 * phone number or e-mail address the reporter gave with it (only kept with consent). Pure: no I/O.
 */
const PURPOSE = 'feedback-lookup';

/** The 6-character check value of a feedback code (shown once at submission, and to officers). */
export function feedbackCheck(secret: string, code: string): string {
  return checkValue(secret, PURPOSE, code);
}

/** A Vietnamese phone number as digits with the leading 0: "+84 905 123 456" → "0905123456". */
export function normalisePhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.startsWith('84') && digits.length >= 10 ? `0${digits.slice(2)}` : digits;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export type Factor = 'check' | 'phone' | 'email';

/**
 * Which factor `given` proves for the report `code`, or null. An e-mail is compared without case,
 * a phone by its digits (+84 or 0, spaces and dots ignored), a check value as printed. Empty
 * contact fields never match.
 */
export function matchFactor(
  secret: string,
  item: { code: string; reporterPhone: string | null; reporterEmail: string | null },
  given: string,
): Factor | null {
  const value = given.trim();
  if (!value) return null;
  if (value.includes('@')) {
    const email = item.reporterEmail?.trim().toLowerCase();
    return email && sameText(email, value.toLowerCase()) ? 'email' : null;
  }
  const digits = normalisePhone(value);
  if (digits.length >= 9 && /^[\d\s+().-]+$/.test(value)) {
    const phone = item.reporterPhone ? normalisePhone(item.reporterPhone) : '';
    return phone && sameText(phone, digits) ? 'phone' : null;
  }
  return checkValueMatches(secret, PURPOSE, item.code, value) ? 'check' : null;
}
