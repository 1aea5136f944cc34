/**
 * An official document (văn bản hành chính) as plain data, laid out by NĐ 30/2020/NĐ-CP.
 * It is JSON-serialisable on purpose: a module drafts one, an officer edits its text in the web
 * form, and only then is it rendered to DOCX or PDF and issued. No class, no Buffer, no Date.
 */

/** A piece of inline text with emphasis. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** Inline text: a plain string, or runs with emphasis ("**Điều 1.** Ban hành …" is two runs). */
export type Inline = string | (string | TextRun)[];

export type Alignment = 'justify' | 'center' | 'left' | 'right';

export type Orientation = 'portrait' | 'landscape';

/** A body paragraph: justified with a first-line indent unless told otherwise. */
export interface ParagraphBlock {
  type: 'paragraph';
  text: Inline;
  align?: Alignment;
  /** First-line indent; default true for justified text, false otherwise. */
  indent?: boolean;
  bold?: boolean;
  italic?: boolean;
}

/**
 * A heading inside the body: "I. MỤC ĐÍCH", "1. Phòng Tổ chức - Hành chính", "a) …".
 * Written as the officer types it (the number is part of the text); bold, indented like the body.
 */
export interface HeadingBlock {
  type: 'heading';
  text: Inline;
  italic?: boolean;
}

/** A "- " item, as Vietnamese letters write lists: the dash is added, indented like a paragraph. */
export interface ItemBlock {
  type: 'item';
  text: Inline;
  bold?: boolean;
  italic?: boolean;
}

export interface TableColumn {
  title: string;
  /** Relative width: the columns share the text width in proportion to these. */
  width: number;
  align?: Alignment;
}

/** A ruled table with a header row that repeats on every page it runs over. */
export interface TableBlock {
  type: 'table';
  columns: TableColumn[];
  rows: Inline[][];
  /** Type size in points; default 12. */
  fontSize?: number;
}

/** A picture (a chart, a QR code): PNG bytes as base64, so the document stays JSON. */
export interface ImageBlock {
  type: 'image';
  pngBase64: string;
  widthMm: number;
  heightMm: number;
  caption?: string;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

export type Block = ParagraphBlock | HeadingBlock | ItemBlock | TableBlock | ImageBlock | PageBreakBlock;

/**
 * Who signs, as NĐ 30 writes it above the signature:
 * - the chair for the committee: { authority: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH" }
 * - a deputy: { authority: "TM. ỦY BAN NHÂN DÂN", deputyOf: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH" }
 * - a head in his own name: { title: "GIÁM ĐỐC" }
 */
export interface Signature {
  /** "TM. ỦY BAN NHÂN DÂN" (thay mặt: signing for a collective body). */
  authority?: string;
  /** "KT. CHỦ TỊCH" (ký thay: a deputy signing for the head). */
  deputyOf?: string;
  /** The signer's own position: "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC". */
  title: string;
  /** Full name, as written: "Văn Duy Vinh". */
  name: string;
}

/** Văn bản kinds this product issues; each has its title word except the letter (công văn). */
export type DocumentKind = 'cong-van' | 'quyet-dinh' | 'ke-hoach' | 'bao-cao' | 'thong-bao' | 'to-trinh';

/**
 * A part issued with the document on new pages: a plan attached to a decision, or a "PHỤ LỤC"
 * table. A wide table may take landscape pages.
 */
export interface Annex {
  /** "KẾ HOẠCH", "PHỤ LỤC"; caps bold, centred. */
  title: string;
  /** The subject under the title, bold: "NHIỆM VỤ CỤ THỂ, SẢN PHẨM, …". */
  subtitle?: string;
  /** The italic line that ties it to the document: "(Kèm theo Quyết định số …/QĐ-SYT ngày …)". */
  note?: string;
  orientation?: Orientation;
  /** Repeat the agency and national header on its first page (an attached plan has it; a table annex need not). */
  withHeader?: boolean;
  body: Block[];
  /** An attached plan is signed again; a table annex usually is not. */
  signature?: Signature;
}

export interface OfficialDocument {
  kind: DocumentKind;
  /** "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ NHA TRANG" or "UBND THÀNH PHỐ NHA TRANG"; "\n" breaks the line. */
  parentAgency?: string;
  /** "ỦY BAN NHÂN DÂN\nPHƯỜNG PHƯƠNG SÀI"; "\n" breaks the line. */
  issuingAgency: string;
  /** The register number, given when the document is issued; blank (undefined or "") before. */
  number?: number | string;
  /** The symbol after the slash: "UBND-NV", "QĐ-SYT". */
  symbol: string;
  /** Place name of the date line: "Nha Trang", "Phương Sài". */
  place: string;
  /**
   * The issue date, "YYYY-MM-DD"; "YYYY-MM" or "YYYY" leaves the day (and month) blank for the
   * clerk who numbers and dates it; undefined leaves all three blank.
   */
  date?: string;
  /** Trích yếu: the letter's "V/v" line, or the bold line under a decision's title. */
  subject: string;
  /** Overrides the kind's title word ("QUYẾT ĐỊNH"); not used for a letter. */
  title?: string;
  /** "Kính gửi:" recipients, without the leading dash or trailing ";". */
  recipients?: string[];
  body: Block[];
  signature: Signature;
  /** "Nơi nhận:" lines, without dash or punctuation ("Như trên", "Sở Nội vụ tỉnh KH (VBĐT)"). */
  distribution?: string[];
  /** What follows "Lưu:" on the last line: "VT, NV". Default "VT". */
  archive?: string;
  annexes?: Annex[];
}
