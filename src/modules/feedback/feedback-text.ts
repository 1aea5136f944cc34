import { foldVietnamese } from '../../lib/text.ts';

/**
 * Text rules of feedback (pure): personal data removed before anything is published, the
 * trigram similarity used to offer duplicates, and the photo formats accepted.
 */

/**
 * A Vietnamese phone number: 0 or +84/84 (also "(+84)", "(0)") then 9–10 digits, single spaces,
 * dots or dashes allowed. It is matched on a folded copy of the text (see `foldForMasking`).
 */
const PHONE = /(?<![\d+(])(?:\(\s?(?:\+?84|0)\s?\)|\+84|84|0)(?:[\s.-]?\d){8,10}(?!\d)/g;
/** A citizen identity number (CCCD, 12 digits). */
const ID_NUMBER = /(?<!\d)\d{12}(?!\d)/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

export const MASK = '***';

/**
 * Remove personal data from text that will be shown to the public: phone numbers, e-mail
 * addresses, identity numbers, and the reporter's own name when it appears verbatim.
 */
export function maskPersonalData(text: string, reporterName?: string | null): string {
  // Find on a folded copy (full-width ０９１２, ＋８４, other digit forms read as ASCII), cut in the original.
  const { folded, origin } = foldForMasking(text);
  const ranges: [number, number][] = [];
  let masked = folded;
  for (const pattern of [EMAIL, ID_NUMBER, PHONE]) {
    masked = masked.replace(pattern, (match, ...rest) => {
      const at = rest.find((r) => typeof r === 'number') as number;
      ranges.push([at, at + match.length]);
      return '\u0001'.repeat(match.length); // keep offsets; never matches a later pattern
    });
  }
  let out = text;
  for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, origin[start]!) + MASK + out.slice(origin[end]!);
  }
  const name = reporterName?.trim();
  if (name && name.length >= 3) out = out.split(name).join(MASK);
  return out;
}

/**
 * The text with every character that NFKC reads as an ASCII digit, "+", parenthesis, dot, dash or
 * space replaced by it (full-width ０-９ and ＋, mathematical digits, no-break and ideographic
 * spaces), and for each folded position its offset in the original (one extra for the end).
 */
function foldForMasking(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const ch of text) {
    const n = ch.normalize('NFKC');
    const out = n.length === 1 && /[0-9+().\-\s]/.test(n) ? n : /\s/.test(ch) ? ' ' : ch;
    for (let i = 0; i < out.length; i++) origin.push(at);
    folded += out;
    at += ch.length;
  }
  origin.push(at);
  return { folded, origin };
}

/** The stored search key of a description (see lib/text.ts). */
export function searchKey(description: string): string {
  return foldVietnamese(description);
}

export type PhotoMime = 'image/jpeg' | 'image/png' | 'image/webp';

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_MAX_COUNT = 3;

/** The image type by its first bytes (never by the name or the declared type), or null. */
export function sniffImage(bytes: Uint8Array): PhotoMime | null {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (
    b.length >= 8 &&
    b[0] === 0x89 &&
    b[1] === 0x50 &&
    b[2] === 0x4e &&
    b[3] === 0x47 &&
    b[4] === 0x0d &&
    b[5] === 0x0a &&
    b[6] === 0x1a &&
    b[7] === 0x0a
  )
    return 'image/png';
  if (
    b.length >= 12 &&
    String.fromCharCode(b[0]!, b[1]!, b[2]!, b[3]!) === 'RIFF' &&
    String.fromCharCode(b[8]!, b[9]!, b[10]!, b[11]!) === 'WEBP'
  )
    return 'image/webp';
  return null;
}

/** Whether `name` (a unit's name) is mentioned in `text`, both folded, as whole words. */
export function mentions(text: string, name: string): boolean {
  const folded = foldVietnamese(text);
  const needle = foldVietnamese(name);
  if (needle.length < 4) return false;
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(folded);
}

/** "UBND xã An" → "xã An": the part of a unit's name that an address mentions. */
export function placeName(unitName: string): string {
  return unitName
    .replace(/^\s*(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/iu, '')
    .replace(/^\s*(bộ phận một cửa|trung tâm phục vụ hành chính công)\s+/iu, '')
    .trim();
}
