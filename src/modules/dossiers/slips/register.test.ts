import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fromVnDateTime } from '../../../lib/time.ts';
import { REGISTER_SHEET, registerXlsx } from './register.ts';

const vn = fromVnDateTime;

describe('registerXlsx (Sổ theo dõi hồ sơ: Mẫu 06 of TT 01/2018, Mẫu 07 of TT 03/2025)', () => {
  it('opens in exceljs with the title, the nine headers and each dossier on its row', async () => {
    const xlsx = await registerXlsx(
      'UBND phường Phương Sài',
      'Quý I/2026',
      [
        {
          no: 1,
          code: 'P09-20260302-0001',
          procedure: 'Đăng ký khai sinh',
          applicant: 'Nguyễn Thị Hương Giang',
          receivedAt: vn('2026-03-02T08:05'),
          dueAt: vn('2026-03-05T16:30'),
          returnedAt: vn('2026-03-04T14:20'),
          status: 'Đã trả kết quả',
          note: 'Trả trước hạn',
          ruleSet: 'ND118-2025',
        },
        {
          no: 2,
          code: 'P09-20260302-0002',
          procedure: 'Chứng thực bản sao từ bản chính',
          applicant: 'Lê Văn Đức',
          // 23:45 UTC on 2 March is 06:45 on 3 March in Vietnam.
          receivedAt: new Date('2026-03-02T23:45:00Z'),
          dueAt: vn('2026-03-03T16:30'),
          status: 'Đang xử lý',
          ruleSet: 'ND118-2025',
        },
      ],
      'ND118-2025',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet(REGISTER_SHEET)!;
    expect(sheet).toBeDefined();
    expect(sheet.getCell('A1').value).toBe(
      'SỔ THEO DÕI HỒ SƠ — UBND phường Phương Sài — Quý I/2026 (Mẫu số 07 — Thông tư 03/2025/TT-VPCP, Phụ lục I; số và tên mẫu theo dữ liệu chưa kiểm chứng với văn bản gốc)',
    );
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Mã hồ sơ',
      'Thủ tục',
      'Người nộp',
      'Ngày nhận',
      'Ngày hẹn trả',
      'Ngày trả',
      'Trạng thái',
      'Ghi chú',
    ]);
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([
      1,
      'P09-20260302-0001',
      'Đăng ký khai sinh',
      'Nguyễn Thị Hương Giang',
      '02/03/2026 08:05',
      '05/03/2026 16:30',
      '04/03/2026 14:20',
      'Đã trả kết quả',
      'Trả trước hạn',
    ]);
    const second = sheet.getRow(5);
    expect(second.getCell(1).value).toBe(2);
    expect(second.getCell(4).value).toBe('Lê Văn Đức');
    expect(second.getCell(5).value).toBe('03/03/2026 06:45');
    expect(second.getCell(7).value).toBeNull();
    expect(second.getCell(8).value).toBe('Đang xử lý');
    expect(second.getCell(9).value).toBeNull();
    expect(sheet.rowCount).toBe(5);
  });

  it('gives a period across 1/7/2025 one sheet per regime, in date order, each numbered from 1 with its own form line', async () => {
    const row = (code: string, received: string, ruleSet: string) => ({
      no: 0,
      code,
      procedure: 'Đăng ký khai sinh',
      applicant: 'Nguyễn Văn An',
      receivedAt: vn(received),
      dueAt: vn(received),
      status: 'Đang xử lý',
      ruleSet,
    });
    const xlsx = await registerXlsx(
      'UBND xã An',
      'Quý III/2025',
      [
        row('A-20250630-0001', '2025-06-30T23:59', 'ND61-2018'),
        row('A-20250701-0001', '2025-07-01T00:00', 'ND118-2025'),
        row('A-20250701-0002', '2025-07-01T08:00', 'ND118-2025'),
      ],
      'ND61-2018',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Mẫu 06 (01-2018-TT-VPCP)',
      'Mẫu 07 (03-2025-TT-VPCP)',
    ]);
    const [old, today] = book.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(old.getCell('A1').value).toBe(
      'SỔ THEO DÕI HỒ SƠ — UBND xã An — Quý III/2025 (Mẫu số 06 — Thông tư 01/2018/TT-VPCP)',
    );
    expect(String(today.getCell('A1').value)).toContain('(Mẫu số 07 — Thông tư 03/2025/TT-VPCP, Phụ lục I;');
    expect([old.getCell('A4').value, old.getCell('B4').value, old.rowCount]).toEqual([
      1,
      'A-20250630-0001',
      4,
    ]);
    expect([today.getCell('A4').value, today.getCell('A5').value, today.getCell('B5').value]).toEqual([
      1,
      2,
      'A-20250701-0002',
    ]);
  });

  it('heads an empty register with the regime in force when the period begins', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await registerXlsx('UBND xã An', 'tháng 6/2025', [], 'ND61-2018')) as unknown as ExcelJS.Buffer,
    );
    expect(book.worksheets.map((w) => w.name)).toEqual([REGISTER_SHEET]);
    expect(String(book.worksheets[0]!.getCell('A1').value)).toContain('Mẫu số 06 — Thông tư 01/2018/TT-VPCP');
  });
});
