import { readFileSync, statSync } from 'node:fs';
import { decodeUtf8 } from '../lib/csv.ts';
import { checkCsvRowCount, checkImportSize } from '../modules/imports/limits.ts';

/**
 * A CSV file a command imports, within the web import's limits (checked before it is read and
 * parsed): its bytes and UTF-8 text, or null (and a line on stderr) when it is not UTF-8.
 */
export function readCsvFile(file: string): { bytes: Buffer; text: string } | null {
  checkImportSize('units', statSync(file).size);
  const bytes = readFileSync(file);
  checkCsvRowCount('units', bytes);
  const text = decodeUtf8(bytes);
  if (text === null) {
    process.stderr.write(`Tệp ${file} không phải UTF-8. Hãy lưu lại với mã hoá "CSV UTF-8".\n`);
    return null;
  }
  return { bytes, text };
}
