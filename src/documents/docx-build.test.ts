import { beforeAll, describe, expect, it } from 'vitest';
import { barChartPng } from './chart.ts';
import { MOTTO, NATIONAL_NAME } from './compose.ts';
import { buildDocx } from './docx-build.ts';
import { SEED_003_CONG_VAN } from './fixtures/seed-003-cong-van.ts';
import { PLAN_TASK_COLUMNS, SEED_004_QUYET_DINH } from './fixtures/seed-004-quyet-dinh.ts';
import type { OfficialDocument } from './model.ts';
import { type DocxFile, docxTables, findParagraph, readDocx } from './testing/docx-reader.ts';

const BLANK = '\u00A0'.repeat(6);

/** NĐ 30 page: A4 in twips; margins 20 / 20 / 30 / 15 mm. */
const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 850 };

function indexOf(paragraphs: string[], text: string): number {
  const i = paragraphs.indexOf(text);
  if (i < 0) throw new Error(`no paragraph "${text}"`);
  return i;
}

describe('buildDocx: seed 003, a letter (công văn) of UBND phường Phương Sài', () => {
  let docx: DocxFile;
  beforeAll(async () => {
    docx = await readDocx(await buildDocx(SEED_003_CONG_VAN));
  });

  it('is an A4 page with the NĐ 30 margins, numbered from page 2 in the top margin', () => {
    const [first] = docx.sections;
    expect(docx.sections).toHaveLength(1);
    expect(first?.page).toEqual({ ...A4, orient: 'portrait' });
    expect(first?.margin).toMatchObject(MARGINS);
    // A different first page: its header is empty, the others carry a centred PAGE field.
    expect(first?.titlePage).toBe(true);
    expect(first?.headers.first).not.toContain('PAGE');
    expect(first?.headers.default).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(first?.headers.default).toContain('<w:jc w:val="center"/>');
  });

  it('names Times New Roman at 14 pt for the whole document, in Vietnamese', () => {
    expect(docx.stylesXml).toContain('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman"');
    expect(docx.stylesXml).toContain('w:hAnsi="Times New Roman"');
    expect(docx.stylesXml).toMatch(/<w:rPrDefault><w:rPr>.*<w:sz w:val="28"\/>.*<w:lang w:val="vi-VN"\/>/);
  });

  it('prints the two-column header: agencies left, national name and motto right', () => {
    const header = docxTables(docx.documentXml)[0]!;
    expect(header.xml).toContain('<w:top w:val="none"'); // borderless, like the templates
    expect(header.rows[0]).toEqual([
      'UBND THÀNH PHỐ NHA TRANG\nỦY BAN NHÂN DÂN\nPHƯỜNG PHƯƠNG SÀI\n',
      `${NATIONAL_NAME}\n${MOTTO}`,
    ]);
    expect(findParagraph(docx, 'UBND THÀNH PHỐ NHA TRANG').xml).toContain('<w:sz w:val="24"/>');
    expect(findParagraph(docx, 'PHƯỜNG PHƯƠNG SÀI').xml).toContain('<w:b/>');
    // The short rule under the issuing agency.
    expect(header.xml).toMatch(/<w:pBdr><w:top w:val="single"/);
    const motto = findParagraph(docx, MOTTO).xml;
    expect(motto).toContain('<w:b/>');
    expect(motto).toContain('<w:u w:val="single"/>');
    expect(motto).toContain('<w:sz w:val="26"/>');
  });

  it('leaves number and day blank, with "V/v" under the number and the date line in italics', () => {
    expect(docx.paragraphs).toContain(`Số: ${BLANK}/UBND`);
    const date = findParagraph(docx, 'Phương Sài, ngày');
    expect(date.text).toBe(`Phương Sài, ngày ${BLANK} tháng 4 năm 2023`);
    expect(date.xml).toContain('<w:i/>');
    const subject = findParagraph(docx, 'V/v triển khai, công bố Chỉ số hài lòng');
    expect(subject.xml).toContain('<w:sz w:val="24"/>');
  });

  it('lists "Kính gửi" recipients as "- …;" lines, the last one ending with a full stop', () => {
    const start = indexOf(docx.paragraphs, 'Kính gửi:');
    expect(docx.paragraphs.slice(start + 1, start + 6)).toEqual([
      '- Ủy ban MTTQVN và các đoàn thể phường;',
      '- Trưởng Trạm y tế phường;',
      '- Ban chỉ huy Công an phường;',
      '- Ban chỉ huy Quân sự phường;',
      '- Cán bộ, công chức, Người HĐKCT phường.',
    ]);
  });

  it('sets the body justified, 14 pt, with a 1.27 cm first-line indent and 6 pt between paragraphs', () => {
    const body = findParagraph(docx, 'Căn cứ quyết định số 1069/QĐ-UBND ngày 23/3/2023');
    expect(body.xml).toContain('<w:jc w:val="both"/>');
    expect(body.xml).toContain('<w:ind w:firstLine="720"/>');
    expect(body.xml).toMatch(/<w:spacing [^>]*w:before="120"[^>]*w:line="240" w:lineRule="auto"\/>/);
    expect(body.xml).toContain('<w:sz w:val="28"/>');
    expect(findParagraph(docx, '1. Cán bộ, công chức, người hoạt động KCT').xml).toContain('<w:b/>');
    const item = findParagraph(docx, '- Đối với tiêu chí Điều kiện tiếp đón, phục vụ');
    expect(item.xml).toContain('<w:i/>');
    expect(item.xml).toContain('<w:ind w:firstLine="720"/>');
    // A bold italic run inside a paragraph keeps its emphasis.
    const run = findParagraph(docx, 'Trung tâm Dịch vụ hành chính công trực tuyến tỉnh Khánh Hòa').xml;
    expect(run).toMatch(/<w:b\/><w:bCs\/><w:i\/><w:iCs\/>.*Trung tâm Dịch vụ/);
  });

  it('closes with "Nơi nhận" (bold italic 12, list 11, ending "Lưu") beside the signature', () => {
    const label = findParagraph(docx, 'Nơi nhận:').xml;
    expect(label).toContain('<w:b/>');
    expect(label).toContain('<w:i/>');
    expect(label).toContain('<w:sz w:val="24"/>');
    const start = indexOf(docx.paragraphs, 'Nơi nhận:');
    expect(docx.paragraphs.slice(start + 1, start + 5)).toEqual([
      '- Như trên;',
      '- Đảng ủy, HĐND phường;',
      '- TV.UBND phường;',
      '- Lưu: VT, Lý.',
    ]);
    expect(findParagraph(docx, '- Như trên;').xml).toContain('<w:sz w:val="22"/>');

    const signer = docx.paragraphs.slice(start + 5).filter((p) => p !== '');
    expect(signer).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Văn Duy Vinh']);
    expect(findParagraph(docx, 'Văn Duy Vinh').xml).toContain('<w:b/>');
    // The closing row never splits across pages.
    expect(docxTables(docx.documentXml).at(-1)?.xml).toContain('<w:cantSplit/>');
  });

  it('keeps the letter in reading order: header, recipients, body, closing', () => {
    const order = ['PHƯỜNG PHƯƠNG SÀI', 'Kính gửi:', 'Nơi nhận:', 'Văn Duy Vinh'].map((t) =>
      indexOf(docx.paragraphs, t),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const body = docx.paragraphs.findIndex((p) => p.startsWith('Căn cứ quyết định số 1069'));
    expect(body).toBeGreaterThan(order[1]!);
    expect(body).toBeLessThan(order[2]!);
  });
});

describe('buildDocx: seed 004, a decision (quyết định) with a plan and a landscape annex', () => {
  let docx: DocxFile;
  beforeAll(async () => {
    docx = await readDocx(await buildDocx(SEED_004_QUYET_DINH));
  });

  it('gives the decision its bold centred title and subject instead of "V/v" and "Kính gửi"', () => {
    const title = findParagraph(docx, 'QUYẾT ĐỊNH');
    expect(title.text).toBe('QUYẾT ĐỊNH');
    expect(title.xml).toContain('<w:jc w:val="center"/>');
    expect(title.xml).toContain('<w:b/>');
    expect(findParagraph(docx, 'Ban hành Kế hoạch thực hiện giải pháp').xml).toContain('<w:b/>');
    expect(docx.paragraphs.some((p) => p.startsWith('V/v'))).toBe(false);
    expect(docx.paragraphs.some((p) => p.startsWith('Kính gửi'))).toBe(false);
    expect(docx.paragraphs).toContain(`Số: ${BLANK}/QĐ-SYT`);
    expect(docx.paragraphs).toContain(`Khánh Hòa, ngày ${BLANK} tháng 02 năm 2023`);
    expect(findParagraph(docx, 'Điều 1.').xml).toMatch(/<w:b\/>.*Điều 1\./);
  });

  it('is signed by the director in his own title', () => {
    const start = docx.paragraphs.indexOf('Nơi nhận:');
    expect(docx.paragraphs.slice(start + 1, start + 4)).toEqual([
      '- Như Điều 2 (VBĐT);',
      '- Lãnh đạo Sở (VBĐT);',
      '- Lưu: VT, TCHC.',
    ]);
    expect(
      docx.paragraphs
        .slice(start + 4)
        .filter((p) => p !== '')
        .slice(0, 2),
    ).toEqual(['GIÁM ĐỐC', 'Bùi Xuân Minh']);
  });

  it('puts the plan and its annex on new sections: portrait, then landscape, numbered throughout', () => {
    expect(docx.sections.map((s) => s.page)).toEqual([
      { ...A4, orient: 'portrait' },
      { ...A4, orient: 'portrait' },
      { width: A4.height, height: A4.width, orient: 'landscape' },
    ]);
    for (const section of docx.sections) expect(section.margin).toMatchObject(MARGINS);
    expect(docx.sections.map((s) => s.titlePage)).toEqual([true, false, false]);
    for (const section of docx.sections) expect(section.headers.default).toContain('PAGE');
    const plan = docx.paragraphs.indexOf('KẾ HOẠCH');
    const annex = docx.paragraphs.indexOf('PHỤ LỤC');
    expect(plan).toBeGreaterThan(docx.paragraphs.indexOf('Bùi Xuân Minh'));
    expect(annex).toBeGreaterThan(plan);
    expect(docx.paragraphs[annex + 1]).toBe('NHIỆM VỤ CỤ THỂ, SẢN PHẨM, TIẾN ĐỘ VÀ TRÁCH NHIỆM THỰC HIỆN');
    expect(docx.paragraphs).toContain(
      `(Ban hành kèm theo Quyết định số ${BLANK}/QĐ-SYT ngày ${BLANK}/02/2023 của Sở Y tế)`,
    );
  });

  it('draws the annex table with the plan columns and a header row repeated on each page', () => {
    const table = docxTables(docx.documentXml).find((t) => t.xml.includes('<w:tblHeader/>'));
    expect(table).toBeDefined();
    expect(table?.rows[0]).toEqual(PLAN_TASK_COLUMNS.map((c) => c.title));
    expect(table?.rows[0]).toEqual([
      'TT',
      'Nhiệm vụ',
      'Thời gian hoàn thành',
      'Trách nhiệm thực hiện',
      'Sản phẩm/hoạt động',
      'Đơn vị phối hợp',
    ]);
    expect(table?.rows).toHaveLength(10);
    expect(table?.rows[1]?.[0]).toBe('01');
    expect(table?.rows[1]?.[2]).toBe('Thường xuyên');
    expect(table?.rows[7]?.[2]).toBe('Trong năm (nếu có)');
    expect(table?.rows[5]?.[4]).toBe('1. Quyết định công bố\n2. Báo cáo kết quả');
    // Ruled, and as wide as the landscape text area (297 − 30 − 15 mm).
    expect(table?.xml).toContain('<w:insideV w:val="single"');
    const grid = [...(table?.xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g) ?? [])].map((m) => Number(m[1]));
    expect(grid).toHaveLength(6);
    expect(
      Math.abs(grid.reduce((a, b) => a + b, 0) - (A4.height - MARGINS.left - MARGINS.right)),
    ).toBeLessThan(6);
  });
});

describe('buildDocx: other shapes of document', () => {
  const base: OfficialDocument = {
    kind: 'cong-van',
    parentAgency: 'ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA',
    issuingAgency: 'ỦY BAN NHÂN DÂN\nHUYỆN VẠN NINH',
    number: 632,
    symbol: 'UBND-NV',
    place: 'Vạn Ninh',
    date: '2020-03-19',
    subject: 'triển khai các biện pháp cải thiện chất lượng phục vụ',
    recipients: ['Ủy ban nhân dân tỉnh Khánh Hòa'],
    body: [{ type: 'paragraph', text: 'Nội dung.' }],
    signature: {
      authority: 'TM. ỦY BAN NHÂN DÂN',
      deputyOf: 'KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Trần Ngọc Khiêm',
    },
    distribution: ['Như trên'],
    archive: 'VT, NV',
  };

  it('writes a registered number and date, one recipient on the "Kính gửi" line, a deputy’s signature', async () => {
    const docx = await readDocx(await buildDocx(base));
    expect(docx.paragraphs).toContain('Số: 632/UBND-NV');
    expect(docx.paragraphs).toContain('Vạn Ninh, ngày 19 tháng 3 năm 2020');
    expect(docx.paragraphs).toContain('Kính gửi: Ủy ban nhân dân tỉnh Khánh Hòa.');
    const start = docx.paragraphs.indexOf('- Lưu: VT, NV.');
    expect(docx.paragraphs.slice(start + 1).filter((p) => p !== '')).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Trần Ngọc Khiêm',
    ]);
  });

  it('builds the same file from the model after a JSON round trip (officers edit it as JSON)', async () => {
    const edited = JSON.parse(JSON.stringify(SEED_004_QUYET_DINH)) as OfficialDocument;
    const [a, b] = await Promise.all([buildDocx(SEED_004_QUYET_DINH), buildDocx(edited)]);
    expect((await readDocx(b)).paragraphs).toEqual((await readDocx(a)).paragraphs);
  });

  it('embeds a chart picture', async () => {
    const png = barChartPng({
      categories: ['Tiếp cận dịch vụ', 'Thủ tục hành chính'],
      series: [{ name: '2022', values: [72.27, 85.7] }],
    });
    const docx = await readDocx(
      await buildDocx({
        ...base,
        body: [
          {
            type: 'image',
            pngBase64: png.toString('base64'),
            widthMm: 150,
            heightMm: 84,
            caption: 'Biểu đồ 1',
          },
        ],
      }),
    );
    expect(docx.files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    expect(docx.documentXml).toContain('<wp:inline');
    expect(docx.paragraphs).toContain('Biểu đồ 1');
  });
});
