/**
 * A generic spreadsheet writer for lists and statistics (rankings, registers, survey tallies):
 * one table per sheet with a bold header row that stays frozen while scrolling.
 *
 * Numbers are written as numbers with a format code, never as text: "#,##0.00" shows as
 * "12.345,60" on a Vietnamese-locale Excel or LibreOffice (the separators come from the reader's
 * locale) and the cells still add up. Percentages are given in points (72.27) like the rest of
 * the code base and stored as fractions (0.7227) so that Excel's "%" format and sums are right.
 */
import ExcelJS from 'exceljs';

export type XlsxFormat = 'text' | 'integer' | 'decimal' | 'percent' | 'date';

export interface XlsxColumn {
  header: string;
  key: string;
  /** Width in characters; default from the header, at least 8. */
  width?: number;
  format?: XlsxFormat;
  /** Digits after the decimal comma for 'decimal' and 'percent'; default 2. */
  decimals?: number;
}

/** A cell value: a date is a "YYYY-MM-DD" string in a 'date' column. */
export type XlsxValue = string | number | null | undefined;

export interface XlsxImage {
  png: Uint8Array;
  /** Top-left cell, zero-based. */
  col: number;
  row: number;
  widthPx: number;
  heightPx: number;
}

export interface XlsxSheet {
  name: string;
  /** A bold title row above the table (merged across it). */
  title?: string;
  columns: XlsxColumn[];
  rows: Record<string, XlsxValue>[];
  images?: XlsxImage[];
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Same face as the official documents, so a printed table matches the letter it goes with. */
const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;

function numberFormat(column: XlsxColumn): string | undefined {
  const decimals = column.decimals ?? 2;
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  switch (column.format) {
    case 'integer':
      return '#,##0';
    case 'decimal':
      return `#,##0${fraction}`;
    case 'percent':
      return `0${fraction}%`;
    case 'date':
      return 'dd/mm/yyyy';
    default:
      return undefined;
  }
}

function cellValue(value: XlsxValue, format: XlsxFormat | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (format === 'percent' && typeof value === 'number') return value / 100;
  if (format === 'date' && typeof value === 'string') {
    const [y, m, d] = value.split('-').map(Number);
    // exceljs turns a Date into an Excel serial from its UTC time.
    if (y && m && d) return new Date(Date.UTC(y, m - 1, d));
  }
  return value;
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').trim();
  return (cleaned || 'Sheet').slice(0, 31);
}

function addSheet(workbook: ExcelJS.Workbook, spec: XlsxSheet): void {
  const sheet = workbook.addWorksheet(safeSheetName(spec.name));
  let headerRow = 1;
  if (spec.title) {
    const title = sheet.getRow(1);
    title.getCell(1).value = spec.title.normalize('NFC');
    title.getCell(1).font = { ...FONT, size: 14, bold: true };
    title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (spec.columns.length > 1) sheet.mergeCells(1, 1, 1, spec.columns.length);
    headerRow = 3;
  }

  spec.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = column.width ?? Math.max(8, Math.min(60, column.header.length + 2));
    const cell = sheet.getRow(headerRow).getCell(i + 1);
    cell.value = column.header.normalize('NFC');
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });

  spec.rows.forEach((row, r) => {
    const excelRow = sheet.getRow(headerRow + 1 + r);
    spec.columns.forEach((column, i) => {
      const cell = excelRow.getCell(i + 1);
      const value = row[column.key];
      cell.value = cellValue(typeof value === 'string' ? value.normalize('NFC') : value, column.format);
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: column.format === undefined || column.format === 'text' };
      const format = numberFormat(column);
      if (format) cell.numFmt = format;
    });
  });

  // The header stays in view while scrolling, and filters sit on it.
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow, column: spec.columns.length },
  };
  for (const image of spec.images ?? []) {
    const id = workbook.addImage({
      buffer: Buffer.from(image.png) as unknown as ExcelJS.Buffer,
      extension: 'png',
    });
    sheet.addImage(id, {
      tl: { col: image.col, row: image.row },
      ext: { width: image.widthPx, height: image.heightPx },
    });
  }
}

export async function buildXlsx(sheets: XlsxSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hài Lòng';
  for (const sheet of sheets) addSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
