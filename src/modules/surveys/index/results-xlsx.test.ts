import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sipasTable } from '../testing/fixtures.ts';
import type { CriterionResult, UnitResult } from './index-engine.ts';
import { indexTableXlsx } from './results-xlsx.ts';

function criterion(
  code: string,
  title: string,
  index: number | null,
  dist: Record<string, number>,
): CriterionResult {
  return {
    code,
    title,
    index,
    ciLow: index === null ? null : index - 3,
    ciHigh: index === null ? null : index + 3,
    respondents: 40,
    target: null,
    gap: null,
    change: null,
    questions: [
      {
        code: `${code}.1`,
        index,
        ciLow: null,
        ciHigh: null,
        ciMethod: 'normal',
        answered: 38,
        noOpinion: 2,
        distribution: dist,
        change: null,
      },
    ],
  };
}

function unit(over: Partial<UnitResult>): UnitResult {
  return {
    unit: 'X',
    name: null,
    peerGroup: 'phuong',
    responses: 40,
    excluded: 0,
    overall: {
      index: null,
      ciLow: null,
      ciHigh: null,
      respondents: 40,
      target: null,
      gap: null,
      change: null,
    },
    rank: null,
    rankOf: 0,
    lowSample: false,
    sample: {
      respondents: 40,
      sd: 20,
      sdSource: 'observed',
      halfWidth: 5,
      needed: 0,
      neededForMinSample: 0,
    },
    criteria: [],
    ...over,
  };
}

const TABLE = sipasTable([
  unit({
    unit: 'PS',
    name: 'UBND phường Phương Sài',
    responses: 118,
    overall: {
      index: 76.4567,
      ciLow: 73,
      ciHigh: 80,
      respondents: 118,
      target: 80,
      gap: -3.5433,
      change: null,
    },
    rank: 1,
    rankOf: 2,
    criteria: [
      criterion('C1', 'Tiếp cận dịch vụ', 72.2699, { '1': 10, '2': 20, '3': 70 }),
      criterion('C2', 'Thủ tục hành chính', 80.6433, { '1': 0, '2': 25, '4': 75 }),
    ],
  }),
  unit({
    unit: 'VH',
    name: 'UBND phường Vĩnh Hải',
    responses: 12,
    overall: { index: 70, ciLow: 60, ciHigh: 80, respondents: 12, target: 80, gap: -10, change: null },
    rank: 2,
    rankOf: 2,
    lowSample: true,
    criteria: [
      criterion('C1', 'Tiếp cận dịch vụ', 68.5, { '1': 50, '2': 50, '3': 0 }),
      criterion('C2', 'Thủ tục hành chính', null, { '1': 0, '2': 0, '4': 0 }),
    ],
  }),
  unit({ unit: 'NT', name: 'UBND phường Nha Trang', responses: 0, rank: null, rankOf: 2 }),
]);

describe('indexTableXlsx', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const bytes = await indexTableXlsx(TABLE, {
      title: 'Chỉ số hài lòng của người dân đối với UBND cấp xã',
      questionnaireTitle: 'Phiếu khảo sát sự hài lòng',
      // 07:05 UTC = 14:05 in Vietnam.
      generatedAt: new Date('2025-10-01T07:05:00Z'),
    });
    book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  });

  it('has the ranking and the question sheets', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Xếp hạng', 'Câu hỏi']);
  });

  it('puts a title, a subtitle in Vietnam time, and a frozen, filtered header', () => {
    const sheet = book.getWorksheet('Xếp hạng')!;
    expect(sheet.getCell('A1').value).toBe('Chỉ số hài lòng của người dân đối với UBND cấp xã');
    const sub = String(sheet.getCell('A2').value);
    expect(sub).toContain('Kỳ: quý III/2025');
    expect(sub).toContain('Phiếu khảo sát sự hài lòng (mã SIPAS, phiên bản 2)');
    expect(sub).toContain('lập lúc 01/10/2025 14:05');
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'Hạng',
      'Trong số',
      'Mã đơn vị',
      'Đơn vị',
      'Nhóm',
      'Số phiếu',
      'C1 Tiếp cận dịch vụ',
      'C2 Thủ tục hành chính',
      'Chung (%)',
      'Chỉ tiêu',
      'Chênh lệch',
      'Mẫu nhỏ',
      'Tạm giữ',
      'Bị loại',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.autoFilter).toBeDefined();
  });

  it('stores ranks and indexes as numbers rounded to 2 decimals, with a 2-decimal format', () => {
    const sheet = book.getWorksheet('Xếp hạng')!;
    const ps = sheet.getRow(4);
    expect(ps.getCell(1).value).toBe(1);
    expect(ps.getCell(2).value).toBe(2);
    expect(ps.getCell(4).value).toBe('UBND phường Phương Sài');
    expect(ps.getCell(6).value).toBe(118);
    expect(ps.getCell(7).value).toBe(72.27);
    expect(ps.getCell(7).numFmt).toBe('#,##0.00');
    expect(ps.getCell(8).value).toBe(80.64);
    expect(ps.getCell(9).value).toBe(76.46);
    expect(ps.getCell(10).value).toBe(80);
    expect(ps.getCell(11).value).toBe(-3.54);
    expect(ps.getCell(12).value).toBeNull();
    const vh = sheet.getRow(5);
    expect(vh.getCell(1).value).toBe(2);
    expect(vh.getCell(8).value).toBeNull();
    expect(vh.getCell(12).value).toBe('Có');
    // An unranked unit has neither rank nor "of N".
    const nt = sheet.getRow(6);
    expect(nt.getCell(1).value).toBeNull();
    expect(nt.getCell(2).value).toBeNull();
    expect(nt.getCell(4).value).toBe('UBND phường Nha Trang');
  });

  it('lists each question of each unit with the distribution over the union of option values', () => {
    const sheet = book.getWorksheet('Câu hỏi')!;
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'Mã đơn vị',
      'Đơn vị',
      'Tiêu chí',
      'Mã câu hỏi',
      'Chỉ số (%)',
      'Số trả lời',
      'Không ý kiến',
      'Phương án 1 (%)',
      'Phương án 2 (%)',
      'Phương án 3 (%)',
      'Phương án 4 (%)',
    ]);
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'PS',
      'UBND phường Phương Sài',
      'C1',
      'C1.1',
      72.27,
      38,
      2,
      10,
      20,
      70,
    ]);
    expect(sheet.getRow(4).getCell(11).value).toBeNull();
    // C2 has no option 3: blank, not 0.
    expect(sheet.getRow(5).getCell(10).value).toBeNull();
    expect(sheet.getRow(5).getCell(11).value).toBe(75);
    // Two units with two questions each; the unit without responses has no criteria here.
    expect(sheet.rowCount).toBe(3 + 4);
  });
});
