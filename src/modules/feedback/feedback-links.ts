import type { AppContext } from '../../lib/context.ts';
import { keyedHash, randomToken } from '../accounts/secrets.ts';

/**
 * The reporter's tracking link: `/phan-anh/theo-doi/{code}?t={token}`. The token is random (128
 * bits) and handed out once, at reception; only a keyed hash of it is stored (tracking_hash), so
 * the database alone cannot rebuild a link. Whoever holds the link follows the item and rates the
 * answer.
 */
export function newTrackingToken(): string {
  return randomToken(16);
}

export function trackingHash(secret: string, code: string, token: string): string {
  return keyedHash(secret, `feedback-track|${code}|${token}`);
}

export function base(ctx: Pick<AppContext, 'publicUrl'>, requestOrigin?: string): string {
  return (ctx.publicUrl ?? requestOrigin ?? 'http://localhost:3000').replace(/\/$/, '');
}

export function trackingUrl(baseUrl: string, code: string, token?: string): string {
  const path = `${baseUrl}/phan-anh/theo-doi/${encodeURIComponent(code)}`;
  return token ? `${path}?t=${token}` : path;
}

/** The published answer on the public feedback page. */
export function publicItemUrl(baseUrl: string, code: string): string {
  return `${baseUrl}/phan-anh/${encodeURIComponent(code)}`;
}

/** A photo at a public address (Open311 media_url). */
export function photoUrl(baseUrl: string, code: string, id: number): string {
  return `${baseUrl}/api/v1/public/feedback/${encodeURIComponent(code)}/photos/${id}`;
}
