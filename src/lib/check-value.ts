import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A short check value printed beside a guessable code (a dossier's P09-20260302-0007, a feedback
 * item's PA-20260302-0007): an HMAC of the code with the installation's secret and a purpose
 * (so a dossier's value never opens a feedback item of the same code), 6 characters of an
 * alphabet without look-alikes (no 0/O, 1/I), 30 bits. Only the holder of the receipt or of the
 * thank-you screen has it; the lookups that take it are rate-limited per address.
 */
export const CHECK_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CHECK_LENGTH = 6;

export function checkValue(secret: string, purpose: string, code: string): string {
  const digest = createHmac('sha256', secret).update(`${purpose}|${code.trim().toUpperCase()}`).digest();
  let out = '';
  for (let i = 0; i < CHECK_LENGTH; i++) out += CHECK_ALPHABET[digest[i]! & 31];
  return out;
}

/** What a person typed, as the value is printed: capitals, without spaces or dashes. */
export function normaliseCheck(value: string): string {
  return value.toUpperCase().replace(/[\s-]/g, '');
}

/** Whether `given` is the check value of `code` for `purpose` (in constant time). */
export function checkValueMatches(secret: string, purpose: string, code: string, given: string): boolean {
  const expected = Buffer.from(checkValue(secret, purpose, code));
  const actual = Buffer.from(normaliseCheck(given));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
