import { fileTypeFromBuffer } from 'file-type';

/**
 * What an evidence file is, found from its bytes (magic numbers, and for ZIP-based office files
 * the parts inside) by `file-type` — never from the name or the type the client declared. The
 * declared type must agree with what the bytes say, or the file is refused; the stored and served
 * type is the one the bytes gave.
 */
export const EVIDENCE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/heic',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'text/plain',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** Legacy Word and Excel files share one container (OLE compound file): the bytes cannot tell them apart. */
const COMPOUND_FILE = 'application/x-cfb';
const LEGACY_OFFICE: readonly string[] = ['application/msword', 'application/vnd.ms-excel'];

/** Names people understand for the types the bytes may show. */
const TYPE_NAMES: Record<string, string> = {
  'image/jpeg': 'ảnh JPEG',
  'image/png': 'ảnh PNG',
  'image/webp': 'ảnh WebP',
  'image/gif': 'ảnh GIF',
  'image/heic': 'ảnh HEIC',
  'image/heif': 'ảnh HEIF',
  'application/pdf': 'PDF',
  'application/msword': 'Word (.doc)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
  'application/vnd.ms-excel': 'Excel (.xls)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (.xlsx)',
  'application/vnd.oasis.opendocument.text': 'văn bản ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'bảng tính ODS',
  'text/plain': 'văn bản thuần',
  [COMPOUND_FILE]: 'tệp Office cũ (.doc/.xls)',
  'application/zip': 'tệp nén ZIP',
};

export function typeName(mime: string): string {
  return TYPE_NAMES[mime] ?? mime;
}

/** Plain text: valid UTF-8 with no control characters but tab, line feed, form feed and carriage return. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is checked
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/** The type the bytes show (file-type's MIME, `text/plain`, or null when nothing is recognised). */
export async function sniffType(bytes: Uint8Array): Promise<string | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (found) return found.mime === 'image/heif' ? 'image/heic' : found.mime;
  return isPlainText(bytes) ? 'text/plain' : null;
}

export type EvidenceCheck =
  | { ok: true; mime: EvidenceType }
  | { ok: false; sniffed: string | null; reason: 'unknown' | 'not_allowed' | 'mismatch' };

/**
 * Whether `bytes` are what `declared` says and an accepted evidence type. A legacy .doc/.xls
 * (one container for both) keeps the declared one of the two.
 */
export async function checkEvidence(bytes: Uint8Array, declared: string): Promise<EvidenceCheck> {
  const sniffed = await sniffType(bytes);
  if (!sniffed) return { ok: false, sniffed, reason: 'unknown' };
  if (sniffed === COMPOUND_FILE) {
    return LEGACY_OFFICE.includes(declared)
      ? { ok: true, mime: declared as EvidenceType }
      : { ok: false, sniffed, reason: 'mismatch' };
  }
  if (!(EVIDENCE_TYPES as readonly string[]).includes(sniffed))
    return { ok: false, sniffed, reason: 'not_allowed' };
  if (sniffed !== declared) return { ok: false, sniffed, reason: 'mismatch' };
  return { ok: true, mime: sniffed as EvidenceType };
}

/**
 * The type a stored file is served with: what its bytes show now (files stored before the check
 * was introduced carry the client's word), or a neutral download when the bytes show nothing accepted.
 */
export async function servedType(bytes: Uint8Array, stored: string | null): Promise<string> {
  const sniffed = await sniffType(bytes);
  if (sniffed === COMPOUND_FILE && stored && LEGACY_OFFICE.includes(stored)) return stored;
  if (sniffed && (EVIDENCE_TYPES as readonly string[]).includes(sniffed)) return sniffed;
  return 'application/octet-stream';
}
