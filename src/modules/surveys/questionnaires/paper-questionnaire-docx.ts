/**
 * The paper questionnaire as a Word file, for a unit that wants to add its own header or print it
 * in its own office: the same content as the PDF (paper-questionnaire.ts), laid out with plain
 * paragraphs and ruled tables, in Times New Roman, A4 portrait, the source line in the footer.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { DOCX_FONT } from '../../../documents/index.ts';
import {
  BOX,
  hasDossierItems,
  PAPER_DOSSIER_NOTE,
  PAPER_TITLE,
  type PaperInput,
  paperTexts,
  respondentCriteria,
  roman,
  sharedScale,
  sourceLine,
} from './paper-questionnaire.ts';

const TWIP_PER_MM = 1440 / 25.4;
const twip = (mm: number) => Math.round(mm * TWIP_PER_MM);
const size = (pt: number) => Math.round(pt * 2);

type Run = { text: string; bold?: boolean; italics?: boolean; pt?: number };

function para(
  runs: Run[] | string,
  options: { align?: 'center' | 'right'; after?: number; indentMm?: number } = {},
) {
  const list = typeof runs === 'string' ? [{ text: runs }] : runs;
  return new Paragraph({
    alignment:
      options.align === 'center'
        ? AlignmentType.CENTER
        : options.align === 'right'
          ? AlignmentType.RIGHT
          : undefined,
    spacing: { after: options.after ?? 60 },
    indent: options.indentMm ? { left: twip(options.indentMm) } : undefined,
    children: list.map(
      (r) =>
        new TextRun({
          text: r.text,
          bold: r.bold,
          italics: r.italics,
          font: DOCX_FONT,
          size: size(r.pt ?? 12),
        }),
    ),
  });
}

function options(list: { value: number; label: string }[]): Paragraph {
  return para(
    list.flatMap((o, i): Run[] => [
      ...(i > 0 ? [{ text: '\u2003\u2003', pt: 11.5 }] : []),
      { text: BOX, pt: 15 },
      { text: `\u00a0${o.label}\u00a0(${o.value})`, pt: 11.5 },
    ]),
    { indentMm: 5, after: 100 },
  );
}

function cell(children: Paragraph[], widthMm: number): TableCell {
  return new TableCell({ children, width: { size: twip(widthMm), type: WidthType.DXA } });
}

const TEXT_WIDTH_MM = 210 - 20 - 15;

function grid(
  questions: { text: string }[],
  scale: { value: number; label: string }[],
  number: (i: number) => string,
) {
  const column = 18;
  const first = TEXT_WIDTH_MM - column * scale.length;
  return new Table({
    width: { size: twip(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [twip(first), ...scale.map(() => twip(column))],
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell([para([{ text: 'Nội dung', bold: true, pt: 10 }], { align: 'center', after: 0 })], first),
          ...scale.map((o) =>
            cell(
              [para([{ text: `${o.label} (${o.value})`, bold: true, pt: 9 }], { align: 'center', after: 0 })],
              column,
            ),
          ),
        ],
      }),
      ...questions.map(
        (q, i) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell([para([{ text: `${number(i)}. ${q.text}`, pt: 11 }], { after: 0 })], first),
              ...scale.map(() =>
                cell([para([{ text: BOX, pt: 15 }], { align: 'center', after: 0 })], column),
              ),
            ],
          }),
      ),
    ],
  });
}

/** The paper questionnaire as DOCX bytes. */
export async function paperQuestionnaireDocx(input: PaperInput): Promise<Buffer> {
  const q = input.questionnaire;
  const texts = paperTexts(input.addressForm);
  const body: (Paragraph | Table)[] = [
    para(
      [
        {
          text: `Mã phiếu: ${q.code}, phiên bản ${input.version}${input.wave ? ` · Đợt: ${input.wave.code}` : ''}`,
          pt: 9,
        },
      ],
      {
        align: 'right',
      },
    ),
    para([{ text: PAPER_TITLE, bold: true, pt: 15 }], { align: 'center' }),
    para([{ text: q.title, bold: true, pt: 13 }], { align: 'center' }),
  ];
  if (input.wave)
    body.push(
      para([{ text: `${input.wave.title} (kỳ ${input.wave.period})`, italics: true }], { align: 'center' }),
    );
  body.push(
    para(
      [
        {
          text: input.unit
            ? `Đơn vị được khảo sát: ${input.unit.name} (mã ${input.unit.code})`
            : 'Đơn vị được khảo sát: ……………………………………………………………………',
          bold: true,
        },
      ],
      { after: 120 },
    ),
    new Table({
      width: { size: twip(TEXT_WIDTH_MM), type: WidthType.DXA },
      columnWidths: [twip(TEXT_WIDTH_MM)],
      rows: [
        new TableRow({
          children: [
            cell(
              [
                para([{ text: 'Về phiếu khảo sát', bold: true, pt: 11 }], { after: 0 }),
                ...texts.notice.map((line) => para([{ text: `- ${line}`, pt: 10.5 }], { after: 0 })),
                para([{ text: texts.howTo, italics: true, pt: 10.5 }], { after: 0 }),
              ],
              TEXT_WIDTH_MM,
            ),
          ],
        }),
      ],
    }),
  );
  if (q.profile.length > 0) {
    body.push(
      para(
        [
          {
            text: 'THÔNG TIN CHUNG (không bắt buộc; dùng để tổng hợp, không xác định người trả lời)',
            bold: true,
          },
        ],
        { after: 60 },
      ),
    );
    for (const p of q.profile) body.push(para(p.text, { after: 0 }), options(p.options));
  }
  respondentCriteria(q).forEach((c, index) => {
    body.push(
      para([{ text: `${roman(index + 1)}. ${c.title.toLocaleUpperCase('vi')}`, bold: true }], { after: 80 }),
    );
    const number = (i: number) => `${index + 1}.${i + 1}`;
    const scale = sharedScale(c.questions);
    if (scale) body.push(grid(c.questions, scale, number));
    else
      for (const [i, question] of c.questions.entries())
        body.push(para(`${number(i)}. ${question.text}`, { after: 0 }), options(question.options));
  });
  if (hasDossierItems(q)) body.push(para([{ text: PAPER_DOSSIER_NOTE, italics: true, pt: 10 }]));
  body.push(
    para([{ text: 'Ý kiến, kiến nghị khác (nếu có):', bold: true }]),
    ...[0, 1, 2].map(() => para('…………………………………………………………………………………………………')),
    para([{ text: texts.thanks, bold: true, italics: true }], { align: 'center' }),
  );
  const document = new Document({
    creator: 'Hài Lòng',
    title: `Phiếu khảo sát giấy — ${q.title}`,
    sections: [
      {
        properties: {
          page: {
            size: { width: twip(210), height: twip(297) },
            margin: { top: twip(15), bottom: twip(18), left: twip(20), right: twip(15), footer: twip(6) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: `${sourceLine(q)} · Trang `, font: DOCX_FONT, size: size(8.5) }),
                  new TextRun({ children: [PageNumber.CURRENT], font: DOCX_FONT, size: size(8.5) }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
