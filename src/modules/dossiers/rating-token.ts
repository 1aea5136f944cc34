import { timingSafeEqual } from 'node:crypto';
import { keyedHash } from '../accounts/secrets.ts';

/** The token on a dossier's rating link: only the slip holder has it. */
export function ratingToken(secret: string, code: string): string {
  return keyedHash(secret, `rate|${code}`);
}

/** Whether `token` is the rating token of `code` (in constant time: no timing hint about its characters). */
export function ratingTokenMatches(secret: string, code: string, token: string): boolean {
  const expected = Buffer.from(ratingToken(secret, code));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
