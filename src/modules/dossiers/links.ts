import type { AppContext } from '../../lib/context.ts';
import { lookupCheck } from './lookup-check.ts';
import { ratingToken } from './rating-token.ts';

/** The links citizens get on slips and in messages. */
export function publicBase(ctx: Pick<AppContext, 'publicUrl'>): string {
  return (ctx.publicUrl ?? 'http://localhost:3000').replace(/\/$/, '');
}

/** The lookup page of one dossier, with the check value that lets it show the dossier (lookup-check.ts). */
export function lookupUrl(base: string, secret: string, code: string): string {
  return `${base.replace(/\/$/, '')}/tra-cuu/${encodeURIComponent(code)}?k=${lookupCheck(secret, code)}`;
}

export function ratingUrl(base: string, secret: string, code: string): string {
  return `${base.replace(/\/$/, '')}/danh-gia/${encodeURIComponent(code)}?t=${ratingToken(secret, code)}`;
}
