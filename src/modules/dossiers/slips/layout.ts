/**
 * The page every slip shares: A4 with NĐ 30/2020's margins and type, set in the bundled Liberation
 * Serif through the documents engine. One helper draws the top (agency, national motto, number,
 * place and date, title) and the dossier code with its QR; the forms only write their body.
 *
 * The slips are forms, not NĐ 30 letters (two signatures side by side, a QR beside the code, no
 * "Nơi nhận"), so they are laid out here with pdfmake rather than through buildPdf.
 */
import type { Content, CustomTableLayout, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  dateLine,
  type Inline,
  MOTTO,
  NATIONAL_NAME,
  numberLine,
  PDF_FONT,
  qrPng,
  qrSvg,
  renderPdf,
} from '../../../documents/index.ts';
import { type SlipFormOfRegime, type SlipKind, slipFormOf } from '../../../law/regimes.ts';
import { vnDate } from '../../../lib/time.ts';
import type { SlipHeader } from './model.ts';

/** NĐ 30: A4, top/bottom 20–25, left 30–35, right 15–20 mm; the smallest keep a slip on one page. */
const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const TEXT_MM = 210 - MARGIN_MM.left - MARGIN_MM.right;

/** Type sizes (NĐ 30 ranges): body 13–14, agency and national name 12–13, motto 13–14. */
const SIZE = {
  body: 13,
  agency: 12,
  motto: 13,
  title: 14,
  code: 15,
  table: 12,
  note: 11,
  caption: 10,
} as const;

/** The QR's code width (without its quiet zone): a phone reads 22 mm on paper from arm's length. */
export const QR_CODE_MM = 22;
/** The column a QR sits in, so that its caption stays on one line. */
const QR_CELL_MM = 40;
/** The white border scanners need, in modules; drawn inside the picture. */
const QUIET_MODULES = 4;
/** Whole pixels per module, so the printed code has clean edges. */
const PIXELS_PER_MODULE = 10;

export function pt(mm: number): number {
  return (mm / 25.4) * 72;
}

/** A slip form: its title and, for an official paper, the symbol of its number line. */
export interface SlipForm {
  title: string;
  /** "TNHS" prints "Số: …/TNHS" under the agency, with the national motto; none for a hand-out. */
  symbol?: string;
}

export interface SlipSpec {
  header: SlipHeader;
  form: SlipForm;
  /**
   * Which of the regime's forms this slip is: with the dossier's `ruleSet`, the title, form number
   * and legal basis come from that regime's data (src/law), never from today's date.
   */
  kind?: SlipKind;
  /** The dossier the slip is about: its code is printed and its lookup link drawn as a QR. */
  dossier?: { code: string; lookupUrl: string; lookupCheck: string; ruleSet?: string };
  body: Content[];
}

/** Printed under a title whose number or wording the regime data marks unverified. */
export const UNVERIFIED_FORM_NOTE = 'Số và tên mẫu theo dữ liệu chưa kiểm chứng với văn bản gốc';

/** "Mẫu số 01 — Thông tư 03/2025/TT-VPCP, Phụ lục I": the form line of a regime's form. */
export function formLine(form: SlipFormOfRegime): string {
  return `Mẫu số ${form.code} — ${form.legalBasis.replace(/,?\s*Mẫu số \d+\s*$/u, '')}`;
}

/** The title and form lines of a slip: its regime's form when the dossier names one. */
function formOf(spec: SlipSpec): { title: string; regimeForm: SlipFormOfRegime | null } {
  const ruleSet = spec.dossier?.ruleSet;
  const regimeForm = ruleSet && spec.kind ? slipFormOf(ruleSet, spec.kind) : null;
  const title = regimeForm ? regimeForm.title.toLocaleUpperCase('vi') : spec.form.title;
  return { title: title.normalize('NFC'), regimeForm };
}

// --- text -------------------------------------------------------------------------------------

export interface Style {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
}

export interface ParaOptions extends Style {
  align?: 'left' | 'center' | 'right' | 'justify';
  indent?: boolean;
  before?: number;
}

/**
 * Inline text as pdfmake runs, composed to NFC (the font maps precomposed letters only), one
 * unbreakable piece per word: pdfmake would otherwise break "P09-20260301-0001" at a hyphen.
 */
function runs(inline: Inline, style: Style) {
  const parts = typeof inline === 'string' ? [inline] : inline;
  return parts.flatMap((part) => {
    const run = typeof part === 'string' ? { text: part } : part;
    const emphasis = {
      bold: run.bold ?? style.bold ?? false,
      italics: run.italic ?? style.italic ?? false,
      ...((run.underline ?? style.underline) ? { decoration: 'underline' as const } : {}),
    };
    // Line breaks stand alone; a word longer than a URL's worth may still break.
    return run.text
      .normalize('NFC')
      .split(/(\n)|(?<= )/)
      .filter((word): word is string => word !== undefined && word !== '')
      .map((word) => ({
        text: word,
        ...emphasis,
        ...(word !== '\n' && word.length <= 30 ? { noWrap: true } : {}),
      }));
  });
}

export function para(inline: Inline, options: ParaOptions = {}): Content {
  return {
    text: runs(inline, options),
    fontSize: options.size ?? SIZE.body,
    alignment: options.align ?? 'justify',
    ...(options.indent ? { leadingIndent: pt(10) } : {}),
    margin: [0, options.before ?? 4, 0, 0],
  };
}

/** A centred line, tight to the one above. */
function line(text: string, style: Style = {}): Content {
  return para(text, { ...style, align: 'center', before: 0 });
}

/** "Label: value" with the value in bold: "Tiếp nhận hồ sơ của: Nguyễn Văn An". */
export function field(label: string, value: string, options: ParaOptions = {}): Content {
  return para([`${label}: `, { text: value, bold: true }], { align: 'left', ...options });
}

/** "- …" lines, indented as Vietnamese forms list things. */
export function dashes(items: string[]): Content[] {
  return items.map((item) => para(`- ${item.trim()}`, { indent: true, before: 2 }));
}

function rule(widthMm: number, boxMm: number): Content {
  const box = pt(boxMm);
  const r = pt(widthMm);
  return { canvas: [{ type: 'line', x1: (box - r) / 2, y1: 2, x2: (box + r) / 2, y2: 2, lineWidth: 0.6 }] };
}

// --- grids and tables -------------------------------------------------------------------------

const GRID: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

function grid(widthsMm: number[], row: Content[][], margin: [number, number, number, number]): Content {
  return {
    table: { widths: widthsMm.map(pt), body: [row.map((stack) => ({ stack }))], dontBreakRows: true },
    layout: GRID,
    margin,
  };
}

const RULED: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

export interface Column {
  title: string;
  /** Relative width. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** A ruled table over the text width; the header row repeats on each page and no row splits. */
export function table(columns: Column[], rows: Inline[][], size: number = SIZE.table): Content {
  const sum = columns.reduce((a, c) => a + c.width, 0);
  const room = pt(TEXT_MM) - columns.length * 6 - (columns.length + 1) * 0.5;
  const cell = (text: Inline, align: Column['align'], bold = false) =>
    para(text, { size, align: align ?? 'left', bold, before: 0 });
  return {
    table: {
      widths: columns.map((c) => (c.width / sum) * room),
      headerRows: 1,
      dontBreakRows: true,
      body: [
        columns.map((c) => cell(c.title, 'center', true)),
        ...rows.map((row) => columns.map((c, i) => cell(row[i] ?? '', c.align))),
      ],
    },
    layout: RULED,
    margin: [0, 4, 0, 0],
  };
}

// --- signatures -------------------------------------------------------------------------------

export interface Signer {
  /** Capital lines above the gap: ["NGƯỜI TIẾP NHẬN HỒ SƠ"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  title: string[];
  /** "(Ký và ghi rõ họ tên)" under the title; a head who signs and seals has none. */
  hint?: string;
  /** Printed under the gap; left out, the signer writes it by hand. */
  name?: string;
}

/** Signature columns: one sits on the right half as NĐ 30 places it, two share the width. */
export function signatures(signers: Signer[]): Content {
  const block = (s: Signer): Content[] => [
    ...s.title.map((t) => line(t.normalize('NFC').toLocaleUpperCase('vi'), { bold: true })),
    ...(s.hint ? [line(s.hint, { italic: true, size: SIZE.note })] : []),
    ...Array.from({ length: 4 }, () => line('\u00A0')),
    line(s.name ?? '\u00A0', { bold: true }),
  ];
  if (signers.length === 1) {
    return grid([TEXT_MM * 0.45, TEXT_MM * 0.55], [[], block(signers[0]!)], [0, 14, 0, 0]);
  }
  const width = TEXT_MM / signers.length;
  return grid(
    signers.map(() => width),
    signers.map(block),
    [0, 14, 0, 0],
  );
}

// --- QR codes ---------------------------------------------------------------------------------

/** The PNG and its printed width: the code QR_CODE_MM wide plus the quiet zone around it. */
async function qrImage(url: string): Promise<{ dataUrl: string; widthMm: number }> {
  const svg = await qrSvg(url, { margin: 0 });
  const modules = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  if (!Number.isInteger(modules) || modules <= 0) throw new Error('Không đọc được kích thước mã QR');
  const across = modules + 2 * QUIET_MODULES;
  const png = await qrPng(url, { size: across * PIXELS_PER_MODULE, margin: QUIET_MODULES });
  return {
    dataUrl: `data:image/png;base64,${png.toString('base64')}`,
    widthMm: (QR_CODE_MM * across) / modules,
  };
}

/** A QR of `url` with a caption under it, centred in its cell. */
export async function qrFigure(url: string, caption: string): Promise<{ content: Content; widthMm: number }> {
  const qr = await qrImage(url);
  return {
    widthMm: qr.widthMm,
    content: {
      stack: [
        { image: qr.dataUrl, width: pt(qr.widthMm), height: pt(qr.widthMm), alignment: 'center' },
        line(caption, { italic: true, size: SIZE.caption }),
      ],
    },
  };
}

/** Text beside a QR figure, the figure on the right. */
export function besideQr(text: Content[], figure: { content: Content; widthMm: number }): Content {
  // Wide enough for a one-line caption under the picture.
  const qrCell = Math.max(figure.widthMm, QR_CELL_MM);
  return grid([TEXT_MM - qrCell, qrCell], [text, [figure.content]], [0, 6, 0, 0]);
}

// --- the page ---------------------------------------------------------------------------------

function caps(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleUpperCase('vi')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Agency left, national name and motto right (official papers), then number and place-date. */
function top(header: SlipHeader, form: SlipForm): Content[] {
  const left = TEXT_MM * 0.4;
  const right = TEXT_MM - left;
  const agency: Content[] = [
    ...caps(header.parent ?? '').map((t) => line(t, { size: SIZE.agency })),
    ...caps(header.issuer).map((t) => line(t, { size: SIZE.agency, bold: true })),
    rule(25, left),
  ];
  const date = para(dateLine(header.place, vnDate(header.issuedAt)).normalize('NFC'), {
    italic: true,
    align: 'center',
    before: 6,
  });
  if (form.symbol === undefined) return [grid([left, right], [agency, [date]], [0, 0, 0, 0])];
  const national: Content[] = [
    line(NATIONAL_NAME, { size: SIZE.agency, bold: true }),
    line(MOTTO, { size: SIZE.motto, bold: true, underline: true }),
  ];
  const number = para(numberLine(header.number, form.symbol), { align: 'center', before: 6 });
  return [
    grid([left, right], [agency, national], [0, 0, 0, 0]),
    grid([left, right], [[number], [date]], [0, 0, 0, 0]),
  ];
}

export const LOOKUP_CAPTION = 'Quét mã để tra cứu hồ sơ';

/** The page where code and check value are typed: the QR's link without the dossier and the value. */
export function lookupPage(lookupUrl: string): string {
  return lookupUrl.split('?')[0]!.replace(/\/[^/]*$/, '');
}

/**
 * The code and its check value in large type beside the QR of the lookup page (which carries
 * both), with the page's address for those who type them.
 */
async function codeBlock(dossier: {
  code: string;
  lookupUrl: string;
  lookupCheck: string;
}): Promise<Content> {
  const figure = await qrFigure(dossier.lookupUrl, LOOKUP_CAPTION);
  return besideQr(
    [
      para(['Mã hồ sơ: ', { text: dossier.code, bold: true }], { size: SIZE.code, align: 'left', before: 8 }),
      para(['Mã kiểm tra: ', { text: dossier.lookupCheck, bold: true }], {
        size: SIZE.code,
        align: 'left',
        before: 0,
      }),
      para('Tra cứu tình trạng hồ sơ bằng mã QR bên cạnh, hoặc nhập mã hồ sơ và mã kiểm tra tại:', {
        italic: true,
        size: SIZE.note,
        align: 'left',
      }),
      para(lookupPage(dossier.lookupUrl), { size: SIZE.note, align: 'left', before: 0 }),
    ],
    figure,
  );
}

/** NĐ 30: page numbers from page 2, centred in the top margin. */
function pageNumber(page: number): Content | null {
  if (page === 1) return null;
  return { text: String(page), alignment: 'center', fontSize: SIZE.body, margin: [0, pt(10), 0, 0] };
}

function slipDefinition(spec: SlipSpec, codeContent: Content | null): TDocumentDefinitions {
  const { title, regimeForm } = formOf(spec);
  const content: Content[] = [
    ...(regimeForm
      ? [para(formLine(regimeForm), { italic: true, size: SIZE.note, align: 'right', before: 0 })]
      : []),
    ...top(spec.header, spec.form),
    para(title, { bold: true, size: SIZE.title, align: 'center', before: 16 }),
  ];
  if (regimeForm && !regimeForm.verified)
    content.push(
      para(`(${UNVERIFIED_FORM_NOTE})`, { italic: true, size: SIZE.note, align: 'center', before: 0 }),
    );
  if (codeContent) content.push(codeContent);
  content.push(...spec.body);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [pt(MARGIN_MM.left), pt(MARGIN_MM.top), pt(MARGIN_MM.right), pt(MARGIN_MM.bottom)],
    header: pageNumber,
    content,
    defaultStyle: { font: PDF_FONT, fontSize: SIZE.body, lineHeight: 1 },
    // The code, never the applicant: a file's metadata travels further than its page.
    info: {
      title: spec.dossier ? `${title} — ${spec.dossier.code}` : title,
      creator: 'Hài Lòng',
      producer: 'Hài Lòng',
    },
    language: 'vi-VN',
  };
}

/** The slip as a PDF. */
export async function renderSlip(spec: SlipSpec): Promise<Buffer> {
  const code = spec.dossier ? await codeBlock(spec.dossier) : null;
  return renderPdf(slipDefinition(spec, code));
}
