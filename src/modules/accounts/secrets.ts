import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A random token for a cookie, a CSRF check or an API key. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Stored form of a bearer secret: tokens have 256 bits of entropy, so a plain SHA-256 suffices. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A keyed hash for values that must never be stored raw (a client address). */
export function keyedHash(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('hex').slice(0, 32);
}
