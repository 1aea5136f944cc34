import { beforeAll, describe, expect, it } from 'vitest';
import { MOTTO, NATIONAL_NAME } from './compose.ts';
import { buildDocx } from './docx-build.ts';
import { SEED_003_CONG_VAN } from './fixtures/seed-003-cong-van.ts';
import { SEED_004_QUYET_DINH } from './fixtures/seed-004-quyet-dinh.ts';
import type { OfficialDocument } from './model.ts';
import { buildPdf } from './pdf-build.ts';
import { readDocx } from './testing/docx-reader.ts';
import { type PdfPage, readPdf } from './testing/pdf-reader.ts';

/** A4 in points, as PDF measures it. */
const A4 = { width: 595.28, height: 841.89 };

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

describe('buildPdf: seed 003, a letter of UBND phường Phương Sài', () => {
  let pdf: Buffer;
  let pages: PdfPage[];
  beforeAll(async () => {
    pdf = await buildPdf(SEED_003_CONG_VAN);
    pages = await readPdf(pdf);
  });

  it('prints on A4 portrait pages', () => {
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(A4.width, 1);
      expect(page.height).toBeCloseTo(A4.height, 1);
    }
  });

  it('keeps the Vietnamese of the header intact for copy and search', () => {
    const first = pages[0]!.lines;
    expect(first).toContain(NATIONAL_NAME);
    expect(first).toContain(MOTTO);
    expect(first).toContain('UBND THÀNH PHỐ NHA TRANG');
    expect(first).toContain('PHƯỜNG PHƯƠNG SÀI');
    expect(first.some((line) => /^Phương Sài, ngày tháng 4 năm 2023$/.test(line))).toBe(true);
    expect(first.some((line) => line.startsWith('V/v triển khai, công bố Chỉ số hài lòng'))).toBe(true);
  });

  it('numbers pages from 2 on, in the top margin', () => {
    expect(pages.map((p) => p.topMargin)).toEqual(pages.map((_, i) => (i === 0 ? '' : String(i + 1))));
    expect(pages[0]!.lines[0]).toBe('UBND THÀNH PHỐ NHA TRANG');
  });

  it('breaks lines only at spaces, so references stay whole', () => {
    const text = pages.map((p) => p.text).join('\n');
    expect(text).toContain('1069/QĐ-UBND');
    expect(text).not.toMatch(/\d\/ QĐ|QĐ- UBND/);
    expect(text).toContain('72,27%');
  });

  it('ends with "Nơi nhận" and the chair’s signature', () => {
    const last = pages.at(-1)!.lines;
    for (const line of [
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, Lý.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Văn Duy Vinh',
    ]) {
      expect(last).toContain(line);
    }
  });

  it('embeds the bundled Liberation Serif and no other font', () => {
    const raw = pdf.toString('latin1');
    const fonts = [...raw.matchAll(/\/BaseFont\s*\/([A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[2]);
    expect(new Set(fonts)).toEqual(
      new Set([
        'LiberationSerif',
        'LiberationSerif-Bold',
        'LiberationSerif-Italic',
        'LiberationSerif-BoldItalic',
      ]),
    );
  });

  it('says the same words as the DOCX of the same letter', async () => {
    const docx = await readDocx(await buildDocx(SEED_003_CONG_VAN));
    // The body text without the page numbers, which fall inside paragraphs that run over a page.
    const pdfText = squeeze(pages.map((p) => p.text).join(''));
    for (const paragraph of docx.paragraphs.map(squeeze).filter((p) => p !== '')) {
      expect(pdfText, paragraph).toContain(paragraph);
    }
  });
});

describe('buildPdf: seed 004, a decision with a plan and a landscape annex', () => {
  let pages: PdfPage[];
  beforeAll(async () => {
    pages = await readPdf(await buildPdf(SEED_004_QUYET_DINH));
  });

  it('prints the decision, then the plan on a new page, then the annex on landscape pages', () => {
    const firstOf = (text: string) => pages.findIndex((p) => p.lines.includes(text));
    expect(pages[0]!.lines).toContain('QUYẾT ĐỊNH');
    expect(pages[0]!.lines).toContain('GIÁM ĐỐC SỞ Y TẾ TỈNH KHÁNH HÒA');
    expect(pages[0]!.lines).toContain('Bùi Xuân Minh');
    const plan = firstOf('KẾ HOẠCH');
    const annex = firstOf('PHỤ LỤC');
    expect(plan).toBe(1);
    expect(annex).toBeGreaterThan(plan);
    pages.forEach((page, i) => {
      const landscape = i >= annex;
      expect(page.width).toBeCloseTo(landscape ? A4.height : A4.width, 1);
      expect(page.height).toBeCloseTo(landscape ? A4.width : A4.height, 1);
    });
  });

  it('repeats the annex table header on every annex page', () => {
    const annexPages = pages.filter((p) => p.width > p.height);
    expect(annexPages.length).toBeGreaterThan(1);
    for (const page of annexPages) {
      // Cells of one row share a baseline, so the reader runs them together: compare without spaces.
      const text = squeeze(page.text);
      for (const title of [
        'TT',
        'Nhiệm vụ',
        'Thời gian hoàn thành',
        'Sản phẩm/hoạt động',
        'Đơn vị phối hợp',
      ]) {
        expect(text).toContain(squeeze(title));
      }
    }
    const all = squeeze(annexPages.map((p) => p.text).join(''));
    for (const text of [
      'Thường xuyên',
      'Định kỳ hàng tháng',
      'Trong năm (nếu có)',
      'Tháng 01',
      'Ban chỉ đạo ISO',
    ]) {
      expect(all).toContain(squeeze(text));
    }
  });
});

describe('buildPdf: tables', () => {
  it('prints every word of a row taller than a page, breaking it across pages', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `việc${i}`).join(' ');
    const pages = await readPdf(
      await buildPdf({
        ...SEED_004_QUYET_DINH,
        annexes: [
          {
            title: 'PHỤ LỤC',
            body: [
              {
                type: 'table',
                columns: [
                  { title: 'TT', width: 1 },
                  { title: 'Nhiệm vụ', width: 4 },
                ],
                rows: [
                  ['01', long],
                  ['02', 'ngắn'],
                ],
              },
            ],
          },
        ],
      }),
    );
    const words = pages.flatMap((p) => p.text.match(/việc\d+/g) ?? []);
    expect(words).toHaveLength(400);
    expect(pages.map((p) => p.text).join('\n')).toContain('ngắn');
  });
});

describe('buildPdf: Vietnamese text', () => {
  const letter: OfficialDocument = {
    kind: 'thong-bao',
    issuingAgency: 'ỦY BAN NHÂN DÂN\nPHƯỜNG PHƯƠNG SÀI',
    symbol: 'TB-UBND',
    number: 7,
    place: 'Phương Sài',
    date: '2025-01-06',
    subject: 'Lịch tiếp công dân',
    body: [
      { type: 'paragraph', text: 'Người dân ưu tiên: ư ơ ă â ê ô đ Đ ệ ỹ Ỹ ằ ẳ ẵ ặ ở ợ ữ ự.' },
      // Typed with an old input method: letters and marks apart (NFD).
      { type: 'paragraph', text: 'Trưởng Trạm y tế phường Phương Sài'.normalize('NFD') },
    ],
    signature: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Thị Ngọc Hưởng' },
  };

  it('keeps every diacritic, and composes decomposed input into whole letters', async () => {
    const [page] = await readPdf(await buildPdf(letter));
    expect(page?.lines).toContain('Người dân ưu tiên: ư ơ ă â ê ô đ Đ ệ ỹ Ỹ ằ ẳ ẵ ặ ở ợ ữ ự.');
    expect(page?.lines).toContain('Trưởng Trạm y tế phường Phương Sài');
    // Number and date share a baseline in the header grid.
    expect(page?.text).toContain('Số: 07/TB-UBND');
    expect(page?.text).toContain('Phương Sài, ngày 06 tháng 01 năm 2025');
    expect(page?.lines).toContain('THÔNG BÁO');
    expect(page?.lines).toContain('Nguyễn Thị Ngọc Hưởng');
  });
});
