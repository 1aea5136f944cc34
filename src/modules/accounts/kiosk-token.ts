import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Kiosk binding tokens (pure): a browser at a counter keeps one in localStorage so that, whatever
 * address is opened in it, it goes back to its unit's kiosk. The token says which unit and mode,
 * when and by whom it was bound, and carries an HMAC made with the installation's secret: the
 * server accepts only tokens it signed itself, so nobody can point a kiosk elsewhere by editing it.
 * Format: `k1.<payload, base64url JSON>.<HMAC-SHA256, base64url>`.
 */

/** What a kiosk shows: today only the satisfaction survey of /quay/<unit>. */
export const KIOSK_MODES = ['survey'] as const;
export type KioskMode = (typeof KIOSK_MODES)[number];

export interface KioskBinding {
  unitCode: string;
  mode: KioskMode;
  /** ISO instant of the binding. */
  boundAt: string;
  /** Username of the officer who bound the device. */
  boundBy: string;
}

const PREFIX = 'k1';

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`kiosk-binding\n${payload}`).digest();
}

export function signKioskToken(secret: string, binding: KioskBinding): string {
  const payload = Buffer.from(
    JSON.stringify({ u: binding.unitCode, m: binding.mode, t: binding.boundAt, b: binding.boundBy }),
  ).toString('base64url');
  return `${PREFIX}.${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The binding a token carries, or null when it is malformed or not signed with this secret. */
export function readKioskToken(secret: string, token: string): KioskBinding | null {
  const [prefix, payload, signature, ...rest] = token.split('.');
  if (prefix !== PREFIX || !payload || !signature || rest.length > 0) return null;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const data: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!data || typeof data !== 'object') return null;
    const { u, m, t, b } = data as Record<string, unknown>;
    if (typeof u !== 'string' || typeof t !== 'string' || typeof b !== 'string') return null;
    if (!KIOSK_MODES.includes(m as KioskMode)) return null;
    return { unitCode: u, mode: m as KioskMode, boundAt: t, boundBy: b };
  } catch {
    return null;
  }
}
