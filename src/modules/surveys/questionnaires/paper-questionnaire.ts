/**
 * The paper questionnaire: what a surveyor hands out where no phone is at hand (the post office
 * rounds of SIPAS, elderly citizens, a commune without signal). A4 portrait, Vietnamese, set in the
 * bundled Liberation Serif: the unit, the criteria and their questions, every answer as a box to
 * tick with the number the data-entry page (/nhap-phieu) keys, the anonymity and purpose notice
 * (NĐ 13/2023/NĐ-CP: no personal data is asked) and the template's source line on every page.
 *
 * Pure: a questionnaire version in, PDF bytes out (the DOCX twin is paper-questionnaire-docx.ts).
 * Questions the dossier module fills itself (`source: "dossier"`) are not printed: the citizen is not
 * asked them; a line says so.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PDF_FONT, renderPdf } from '../../../documents/index.ts';
import { type AddressForm, addressText, DEFAULT_ADDRESS_FORM } from '../../../lib/address-form.ts';
import { POSTER_PRIVACY } from '../waves/qr-poster.ts';
import type { Question, Questionnaire, SourceStatus } from './questionnaire.ts';

export interface PaperInput {
  questionnaire: Questionnaire;
  version: number;
  /** The unit the sheets are for; absent: a blank line the surveyor fills in. */
  unit?: { code: string; name: string };
  /** The wave the sheets are for ("Khảo sát sự hài lòng năm 2026", kỳ "2026"). */
  wave?: { code: string; title: string; period: string };
  /** The installation's form of address for the sheet's own texts (default "Ông/Bà"). */
  addressForm?: AddressForm;
}

export const PAPER_TITLE = 'PHIẾU KHẢO SÁT Ý KIẾN';
export const PAPER_HOW_TO = 'Mỗi câu, ông/bà đánh dấu X vào một ô phù hợp nhất với ý kiến của mình.';
export const PAPER_NOTICE = [
  'Phiếu không ghi tên. Ông/Bà không ghi họ tên, số điện thoại, số định danh cá nhân hay địa chỉ vào phiếu.',
  'Mục đích: ý kiến chỉ dùng để đánh giá và cải thiện chất lượng phục vụ của cơ quan; kết quả chỉ công bố dưới dạng tổng hợp, không gắn với người trả lời.',
  'Việc trả lời là tự nguyện; ông/bà có thể bỏ qua câu không muốn trả lời.',
  POSTER_PRIVACY,
] as const;
export const PAPER_THANKS = 'Xin trân trọng cảm ơn ông/bà đã dành thời gian trả lời phiếu!';
/** The sheet's fixed texts in the installation's form of address (PDF and DOCX alike). */
export function paperTexts(form: AddressForm = DEFAULT_ADDRESS_FORM) {
  const say = (text: string) => addressText(text, form);
  return { howTo: say(PAPER_HOW_TO), notice: PAPER_NOTICE.map(say), thanks: say(PAPER_THANKS) };
}

/** A questionnaire's texts in the installation's form of address. */
export function addressQuestionnaire(q: Questionnaire, form: AddressForm): Questionnaire {
  const say = (text: string) => addressText(text, form);
  return {
    ...q,
    criteria: q.criteria.map((c) => ({
      ...c,
      title: say(c.title),
      questions: c.questions.map((x) => ({
        ...x,
        text: say(x.text),
        options: x.options.map((o) => ({ ...o, label: say(o.label) })),
      })),
    })),
    profile: q.profile.map((p) => ({
      ...p,
      text: say(p.text),
      options: p.options.map((o) => ({ ...o, label: say(o.label) })),
    })),
  };
}

export const PAPER_DOSSIER_NOTE =
  'Các tiêu chí đo từ dữ liệu hồ sơ (thời gian giải quyết, số lần đi lại…) do cơ quan tự tính, không hỏi người dân.';

/** How closely a template follows its document, in the words printed after "Nguồn:". */
export const SOURCE_STATUS_WORDS: Record<SourceStatus, string> = {
  official: 'chính thức (mẫu phiếu của văn bản)',
  adapted: 'điều chỉnh (nội dung theo văn bản, lời câu hỏi đã sửa cho phù hợp)',
  reference: 'tham khảo (tiêu chí theo văn bản; câu hỏi do Hài Lòng soạn)',
};

/** "Nguồn: Quyết định số 3869/QĐ-BYT … — điều chỉnh (…)"; a template without a source says so. */
export function sourceLine(q: Questionnaire): string {
  if (!q.source) return 'Nguồn: chưa rõ (phiếu nhập trước khi ghi nguồn)';
  return `Nguồn: ${q.source.document} — ${SOURCE_STATUS_WORDS[q.source.status]}`;
}

/** Roman numerals for the criteria headings (I, II, …). */
export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of table)
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  return out;
}

/** The questions a respondent answers, per criterion (criteria left empty are dropped). */
export function respondentCriteria(q: Questionnaire) {
  return q.criteria
    .map((c) => ({ ...c, questions: c.questions.filter((question) => question.source === 'respondent') }))
    .filter((c) => c.questions.length > 0);
}

export function hasDossierItems(q: Questionnaire): boolean {
  return q.criteria.some((c) => c.questions.some((question) => question.source === 'dossier'));
}

/**
 * A criterion whose questions all offer the same answers (a 5-point scale) prints as one grid, a
 * column per answer; otherwise each question lists its own answers under it.
 */
export function sharedScale(questions: Pick<Question, 'options'>[]): Question['options'] | null {
  const [first] = questions;
  if (!first || first.options.length > 6) return null;
  const key = (o: Question['options']) => o.map((x) => `${x.value}\u0000${x.label}`).join('\u0001');
  return questions.every((q) => key(q.options) === key(first.options)) ? first.options : null;
}

const MM = 72 / 25.4;
const MARGINS = { left: 20 * MM, top: 15 * MM, right: 15 * MM, bottom: 18 * MM };
/** A4 width less the side margins, in points. */
const TEXT_WIDTH = 595.28 - MARGINS.left - MARGINS.right;
/** White square (U+25A1): in Liberation Serif and in Times New Roman (WGL4), so PDF and DOCX print it. */
export const BOX = '\u25A1';
const BOX_SIZE = 15;
/** Width of one answer column of a grid, in points. */
const GRID_COLUMN = 50;

function optionList(options: { value: number; label: string }[]): Content {
  return {
    text: options.flatMap((o, i) => [
      ...(i > 0 ? ['\u2003\u2003'] : []),
      { text: BOX, fontSize: BOX_SIZE },
      `\u00a0${o.label}\u00a0(${o.value})`,
    ]),
    fontSize: 11.5,
    margin: [14, 0, 0, 4],
  };
}

function criterionBlock(
  index: number,
  criterion: { code: string; title: string; questions: Question[] },
): Content[] {
  const heading: Content = {
    text: `${roman(index + 1)}. ${criterion.title.toLocaleUpperCase('vi')}`,
    bold: true,
    fontSize: 12,
    margin: [0, 8, 0, 4],
    headlineLevel: 1,
  };
  const number = (i: number) => `${index + 1}.${i + 1}`;
  const scale = sharedScale(criterion.questions);
  if (scale) {
    const header: TableCell[] = [
      { text: 'Nội dung', bold: true, fontSize: 10, alignment: 'center' },
      ...scale.map(
        (o): TableCell => ({
          text: `${o.label}\n(${o.value})`,
          bold: true,
          fontSize: 9,
          alignment: 'center',
        }),
      ),
    ];
    const rows: TableCell[][] = criterion.questions.map((q, i) => [
      { text: `${number(i)}. ${q.text}`, fontSize: 11 },
      ...scale.map((): TableCell => ({ text: BOX, fontSize: BOX_SIZE, alignment: 'center' })),
    ]);
    return [
      heading,
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: ['*', ...scale.map(() => GRID_COLUMN)],
          body: [header, ...rows],
        },
        layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
      },
    ];
  }
  // A question and its answers stay on one page; the heading stays with the first question.
  const items = criterion.questions.map((q, i): Content[] => [
    { text: `${number(i)}. ${q.text}`, fontSize: 12, margin: [0, 2, 0, 0] },
    optionList(q.options),
  ]);
  return items.map((item, i): Content => ({ stack: i === 0 ? [heading, ...item] : item, unbreakable: true }));
}

export function paperDefinition(input: PaperInput): TDocumentDefinitions {
  const q = input.questionnaire;
  const texts = paperTexts(input.addressForm);
  const source = sourceLine(q);
  const content: Content[] = [
    {
      text: `Mã phiếu: ${q.code}, phiên bản ${input.version}${input.wave ? ` · Đợt: ${input.wave.code}` : ''}`,
      fontSize: 9,
      alignment: 'right',
      color: '#444444',
    },
    { text: PAPER_TITLE, bold: true, fontSize: 15, alignment: 'center', margin: [0, 4, 0, 0] },
    { text: q.title, bold: true, fontSize: 13, alignment: 'center', margin: [0, 2, 0, 0] },
  ];
  if (input.wave)
    content.push({
      text: `${input.wave.title} (kỳ ${input.wave.period})`,
      italics: true,
      alignment: 'center',
      margin: [0, 2, 0, 0],
    });
  content.push({
    text: input.unit
      ? `Đơn vị được khảo sát: ${input.unit.name} (mã ${input.unit.code})`
      : 'Đơn vị được khảo sát: ……………………………………………………………………',
    bold: true,
    margin: [0, 8, 0, 4],
  });
  content.push({
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: 'Về phiếu khảo sát', bold: true, fontSize: 11 },
              ...texts.notice.map((line) => ({ text: `- ${line}`, fontSize: 10.5 })),
              { text: texts.howTo, italics: true, fontSize: 10.5, margin: [0, 2, 0, 0] },
            ],
            margin: [4, 3, 4, 3],
          },
        ],
      ],
    },
    layout: { hLineWidth: () => 0.8, vLineWidth: () => 0.8 },
  });
  if (q.profile.length > 0) {
    content.push({
      text: 'THÔNG TIN CHUNG (không bắt buộc; dùng để tổng hợp, không xác định người trả lời)',
      bold: true,
      fontSize: 12,
      margin: [0, 8, 0, 4],
    });
    for (const p of q.profile)
      content.push({ stack: [{ text: p.text, fontSize: 12 }, optionList(p.options)], unbreakable: true });
  }
  respondentCriteria(q).forEach((c, i) => {
    content.push(...criterionBlock(i, c));
  });
  if (hasDossierItems(q))
    content.push({ text: PAPER_DOSSIER_NOTE, italics: true, fontSize: 10, margin: [0, 6, 0, 0] });
  content.push(
    { text: 'Ý kiến, kiến nghị khác (nếu có):', bold: true, margin: [0, 10, 0, 2] },
    ...[0, 1, 2].map(
      (): Content => ({
        canvas: [
          { type: 'line', x1: 0, y1: 16, x2: TEXT_WIDTH, y2: 16, lineWidth: 0.5, dash: { length: 2 } },
        ],
      }),
    ),
    { text: texts.thanks, italics: true, bold: true, alignment: 'center', margin: [0, 10, 0, 0] },
  );
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGINS.left, MARGINS.top, MARGINS.right, MARGINS.bottom],
    content,
    // A heading or a question never ends a page: it moves to the next one with what follows it.
    // A grid's heading never ends a page: it moves to the next one with its table.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().length === 0,
    footer: (page, pages) => ({
      columns: [
        { text: source, fontSize: 8.5, color: '#333333', width: '*' },
        { text: `Trang ${page}/${pages}`, fontSize: 8.5, alignment: 'right', width: 60 },
      ],
      margin: [MARGINS.left, 4 * MM, MARGINS.right, 0],
    }),
    defaultStyle: { font: PDF_FONT, fontSize: 12, lineHeight: 1.1 },
    info: {
      title: `Phiếu khảo sát giấy — ${q.title}${input.unit ? ` — ${input.unit.name}` : ''}`,
      creator: 'Hài Lòng',
      producer: 'Hài Lòng',
    },
    language: 'vi-VN',
  };
}

/** The paper questionnaire as PDF bytes. */
export function paperQuestionnairePdf(input: PaperInput): Promise<Buffer> {
  return renderPdf(paperDefinition(input));
}

/** "phieu-giay-SIPAS-2017-v1-KH25-TNT.pdf" */
export function paperFileName(input: PaperInput, extension: 'pdf' | 'docx'): string {
  const unit = input.unit ? `-${input.unit.code}` : '';
  return `phieu-khao-sat-${input.questionnaire.code}-v${input.version}${unit}.${extension}`;
}
