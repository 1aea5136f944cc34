/** Strict base64 (whitespace allowed, as mail clients and editors wrap it): the bytes, or null when it is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return null;
  return new Uint8Array(Buffer.from(clean, 'base64'));
}
