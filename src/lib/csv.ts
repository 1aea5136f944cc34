/**
 * A small RFC 4180 CSV reader that keeps line numbers, because every import error must name the
 * line a person sees in their editor ("Dòng 7: …"). Accepts what Excel writes: UTF-8 with or without
 * BOM, LF or CRLF, quoted fields with doubled quotes and embedded line breaks. The delimiter is a
 * comma; a header with semicolons and no comma (Excel in a Vietnamese locale) switches to ";".
 */

export interface CsvRecord {
  /** 1-based physical line where the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

export function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
}

export function parseCsv(
  input: string,
  delimiter: ',' | ';' = detectDelimiter(stripBom(input)),
): CsvRecord[] {
  const records: CsvRecord[] = [];
  eachCsvRecord(input, (record) => records.push(record), delimiter);
  return records;
}

/** Like parseCsv, but hands each record over as soon as it is read, so a large file is never held as records. */
export function eachCsvRecord(
  input: string,
  onRecord: (record: CsvRecord) => void,
  delimiter: ',' | ';' = detectDelimiter(stripBom(input)),
): void {
  const text = stripBom(input);
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quotedFieldLine = 0;
  let afterQuote = false;
  let i = 0;

  const endField = () => {
    fields.push(field);
    field = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    // A line with nothing on it is skipped (Excel often leaves a trailing blank line).
    if (!(fields.length === 1 && fields[0] === '')) onRecord({ line: recordLine, fields });
    fields = [];
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        afterQuote = true;
        i++;
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (field !== '' || afterQuote) {
        throw new CsvSyntaxError(line, 'dấu ngoặc kép (") đặt sai chỗ trong một ô');
      }
      inQuotes = true;
      quotedFieldLine = line;
      i++;
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (afterQuote) throw new CsvSyntaxError(line, 'có ký tự sau dấu ngoặc kép đóng của một ô');
    field += ch;
    i++;
  }
  if (inQuotes) throw new CsvSyntaxError(quotedFieldLine, 'dấu ngoặc kép (") mở nhưng không đóng');
  if (field !== '' || fields.length > 0 || afterQuote) endRecord();
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Decode bytes as strict UTF-8, so a file saved in another encoding is rejected instead of garbled. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+…`, `-…`, `@…`, or after a tab or
 * CR that some programs strip) gets a leading apostrophe, so it shows as text (OWASP "CSV
 * injection"). A number, negative ones included, stays a number.
 */
export function neutraliseFormula(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value)) return value;
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value)) return value;
  return `'${value}`;
}

/** One CSV cell, safe to open in a spreadsheet: formulas neutralised, quoted when it needs it. */
export function csvCell(value: string | number | null | undefined): string {
  const s = value == null ? '' : typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
