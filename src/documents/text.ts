/**
 * Text clean-up and line options shared by the builders.
 */
import type { Alignment, Inline, TextRun } from './model.ts';

/** Emphasis and size (points) of a run, as docx-text.ts and pdf-text.ts place it. */
export interface RunStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** How docx-text.ts and pdf-text.ts place a line of text. */
export interface LineOptions extends RunStyle {
  align?: Alignment;
  /** First-line indent. */
  indent?: boolean;
  /** Space kept free at the right of the line, in millimetres. */
  rightMm?: number;
  /** Space before, in points; header lines sit tight (0), body paragraphs get 6 pt. */
  before?: number;
  after?: number;
  /** Keep with the next paragraph (DOCX only; the PDF builder ignores it). */
  keepNext?: boolean;
}

/**
 * Vietnamese typed with old input methods (or pasted from some PDFs) comes as a base letter plus
 * combining marks (NFD). The embedded font maps precomposed letters only, so "ệ" in NFD would
 * print as "e" with stray marks: compose everything to NFC before it reaches a builder.
 */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Inline text as a list of runs, composed to NFC. */
export function toRuns(inline: Inline): TextRun[] {
  const parts = typeof inline === 'string' ? [inline] : inline;
  return parts.map((part) =>
    typeof part === 'string' ? { text: nfc(part) } : { ...part, text: nfc(part.text) },
  );
}

/** The plain text of inline runs (for table cells measured or searched as text). */
export function plainText(inline: Inline): string {
  return toRuns(inline)
    .map((run) => run.text)
    .join('');
}

/** Drops what the builder adds itself: a leading dash and a trailing ";" or ".". */
function bare(line: string): string {
  return nfc(line)
    .trim()
    .replace(/^[-–]\s*/, '')
    .replace(/[;.,]+$/, '')
    .trim();
}

/**
 * "Kính gửi:" and "Nơi nhận:" lists as NĐ 30 writes them: each line "- …;", the last "- ….".
 * Input lines may or may not carry the dash and punctuation already.
 */
export function dashedList(lines: string[]): string[] {
  const items = lines.map(bare).filter((line) => line !== '');
  return items.map((item, i) => `- ${item}${i === items.length - 1 ? '.' : ';'}`);
}

/** The distribution list ending with the archive line "- Lưu: VT, NV.". */
export function distributionLines(distribution: string[] | undefined, archive: string | undefined): string[] {
  const kept = bare(archive ?? 'VT').replace(/^Lưu:\s*/i, '');
  return dashedList([...(distribution ?? []), `Lưu: ${kept || 'VT'}`]);
}

/** A single recipient goes on the "Kính gửi:" line itself, ending with a full stop. */
export function singleRecipient(recipient: string): string {
  return `${bare(recipient)}.`;
}

/** Capitals for headers, with Vietnamese case rules. */
export function caps(text: string): string {
  return nfc(text).toLocaleUpperCase('vi');
}

/** An agency name split at its explicit line breaks. */
export function agencyLines(text: string | undefined): string[] {
  if (!text) return [];
  return caps(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
