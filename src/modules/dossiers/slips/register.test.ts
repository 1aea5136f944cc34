import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fromVnDateTime } from '../../../lib/time.ts';
import { REGISTER_SHEET, registerXlsx } from './register.ts';

const vn = fromVnDateTime;

describe('registerXlsx (Mẫu 06)', () => {
  it('opens in exceljs with the title, the nine headers and each dossier on its row', async () => {
    const xlsx = await registerXlsx('UBND phường Phương Sài', 'Quý I/2026', [
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
      },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet(REGISTER_SHEET)!;
    expect(sheet).toBeDefined();
    expect(sheet.getCell('A1').value).toBe('SỔ THEO DÕI HỒ SƠ — UBND phường Phương Sài — Quý I/2026');
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
});
