import { keyedHash } from '../accounts/secrets.ts';

/** The token on a dossier's rating link: only the slip holder has it. */
export function ratingToken(secret: string, code: string): string {
  return keyedHash(secret, `rate|${code}`);
}
