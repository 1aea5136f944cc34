/**
 * The editable text of a generated document (pure). A draft is two things kept apart:
 * - the *text* an officer may change: heading fields, subject, recipients, signer, "Nơi nhận", and
 *   paragraphs grouped in named slots ("basis", "criterion.C2", "closing" …);
 * - the *figures*, written by the generator from the published snapshot (or the plan's tasks)
 *   between those slots. They are not in the text, so no edit can change them: the document always
 *   says what the data says.
 *
 * Slot lines are plain strings, with three light conventions:
 *   "# 1. Phòng Tổ chức - Hành chính" → a bold heading,
 *   "- Đối với …"                     → a dashed item,
 *   "Điều 2. …"                       → a paragraph whose "Điều 2." is bold.
 */
import type { Annex, Block, Inline, OfficialDocument, Signature } from '../../documents/index.ts';
import { unknownSlots } from './plans.errors.ts';

export interface DocumentText {
  parentAgency: string;
  issuingAgency: string;
  place: string;
  /** After the number: "UBND-VP", "QĐ-UBND". */
  symbol: string;
  /** The letter's "V/v …" (without "V/v") or the decision's subject line. */
  subject: string;
  /** "Kính gửi:" (letters only). */
  recipients: string[];
  signature: Signature;
  /** "Nơi nhận:" lines before "Lưu: …". */
  distribution: string[];
  /** After "Lưu:": "VT, VP". */
  archive: string;
  /** Paragraphs by slot; a slot left out keeps its generated text, an empty list removes it. */
  paragraphs: Record<string, string[]>;
}

/** The fields an officer sends back; everything is optional. */
export type TextEdits = Partial<Omit<DocumentText, 'paragraphs' | 'signature'>> & {
  signature?: Partial<Signature>;
  paragraphs?: Record<string, string[]>;
};

/** Applies the officer's edits to the generated text; an unknown slot is refused by name. */
export function applyEdits(defaults: DocumentText, edits: TextEdits | undefined): DocumentText {
  if (!edits) return defaults;
  const unknown = Object.keys(edits.paragraphs ?? {}).filter((k) => !(k in defaults.paragraphs));
  if (unknown.length > 0) {
    throw unknownSlots(unknown, Object.keys(defaults.paragraphs));
  }
  const { paragraphs, signature, ...fields } = edits;
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return {
    ...defaults,
    ...defined,
    signature: { ...defaults.signature, ...(signature ?? {}) },
    paragraphs: { ...defaults.paragraphs, ...(paragraphs ?? {}) },
  };
}

const ARTICLE = /^(Điều \d+\.)\s*(.*)$/su;

/** One slot line as a block, by the conventions above. */
export function lineBlock(line: string, options: { italic?: boolean } = {}): Block | null {
  const text = line.normalize('NFC').trim();
  if (text === '') return null;
  if (text.startsWith('# ')) return { type: 'heading', text: text.slice(2).trim() };
  if (text.startsWith('- ')) return { type: 'item', text: text.slice(2).trim(), italic: options.italic };
  const article = ARTICLE.exec(text);
  if (article) {
    const inline: Inline = [{ text: article[1]!, bold: true }, ` ${article[2]}`];
    return { type: 'paragraph', text: inline };
  }
  return { type: 'paragraph', text, ...(options.italic ? { italic: true } : {}) };
}

/** A slot's lines as blocks. */
export function slotBlocks(text: DocumentText, slot: string, options: { italic?: boolean } = {}): Block[] {
  return (text.paragraphs[slot] ?? [])
    .map((l) => lineBlock(l, options))
    .filter((b): b is Block => b !== null);
}

/** A generated (locked) paragraph. */
export function fixed(
  text: Inline,
  extra: Partial<Omit<Extract<Block, { type: 'paragraph' }>, 'type' | 'text'>> = {},
): Block {
  return { type: 'paragraph', text, ...extra };
}

/** "2026-03-02" → "02/3/2026" as references print a date (seed 003: "23/3/2023"). */
export function referenceDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${String(d).padStart(2, '0')}/${m! <= 2 ? String(m).padStart(2, '0') : m}/${y}`;
}

/** A decision (quyết định) from its edited text, its body and annexes; numbered once issued. */
export function decisionDocument(
  text: DocumentText,
  issued: { number: number; date: string } | undefined,
  date: string,
  body: Block[],
  annexes: Annex[],
): OfficialDocument {
  return {
    kind: 'quyet-dinh',
    parentAgency: text.parentAgency,
    issuingAgency: text.issuingAgency,
    ...(issued ? { number: issued.number } : {}),
    symbol: text.symbol,
    place: text.place,
    date,
    subject: text.subject,
    body,
    signature: text.signature,
    distribution: text.distribution,
    archive: text.archive,
    annexes,
  };
}
