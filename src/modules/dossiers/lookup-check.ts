import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The check value printed beside a dossier's code on its receipt and carried in its QR link.
 * Dossier codes are sequential (P09-20260302-0007) and so can be guessed; the public lookup
 * shows a dossier's details only with the code and this value, which only the receipt holder
 * has: an HMAC of the code with the installation's secret, 6 characters of an alphabet without
 * look-alikes (no 0/O, 1/I), 30 bits.
 */
export const CHECK_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CHECK_LENGTH = 6;

export function lookupCheck(secret: string, code: string): string {
  const digest = createHmac('sha256', secret).update(`lookup|${code.trim().toUpperCase()}`).digest();
  let out = '';
  for (let i = 0; i < CHECK_LENGTH; i++) out += CHECK_ALPHABET[digest[i]! & 31];
  return out;
}

/** What a person typed, as the value is printed: capitals, without spaces or dashes. */
export function normaliseCheck(value: string): string {
  return value.toUpperCase().replace(/[\s-]/g, '');
}

/** Whether `given` is the check value of `code` (in constant time). */
export function checkMatches(secret: string, code: string, given: string): boolean {
  const expected = Buffer.from(lookupCheck(secret, code));
  const actual = Buffer.from(normaliseCheck(given));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
