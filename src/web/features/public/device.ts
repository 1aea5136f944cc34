/**
 * A random identifier of this browser, kept in localStorage ('hl-device'), so the server can
 * refuse a second response from the same device to the same unit on the same day. It is not
 * personal data: random, never joined to a name, and stored by the server only as a keyed hash.
 */
const KEY = 'hl-device';

function randomUuid(): string {
  // randomUUID needs a secure context (https or localhost); getRandomValues does not.
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function deviceToken(): string {
  try {
    const stored = localStorage.getItem(KEY);
    if (stored) return stored;
    const created = randomUuid();
    localStorage.setItem(KEY, created);
    return created;
  } catch {
    // Private mode without storage: a token for this page only.
    return randomUuid();
  }
}
