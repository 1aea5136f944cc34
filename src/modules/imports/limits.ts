import { importTooLarge, importTooManyRows } from './imports.errors.ts';
import type { ImportKind } from './jobs.ts';

/**
 * What one imported file may hold, checked before a byte of it is parsed: the size first (from
 * Content-Length, before the body is read, then the bytes received), then the number of lines of
 * a CSV file (a scan for line breaks, no parsing). An XLSX file is compressed, so its rows are
 * counted as the streaming reader reads them, which stops at the first row over the limit.
 * The README lists these limits.
 */
export const IMPORT_LIMITS: Record<ImportKind, { bytes: number; rows: number; what: string }> = {
  responses: { bytes: 24 * 1024 * 1024, rows: 200_000, what: 'phiếu' },
  units: { bytes: 5 * 1024 * 1024, rows: 50_000, what: 'đơn vị' },
  procedures: { bytes: 10 * 1024 * 1024, rows: 20_000, what: 'thủ tục' },
};

/** Files up to this size are checked on the main thread: a worker would cost more than it saves. */
export const INLINE_BYTES = 256 * 1024;

/** 413 IMPORT_TOO_LARGE when the file (or its declared Content-Length) is over the limit. */
export function checkImportSize(kind: ImportKind, bytes: number): void {
  const { bytes: max } = IMPORT_LIMITS[kind];
  if (bytes > max) {
    throw importTooLarge(bytes, max);
  }
}

/**
 * 413 IMPORT_TOO_MANY_ROWS when a CSV file has more data lines than the limit (non-empty lines
 * after the header; a quoted cell spanning lines counts each of its lines).
 */
export function checkCsvRowCount(kind: ImportKind, bytes: Uint8Array): void {
  const { rows: max, what } = IMPORT_LIMITS[kind];
  const lines = countNonEmptyLines(bytes) - 1;
  if (lines > max) {
    throw importTooManyRows(lines, max, what);
  }
}

/** Lines with at least one byte other than CR, found with the native byte search. */
export function countNonEmptyLines(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  let start = 0;
  while (start < buffer.length) {
    let end = buffer.indexOf(10, start);
    if (end < 0) end = buffer.length;
    const length = end - start - (end > start && buffer[end - 1] === 13 ? 1 : 0);
    if (length > 0) count++;
    start = end + 1;
  }
  return count;
}

/** Both checks on a received file: its size, then (CSV) its line count. */
export function checkImportBytes(kind: ImportKind, bytes: Uint8Array, csv: boolean): void {
  checkImportSize(kind, bytes.length);
  if (csv) checkCsvRowCount(kind, bytes);
}
