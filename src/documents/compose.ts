/**
 * Turns the editable model into the exact lines NĐ 30/2020 prints, once, so that the DOCX and
 * PDF builders only place them: both formats then say the same words in the same order.
 */
import { dateLine } from './date-line.ts';
import type { Annex, Block, DocumentKind, OfficialDocument, Signature } from './model.ts';
import { numberLine } from './number-line.ts';
import { signatureTitleLines } from './signature.ts';
import { agencyLines, caps, dashedList, distributionLines, nfc, singleRecipient } from './text.ts';

/** Quốc hiệu and Tiêu ngữ (ô số 1), word for word as the decree prints them. */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const KIND_TITLES: Record<Exclude<DocumentKind, 'cong-van'>, string> = {
  'quyet-dinh': 'QUYẾT ĐỊNH',
  'ke-hoach': 'KẾ HOẠCH',
  'bao-cao': 'BÁO CÁO',
  'thong-bao': 'THÔNG BÁO',
  'to-trinh': 'TỜ TRÌNH',
};

/** The two-column header: agency left, national name right. */
export interface ComposedHeader {
  parentAgency: string[];
  agency: string[];
  /** "Số: …/…" and the date line: absent on an attached plan, which shares the decision's. */
  numberLine?: string;
  dateLine?: string;
  /** A letter's "V/v …", under the number. */
  letterSubject?: string;
}

export interface ComposedSignature {
  titleLines: string[];
  name: string;
}

export interface ComposedAnnex {
  header?: ComposedHeader;
  title: string;
  subtitle?: string;
  note?: string;
  orientation: 'portrait' | 'landscape';
  body: Block[];
  signature?: ComposedSignature;
}

export interface ComposedDocument {
  header: ComposedHeader;
  /** Title word and subject of every kind but a letter. */
  title?: { word: string; subject: string };
  /** "Kính gửi:": one recipient on the same line, or several as dashed lines. */
  recipients?: { single: string } | { lines: string[] };
  body: Block[];
  distribution: string[];
  signature: ComposedSignature;
  annexes: ComposedAnnex[];
}

function composeSignature(signature: Signature): ComposedSignature {
  return { titleLines: signatureTitleLines(signature), name: nfc(signature.name.trim()) };
}

function composeRecipients(recipients: string[] | undefined): ComposedDocument['recipients'] {
  const kept = (recipients ?? []).filter((r) => r.trim() !== '');
  if (kept.length === 0) return undefined;
  if (kept.length === 1) return { single: singleRecipient(kept[0]!) };
  return { lines: dashedList(kept) };
}

function letterSubject(subject: string): string {
  const text = nfc(subject.trim());
  return /^V\/v\b/i.test(text) ? text.replace(/^v\/v/i, 'V/v') : `V/v ${text}`;
}

export function composeDocument(doc: OfficialDocument): ComposedDocument {
  const isLetter = doc.kind === 'cong-van';
  const agencies = { parentAgency: agencyLines(doc.parentAgency), agency: agencyLines(doc.issuingAgency) };
  const header: ComposedHeader = {
    ...agencies,
    numberLine: numberLine(doc.number, doc.symbol),
    dateLine: nfc(dateLine(doc.place, doc.date)),
  };
  if (isLetter) header.letterSubject = letterSubject(doc.subject);

  const composed: ComposedDocument = {
    header,
    body: doc.body,
    distribution: distributionLines(doc.distribution, doc.archive),
    signature: composeSignature(doc.signature),
    annexes: (doc.annexes ?? []).map((annex) => composeAnnex(annex, agencies)),
  };
  if (doc.kind !== 'cong-van') {
    composed.title = { word: caps(doc.title ?? KIND_TITLES[doc.kind]), subject: nfc(doc.subject.trim()) };
  }
  const recipients = composeRecipients(doc.recipients);
  if (recipients) composed.recipients = recipients;
  return composed;
}

function composeAnnex(
  annex: Annex,
  agencies: Pick<ComposedHeader, 'parentAgency' | 'agency'>,
): ComposedAnnex {
  const composed: ComposedAnnex = {
    title: caps(annex.title),
    orientation: annex.orientation ?? 'portrait',
    body: annex.body,
  };
  if (annex.withHeader) composed.header = { ...agencies };
  if (annex.subtitle) composed.subtitle = nfc(annex.subtitle.trim());
  if (annex.note) composed.note = nfc(annex.note.trim());
  if (annex.signature) composed.signature = composeSignature(annex.signature);
  return composed;
}
