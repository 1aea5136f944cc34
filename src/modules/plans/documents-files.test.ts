import { beforeAll, describe, expect, it } from 'vitest';
import { PLAN_TASK_COLUMNS } from '../../documents/fixtures/seed-004-quyet-dinh.ts';
import { buildDocx, buildPdf, MOTTO, NATIONAL_NAME } from '../../documents/index.ts';
import { type DocxFile, docxTables, findParagraph, readDocx } from '../../documents/testing/docx-reader.ts';
import { type PdfPage, readPdf } from '../../documents/testing/pdf-reader.ts';
import type { IndexTable } from '../surveys/index/index.service.ts';
import { agencyOf } from './agency.ts';
import { decisionIndexDocument, defaultDecisionIndexText } from './doc-decision-index.ts';
import { type DecisionPlanData, decisionPlanDocument, defaultDecisionPlanText } from './doc-decision-plan.ts';
import { defaultLetterText, letterDocument } from './doc-letter.ts';
import { applyEdits } from './doc-text.ts';
import { KH_UBND_XA_DEFINITION, phuongSaiLetter, phuongSaiResult } from './fixtures.ts';

/** The generated documents opened as files: what the officer and the printer get. */

const A4 = { width: 11906, height: 16838 };
const flat = (pages: PdfPage[]) =>
  pages
    .map((p) => p.text)
    .join('\n')
    .replace(/\s+/g, ' ');

describe('the follow-up letter as DOCX and PDF', () => {
  const data = phuongSaiLetter();
  const text = applyEdits(defaultLetterText(data), { signature: { name: 'Văn Duy Vinh' } });
  const doc = letterDocument(data, text, { number: 5, date: '2023-04-10' });
  let docx: DocxFile;
  let pdf: Buffer;
  let pages: PdfPage[];
  beforeAll(async () => {
    docx = await readDocx(await buildDocx(doc));
    pdf = await buildPdf(doc);
    pages = await readPdf(pdf);
  });

  it('is set in Times New Roman 14 pt on A4 with the NĐ 30 margins, numbered from page 2', () => {
    expect(docx.stylesXml).toContain('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman"');
    expect(docx.stylesXml).toMatch(/<w:rPrDefault><w:rPr>.*<w:sz w:val="28"\/>/);
    expect(docx.sections[0]?.page).toEqual({ ...A4, orient: 'portrait' });
    expect(docx.sections[0]?.margin).toMatchObject({ top: 1134, bottom: 1134, left: 1701, right: 850 });
    expect(docx.sections[0]?.titlePage).toBe(true);
  });

  it('carries the official heading, number, place and date, and "V/v"', () => {
    const header = docxTables(docx.documentXml)[0]!;
    expect(header.rows[0]).toEqual(['ỦY BAN NHÂN DÂN\nPHƯỜNG PHƯƠNG SÀI\n', `${NATIONAL_NAME}\n${MOTTO}`]);
    expect(docx.paragraphs).toContain('Số: 05/UBND-VP');
    expect(docx.paragraphs).toContain('Phương Sài, ngày 10 tháng 4 năm 2023');
    expect(findParagraph(docx, 'V/v triển khai, công bố Chỉ số hài lòng').text).toContain('năm 2022');
  });

  it('lists "Kính gửi" and "Nơi nhận", and signs for the committee', () => {
    const start = docx.paragraphs.indexOf('Kính gửi:');
    expect(docx.paragraphs.slice(start + 1, start + 4)).toEqual([
      '- Ủy ban MTTQ Việt Nam và các đoàn thể phường Phương Sài;',
      '- Bộ phận Tiếp nhận và Trả kết quả phường Phương Sài;',
      '- Cán bộ, công chức, người hoạt động không chuyên trách phường Phương Sài.',
    ]);
    const closing = docx.paragraphs.indexOf('Nơi nhận:');
    expect(closing).toBeGreaterThan(start);
    expect(docx.paragraphs.slice(closing + 1, closing + 5)).toEqual([
      '- Như trên;',
      '- Đảng ủy, HĐND phường Phương Sài;',
      '- Thường trực UBND phường Phương Sài;',
      '- Lưu: VT, VP.',
    ]);
    expect(docx.paragraphs.slice(closing + 5).filter((p) => p !== '')).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Văn Duy Vinh',
    ]);
  });

  it('prints the overall index and each criterion’s title and index with a decimal comma, and "chưa đạt"', () => {
    expect(docx.paragraphs).toContain(
      'Chỉ số hài lòng chung của UBND phường Phương Sài năm 2022 đạt 80,72% (120 phiếu khảo sát), xếp thứ 20/27 trong nhóm UBND cấp xã, chưa đạt chỉ tiêu giao (83,00%).',
    );
    for (const c of KH_UBND_XA_DEFINITION.criteria)
      expect(docx.paragraphs).toContain(`- Đối với tiêu chí ${c.title}`);
    expect(findParagraph(docx, '- Đối với tiêu chí Tiếp cận dịch vụ').xml).toContain('<w:i/>');
    expect(docx.paragraphs).toContain(
      'Trong năm 2022, UBND phường Phương Sài đạt 72,27%, chưa đạt chỉ tiêu giao (83,00%).',
    );
    expect(docx.paragraphs).toContain(
      'Trong năm 2022, UBND phường Phương Sài đạt 85,70%, vượt chỉ tiêu giao (83,00%).',
    );
  });

  it('reads the same in the PDF, set in the bundled Liberation Serif', () => {
    expect(pages[0]!.lines).toContain(NATIONAL_NAME);
    expect(pages[0]!.lines).toContain('PHƯỜNG PHƯƠNG SÀI');
    expect(pages[0]!.lines).toContain('Số: 05/UBND-VP');
    const all = flat(pages);
    expect(all).toContain('Kính gửi:');
    expect(all).toContain('Nơi nhận:');
    expect(all).toContain('đạt 80,72%');
    expect(all).toContain('Đối với tiêu chí Điều kiện tiếp đón, phục vụ');
    expect(all).toContain(
      'đạt 83,00%, chưa đạt chỉ tiêu giao (83,00%; chỉ số trước khi làm tròn vẫn thấp hơn chỉ tiêu)',
    );
    expect(all).toContain('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH');
    expect(pages.map((p) => p.topMargin)).toEqual(pages.map((_, i) => (i === 0 ? '' : String(i + 1))));
    const fonts = new Set(
      [...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[1]),
    );
    expect([...fonts].every((f) => f!.startsWith('LiberationSerif'))).toBe(true);
  });
});

describe('the plan issued by a decision: the six-column annex in DOCX and PDF', () => {
  const data: DecisionPlanData = {
    unit: { code: 'P09', name: 'UBND phường Phương Sài' },
    agency: agencyOf({ name: 'UBND phường Phương Sài' }, { name: 'Thành phố Nha Trang' }),
    plan: { id: 3, title: 'Kế hoạch', period: '2022', windowLabel: '2023' },
    criteria: [
      { code: 'C1', title: 'Tiếp cận dịch vụ' },
      { code: 'C2', title: 'Điều kiện tiếp đón, phục vụ' },
    ],
    tasks: [
      {
        position: 2,
        criterionCode: 'C2',
        task: 'Bố trí đủ ghế ngồi chờ, quạt và nước uống tại Bộ phận Một cửa',
        dueLabel: 'Tháng 01',
        responsible: 'Công chức Văn phòng - Thống kê',
        product: 'Hình ảnh khu vực chờ',
        partners: '',
      },
      {
        position: 1,
        criterionCode: 'C1',
        task: 'Thông báo thủ tục hành chính trên Đài truyền thanh phường',
        dueLabel: 'Định kỳ hàng tháng',
        responsible: 'Người phụ trách Đài truyền thanh',
        product: 'Lịch phát thanh',
        partners: 'Công chức Văn hóa - Xã hội',
      },
      {
        position: 3,
        criterionCode: null,
        task: 'Cử cán bộ tham gia tập huấn kỹ năng giao tiếp',
        dueLabel: 'Trong năm (nếu có)',
        responsible: 'Văn phòng',
        product: '',
        partners: 'Phòng Nội vụ',
      },
    ],
    date: '2023-02',
  };
  const text = applyEdits(defaultDecisionPlanText(data), { signature: { name: 'Văn Duy Vinh' } });
  const doc = decisionPlanDocument(data, text, { number: 7, date: '2023-02-09' });

  it('has the decision, the plan with its own heading, and a landscape annex of the six columns', async () => {
    const docx = await readDocx(await buildDocx(doc));
    expect(docx.paragraphs).toContain('QUYẾT ĐỊNH');
    expect(docx.paragraphs).toContain('Số: 07/QĐ-UBND');
    expect(docx.paragraphs).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG PHƯƠNG SÀI');
    expect(findParagraph(docx, 'Điều 1.').text).toBe(
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện giải pháp nâng cao chỉ số hài lòng của tổ chức, cá nhân đối với sự phục vụ của UBND phường Phương Sài năm 2023.',
    );
    expect(docx.paragraphs).toContain(
      '(Ban hành kèm theo Quyết định số 07/QĐ-UBND ngày 09/02/2023 của UBND phường Phương Sài)',
    );
    expect(docx.sections.map((s) => s.page.orient)).toEqual(['portrait', 'portrait', 'landscape']);
    const annex = docxTables(docx.documentXml).find((t) => t.xml.includes('<w:tblHeader/>'))!;
    expect(annex.rows[0]).toEqual(PLAN_TASK_COLUMNS.map((c) => c.title));
    expect(annex.rows[0]).toHaveLength(6);
    expect(annex.rows.slice(1)).toEqual([
      [
        '01',
        'Thông báo thủ tục hành chính trên Đài truyền thanh phường',
        'Định kỳ hàng tháng',
        'Người phụ trách Đài truyền thanh',
        'Lịch phát thanh',
        'Công chức Văn hóa - Xã hội',
      ],
      [
        '02',
        'Bố trí đủ ghế ngồi chờ, quạt và nước uống tại Bộ phận Một cửa',
        'Tháng 01',
        'Công chức Văn phòng - Thống kê',
        'Hình ảnh khu vực chờ',
        '',
      ],
      [
        '03',
        'Cử cán bộ tham gia tập huấn kỹ năng giao tiếp',
        'Trong năm (nếu có)',
        'Văn phòng',
        '',
        'Phòng Nội vụ',
      ],
    ]);
    // II. CÁC GIẢI PHÁP lists the tasks; I. MỤC ĐÍCH names the weak criteria verbatim.
    expect(docx.paragraphs).toContain('2. Bố trí đủ ghế ngồi chờ, quạt và nước uống tại Bộ phận Một cửa.');
    expect(findParagraph(docx, '1. Khắc phục').text).toContain(
      'Tiếp cận dịch vụ; Điều kiện tiếp đón, phục vụ',
    );
  });

  it('prints the annex in the PDF on a landscape page with the six column titles', async () => {
    const pages = await readPdf(await buildPdf(doc));
    const annexPage = pages.findIndex((p) => p.lines.includes('PHỤ LỤC'));
    expect(annexPage).toBeGreaterThan(0);
    const page = pages[annexPage]!;
    expect(page.width).toBeGreaterThan(page.height);
    const text = page.text.replace(/\s+/g, ' ');
    for (const title of PLAN_TASK_COLUMNS.map((c) => c.title)) expect(text).toContain(title);
    expect(text).toContain('Định kỳ hàng tháng');
    expect(text).toContain('Trong năm (nếu có)');
    expect(flat(pages)).toContain('KẾ HOẠCH');
  });
});

describe('the decision publishing the index, with the ranking annex', () => {
  const other = { ...phuongSaiResult(), unit: 'P10', name: 'UBND phường Phương Sơn', rank: 1 };
  other.overall = { ...other.overall, index: 90.5 };
  const table: IndexTable = {
    questionnaire: 'KH-UBND-XA',
    questionnaireHash: 'x',
    period: '2022',
    previousPeriod: null,
    minSample: 30,
    confidence: 0.95,
    units: [other, phuongSaiResult()],
    version: 1,
    pooled: false,
    channel: null,
  };
  const data = {
    scope: { code: 'NT', name: 'Thành phố Nha Trang' },
    agency: agencyOf(
      { name: 'Thành phố Nha Trang', type: 'district' },
      { name: 'Tỉnh Khánh Hòa', type: 'province' },
    ),
    publication: { id: 1, title: 'Kết quả Chỉ số hài lòng đối với UBND cấp xã năm 2022', period: '2022' },
    questionnaire: { code: 'KH-UBND-XA', title: 'Phiếu', criteria: KH_UBND_XA_DEFINITION.criteria },
    table,
    date: '2023-03',
  };

  it('approves and publishes, signed by a deputy, with criterion titles and figures in the annex', async () => {
    const text = applyEdits(defaultDecisionIndexText(data), {
      signature: { deputyOf: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Phó' },
    });
    const docx = await readDocx(
      await buildDocx(decisionIndexDocument(data, text, { number: 1081, date: '2023-03-24' })),
    );
    expect(docx.paragraphs).toContain('Số: 1081/QĐ-UBND');
    expect(docx.paragraphs).toContain('Nha Trang, ngày 24 tháng 3 năm 2023');
    expect(docx.paragraphs).toContain(
      'Phê duyệt và công bố kết quả Chỉ số hài lòng đối với UBND cấp xã năm 2022',
    );
    expect(findParagraph(docx, 'Điều 1.').text).toContain('của 2 đơn vị');
    const start = docx.paragraphs.indexOf('- Lưu: VT, NV.');
    expect(
      docx.paragraphs
        .slice(start + 1)
        .filter((p) => p !== '')
        .slice(0, 4),
    ).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Phó']);
    const annex = docxTables(docx.documentXml).find((t) => t.xml.includes('<w:tblHeader/>'))!;
    expect(annex.rows[0]).toEqual([
      'TT',
      'Đơn vị',
      'Số phiếu',
      ...KH_UBND_XA_DEFINITION.criteria.map((c) => `${c.title} (%)`),
      'Chỉ số hài lòng chung (%)',
      'Chỉ tiêu (%)',
      'Xếp hạng',
    ]);
    expect(annex.rows[2]).toEqual([
      '02',
      'UBND phường Phương Sài',
      '120',
      '72,27',
      '83,00',
      '85,70',
      '83,00',
      '87,17',
      '73,22',
      '80,72',
      '83,00',
      '20/27',
    ]);
  });
});
