import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { barChartPng } from './chart.ts';
import { buildXlsx, safeSheetName, type XlsxSheet } from './xlsx-table.ts';

const RANKING: XlsxSheet = {
  name: 'Xếp hạng 2022',
  title: 'Chỉ số hài lòng của Trạm y tế cấp xã năm 2022',
  columns: [
    { header: 'TT', key: 'rank', format: 'integer', width: 6 },
    { header: 'Đơn vị', key: 'unit', width: 32 },
    { header: 'Số phiếu', key: 'answers', format: 'integer' },
    { header: 'Chỉ số chung', key: 'index', format: 'percent' },
    { header: 'Điểm trung bình', key: 'mean', format: 'decimal', decimals: 3 },
    { header: 'Ngày công bố', key: 'published', format: 'date' },
  ],
  rows: [
    {
      rank: 1,
      unit: 'Trạm y tế phường Vĩnh Hải',
      answers: 1250,
      index: 91.2,
      mean: 4.5678,
      published: '2023-03-24',
    },
    {
      rank: 27,
      unit: 'Trạm y tế phường Phương Sài',
      answers: 118,
      index: 76.46,
      mean: 3.9,
      published: '2023-03-24',
    },
    {
      rank: 28,
      unit: 'Trạm y tế (chưa khảo sát)',
      answers: null,
      index: undefined,
      mean: null,
      published: '',
    },
  ],
};

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('buildXlsx', () => {
  it('writes a title, a bold header row frozen at the top, and the rows under it', async () => {
    const sheet = (await open(await buildXlsx([RANKING]))).getWorksheet('Xếp hạng 2022')!;
    expect(sheet.getCell('A1').value).toBe('Chỉ số hài lòng của Trạm y tế cấp xã năm 2022');
    expect(sheet.getCell('A1').isMerged).toBe(true);
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'TT',
      'Đơn vị',
      'Số phiếu',
      'Chỉ số chung',
      'Điểm trung bình',
      'Ngày công bố',
    ]);
    expect(sheet.getCell('B3').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.autoFilter).toBeDefined();
    expect(sheet.getCell('B5').value).toBe('Trạm y tế phường Phương Sài');
    expect(sheet.getCell('B5').font?.name).toBe('Times New Roman');
  });

  it('keeps numbers as numbers with formats that show "1.250" and "76,46%" on a Vietnamese Excel', async () => {
    const sheet = (await open(await buildXlsx([RANKING]))).getWorksheet(1)!;
    expect(sheet.getCell('C4').value).toBe(1250);
    expect(sheet.getCell('C4').numFmt).toBe('#,##0');
    // Percent points in, a fraction stored: Excel's % format and sums then work.
    expect(sheet.getCell('D5').value).toBeCloseTo(0.7646, 10);
    expect(sheet.getCell('D5').numFmt).toBe('0.00%');
    expect(sheet.getCell('E4').value).toBe(4.5678);
    expect(sheet.getCell('E4').numFmt).toBe('#,##0.000');
    const date = sheet.getCell('F4').value as Date;
    expect(date).toBeInstanceOf(Date);
    expect(date.toISOString().slice(0, 10)).toBe('2023-03-24');
    expect(sheet.getCell('F4').numFmt).toBe('dd/mm/yyyy');
  });

  it('leaves missing values as empty cells, not zeros', async () => {
    const sheet = (await open(await buildXlsx([RANKING]))).getWorksheet(1)!;
    expect(sheet.getCell('C6').value).toBeNull();
    expect(sheet.getCell('D6').value).toBeNull();
    expect(sheet.getCell('F6').value).toBeNull();
  });

  it('puts several sheets in one book and embeds a chart picture', async () => {
    const png = barChartPng({
      categories: ['Vĩnh Hải', 'Phương Sài'],
      series: [{ name: '2022', values: [91.2, 76.46] }],
    });
    const workbook = await open(
      await buildXlsx([
        RANKING,
        {
          name: 'Biểu đồ',
          columns: [{ header: 'Đơn vị', key: 'unit' }],
          rows: [],
          images: [{ png, col: 2, row: 1, widthPx: 600, heightPx: 340 }],
        },
      ]),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Xếp hạng 2022', 'Biểu đồ']);
    expect(workbook.getWorksheet('Biểu đồ')!.getImages()).toHaveLength(1);
  });

  it('makes sheet names Excel accepts', () => {
    expect(safeSheetName('Quý 1/2023: kết quả [tạm]')).toBe('Quý 1 2023  kết quả  tạm');
    expect(safeSheetName('Chỉ số hài lòng của tổ chức, cá nhân năm 2022')).toHaveLength(31);
    expect(safeSheetName('///')).toBe('Sheet');
  });
});
