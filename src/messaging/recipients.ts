import type { Channel } from './sender.ts';

/**
 * Recipient addresses, checked and normalised before a message is queued (pure, no I/O).
 * - e-mail: one address, plain syntax check (local@domain.tld), domain lower-cased.
 * - SMS and Zalo: a Vietnamese mobile number, written 0xxxxxxxxx, +84xxxxxxxxx or 84xxxxxxxxx
 *   (spaces, dots, dashes and brackets allowed), normalised to 84xxxxxxxxx, the form eSMS and ZNS
 *   document. Mobile ranges start with 3, 5, 7, 8 or 9 after the prefix (since the 2018
 *   renumbering); landlines (02…, 11 digits) cannot receive SMS or Zalo and are refused.
 */
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const MOBILE = /^(?:0|\+84|84)([35789]\d{8})$/;

export function normalizeEmail(raw: string): string | null {
  const value = raw.trim();
  if (value.length > 254 || !EMAIL.test(value)) return null;
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return null;
  return `${local}@${value.slice(at + 1).toLowerCase()}`;
}

/** "0912 345 678", "+84 912.345.678", "84912345678" → "84912345678"; anything else → null. */
export function normalizeVnMobile(raw: string): string | null {
  const compact = raw.trim().replace(/[\s.\-()]/g, '');
  const match = MOBILE.exec(compact);
  return match ? `84${match[1]}` : null;
}

export function normalizeRecipient(channel: Channel, raw: string): string | null {
  return channel === 'email' ? normalizeEmail(raw) : normalizeVnMobile(raw);
}
