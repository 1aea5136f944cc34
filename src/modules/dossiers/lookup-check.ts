import { checkValue, checkValueMatches } from '../../lib/check-value.ts';

/**
 * The check value printed beside a dossier's code on its receipt and carried in its QR link.
 * Dossier codes are sequential (P09-20260302-0007) and so can be guessed; the public lookup
 * shows a dossier's details only with the code and this value, which only the receipt holder
 * has (`lib/check-value.ts`: 6 characters, 30 bits; feedback uses the same with its own purpose).
 */
export { CHECK_ALPHABET, CHECK_LENGTH, normaliseCheck } from '../../lib/check-value.ts';

const PURPOSE = 'lookup';

export function lookupCheck(secret: string, code: string): string {
  return checkValue(secret, PURPOSE, code);
}

/** Whether `given` is the check value of `code` (in constant time). */
export function checkMatches(secret: string, code: string, given: string): boolean {
  return checkValueMatches(secret, PURPOSE, code, given);
}
