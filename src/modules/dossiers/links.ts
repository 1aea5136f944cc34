import type { AppContext } from '../../lib/context.ts';
import { ratingToken } from './rating-token.ts';

/** The links citizens get on slips and in messages. */
export function publicBase(ctx: Pick<AppContext, 'publicUrl'>): string {
  return (ctx.publicUrl ?? 'http://localhost:3000').replace(/\/$/, '');
}

export function lookupUrl(base: string, code: string): string {
  return `${base.replace(/\/$/, '')}/tra-cuu/${encodeURIComponent(code)}`;
}

export function ratingUrl(base: string, secret: string, code: string): string {
  return `${base.replace(/\/$/, '')}/danh-gia/${encodeURIComponent(code)}?t=${ratingToken(secret, code)}`;
}
