/**
 * Mẫu 06, Sổ theo dõi hồ sơ, as a spreadsheet. Moments are written as text "dd/mm/yyyy HH:mm" in
 * Vietnam time: the register is read and printed, and the shared XLSX writer keeps dates by day only.
 */
import { buildXlsx, type XlsxColumn } from '../../../documents/index.ts';
import { registerDateTime } from './format.ts';
import type { RegisterRow } from './model.ts';

export const REGISTER_COLUMNS: XlsxColumn[] = [
  { header: 'STT', key: 'no', format: 'integer', width: 6 },
  { header: 'Mã hồ sơ', key: 'code', width: 22 },
  { header: 'Thủ tục', key: 'procedure', width: 40 },
  { header: 'Người nộp', key: 'applicant', width: 26 },
  { header: 'Ngày nhận', key: 'receivedAt', width: 17 },
  { header: 'Ngày hẹn trả', key: 'dueAt', width: 17 },
  { header: 'Ngày trả', key: 'returnedAt', width: 17 },
  { header: 'Trạng thái', key: 'status', width: 22 },
  { header: 'Ghi chú', key: 'note', width: 30 },
];

export const REGISTER_SHEET = 'Sổ theo dõi hồ sơ';

export async function registerXlsx(unitName: string, period: string, rows: RegisterRow[]): Promise<Buffer> {
  return buildXlsx([
    {
      name: REGISTER_SHEET,
      title: `SỔ THEO DÕI HỒ SƠ — ${unitName.trim()} — ${period.trim()}`,
      columns: REGISTER_COLUMNS,
      rows: rows.map((r) => ({
        no: r.no,
        code: r.code,
        procedure: r.procedure,
        applicant: r.applicant,
        receivedAt: registerDateTime(r.receivedAt),
        dueAt: registerDateTime(r.dueAt),
        returnedAt: r.returnedAt ? registerDateTime(r.returnedAt) : null,
        status: r.status,
        note: r.note ?? null,
      })),
    },
  ]);
}
