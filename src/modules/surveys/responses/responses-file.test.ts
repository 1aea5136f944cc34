import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLineError } from '../../../lib/errors.ts';
import { parseQuestionnaire } from '../questionnaires/questionnaire.ts';
import { compileQuestionnaire } from '../questionnaires/questionnaire-compile.ts';
import {
  checkResponsesCsv,
  checkResponsesFile,
  checkResponsesTable,
  isResponsesXlsx,
  MAX_RESPONSE_ROWS,
  parseSubmittedAt,
  type ResponseRow,
  readXlsxTable,
  type TableRow,
} from './responses-file.ts';

const parsed = parseQuestionnaire(
  JSON.parse(
    readFileSync(new URL('../../../../data/questionnaires/KH-UBND-XA.json', import.meta.url), 'utf8'),
  ),
);
if (!parsed.ok) throw new Error('KH-UBND-XA.json does not parse');
const compiled = compileQuestionnaire(parsed.questionnaire);
const Q = compiled.questionCodes; // C1.1 … C6.3 (23 questions)
const P = parsed.questionnaire.profile.map((p) => p.code); // AGE, GENDER, OCCUPATION, CHANNEL

const UNITS = new Set(['XA01', 'XA02', 'PHUONG-03']);
const isKnownUnit = (code: string) => UNITS.has(code);

const check = (csv: string) => checkResponsesCsv(csv, compiled, isKnownUnit);
/** What the person sees: the printed error lines ([] when the file is accepted). */
const printed = (csv: string) => {
  const r = check(csv);
  return r.ok ? [] : r.errors.map(formatLineError);
};
const rowsOf = (csv: string): ResponseRow[] => {
  const r = check(csv);
  if (!r.ok) throw new Error(r.errors.map(formatLineError).join('\n'));
  return r.rows;
};

/** Answers with the given question codes set, the others null. */
const answers = (given: Record<string, number>) => Q.map((code) => given[code] ?? null);
const profile = (given: Record<string, number>) => P.map((code) => given[code] ?? null);

describe('checkResponsesCsv: accepted files', () => {
  it('reads a UTF-8 BOM, CRLF line ends and quoted cells', () => {
    const csv =
      '\uFEFFunit_code,submitted_at,C1.1,"C1.2",AGE\r\n' +
      '"XA01","2025-12-31 08:30",3,"9",2\r\n' +
      'XA02,2025-12-31T08:30:00Z," 1 ",,\r\n';
    expect(rowsOf(csv)).toEqual([
      {
        line: 2,
        unitCode: 'XA01',
        submittedAt: new Date('2025-12-31T01:30:00Z'),
        answers: answers({ 'C1.1': 3, 'C1.2': 9 }),
        profile: profile({ AGE: 2 }),
      },
      {
        line: 3,
        unitCode: 'XA02',
        submittedAt: new Date('2025-12-31T08:30:00Z'),
        answers: answers({ 'C1.1': 1 }),
        profile: profile({}),
      },
    ]);
  });

  it('reads ";" as the delimiter (Excel in a Vietnamese locale), columns in any order', () => {
    const csv = 'C6.3;Submitted_At;UNIT_CODE;GENDER\n4;2025-03-01T07:00:00+07:00;PHUONG-03;1\n';
    expect(rowsOf(csv)).toEqual([
      {
        line: 2,
        unitCode: 'PHUONG-03',
        submittedAt: new Date('2025-03-01T00:00:00Z'),
        answers: answers({ 'C6.3': 4 }),
        profile: profile({ GENDER: 1 }),
      },
    ]);
  });

  it('skips blank and fully empty lines, keeps physical line numbers, and accepts short rows', () => {
    const csv = [
      'unit_code,submitted_at,C1.1,C1.4',
      '',
      'XA01,2025-01-02,2', // C1.4 cell missing: unanswered
      ',,,',
      'XA01,2025-01-02T09:00,,5,', // a trailing separator with nothing after it
      '',
      '',
    ].join('\n');
    const rows = rowsOf(csv);
    expect(rows.map((r) => r.line)).toEqual([3, 5]);
    expect(rows[0]!.answers).toEqual(answers({ 'C1.1': 2 }));
    expect(rows[0]!.submittedAt).toEqual(new Date('2025-01-01T17:00:00Z')); // midnight in Vietnam
    expect(rows[1]!.answers).toEqual(answers({ 'C1.4': 5 }));
  });

  it('time-zone edge: no offset is Vietnam time, Z is UTC', () => {
    const [vn, utc] = rowsOf(
      'unit_code,submitted_at,C1.1\nXA01,2025-12-31T23:30:00,1\nXA01,2025-12-31T23:30:00Z,1\n',
    );
    expect(vn!.submittedAt.toISOString()).toBe('2025-12-31T16:30:00.000Z');
    expect(utc!.submittedAt.toISOString()).toBe('2025-12-31T23:30:00.000Z');
    // …which is 06:30 on 1 January 2026 in Vietnam.
    expect(new Date(utc!.submittedAt.getTime() + 7 * 3600_000).toISOString()).toBe(
      '2026-01-01T06:30:00.000Z',
    );
  });
});

describe('checkResponsesCsv: what a person sees for a bad file', () => {
  it('names every bad line, one error per problem, in line then column order; nothing is imported', () => {
    const csv = [
      'unit_code,submitted_at,C1.1,C1.2,C3.1,AGE',
      'XA01,2025-05-01T08:00,3,9,1,2', // good
      'XA99,2025-05-01T08:00,3,,,', // unknown unit
      ',2025-05-01T08:00,3,,,', // no unit
      'XA01,2025-02-30T08:00,3,,,', // impossible date
      'XA01,,3,,,', // no timestamp
      'XA01,01/05/2025 08:00,7,,,', // bad timestamp AND a value that is not an option
      'XA01,2025-05-01T08:00,2.5,abc,,', // not integers
      'XA01,2025-05-01T08:00,,,,9', // profile value not an option, and no question answered
      'XA01,2025-05-01T08:00,,,,1', // profile only: no question answered
      'XA01,2025-05-01T08:00,3,9,1,2,5', // one cell too many
    ].join('\n');
    expect(check(csv).ok).toBe(false);
    expect(printed(csv)).toEqual([
      'Dòng 3: Đơn vị "XA99" không có [UNIT_UNKNOWN]',
      'Dòng 4: Thiếu mã đơn vị (cột unit_code) [UNIT_MISSING]',
      'Dòng 5: Thời điểm "2025-02-30T08:00" không hợp lệ (cần dạng 2025-12-31T08:30 hoặc 2025-12-31 08:30:00, giờ Việt Nam; có thể thêm múi giờ như Z hoặc +07:00) [TIMESTAMP_INVALID]',
      'Dòng 6: Thiếu thời điểm trả lời (cột submitted_at) [TIMESTAMP_INVALID]',
      'Dòng 7: Thời điểm "01/05/2025 08:00" không hợp lệ (cần dạng 2025-12-31T08:30 hoặc 2025-12-31 08:30:00, giờ Việt Nam; có thể thêm múi giờ như Z hoặc +07:00) [TIMESTAMP_INVALID]',
      'Dòng 7: Câu C1.1: "7" không phải một lựa chọn (1, 2, 3) [OPTION_INVALID]',
      'Dòng 8: Câu C1.1: "2.5" không phải số nguyên (1, 2, 3) [VALUE_NOT_INTEGER]',
      'Dòng 8: Câu C1.2: "abc" không phải số nguyên (1, 2, 3, 9) [VALUE_NOT_INTEGER]',
      'Dòng 9: Câu AGE: "9" không phải một lựa chọn (1, 2, 3, 4, 5) [OPTION_INVALID]',
      'Dòng 9: Phiếu không trả lời câu hỏi nào (mọi ô câu hỏi đều trống) [EMPTY_RESPONSE]',
      'Dòng 10: Phiếu không trả lời câu hỏi nào (mọi ô câu hỏi đều trống) [EMPTY_RESPONSE]',
      'Dòng 11: Có 7 ô, nhiều hơn 6 cột của dòng tiêu đề [WRONG_CELL_COUNT]',
    ]);
  });

  it('counts physical lines, so a quoted cell spanning two lines moves the next line number', () => {
    const csv = 'unit_code,submitted_at,C1.1\n"XA\n01",2025-05-01T08:00,1\nXA01,2025-05-01T08:00,4\n';
    expect(printed(csv)).toEqual([
      'Dòng 2: Đơn vị "XA\n01" không có [UNIT_UNKNOWN]',
      'Dòng 4: Câu C1.1: "4" không phải một lựa chọn (1, 2, 3) [OPTION_INVALID]',
    ]);
  });

  it('reports header problems alone, on the header line', () => {
    expect(printed('unit_code,C1.1,c1.2,C9.9,C1.1,,AGE\nXA01,1,1,1,1,,1\n')).toEqual([
      'Dòng 1: Cột "c1.2" không phải unit_code, submitted_at hay mã một câu hỏi của phiếu KH-UBND-XA (có phải "C1.2"? mã câu hỏi phân biệt chữ hoa, chữ thường) [UNKNOWN_COLUMN]',
      'Dòng 1: Cột "C9.9" không phải unit_code, submitted_at hay mã một câu hỏi của phiếu KH-UBND-XA [UNKNOWN_COLUMN]',
      'Dòng 1: Cột "C1.1" xuất hiện nhiều lần (cột thứ 2, 5) [DUPLICATE_COLUMN]',
      'Dòng 1: Cột thứ 6 không có tên (ô tiêu đề trống) [UNKNOWN_COLUMN]',
      'Dòng 1: Thiếu cột "submitted_at" [MISSING_COLUMN]',
    ]);
    expect(printed('UNIT_CODE,submitted_at,unit_code,C1.1\n')).toEqual([
      'Dòng 1: Cột "unit_code" xuất hiện nhiều lần (cột thứ 1, 3) [DUPLICATE_COLUMN]',
    ]);
    expect(printed('unit_code,submitted_at,AGE\nXA01,2025-01-01,1\n')).toEqual([
      'Dòng 1: Không có cột câu hỏi nào (cần ít nhất một cột như C1.1, C1.2, C1.3…) [MISSING_COLUMN]',
    ]);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(printed('')).toEqual([
      'Dòng 1: Tệp rỗng, cần dòng tiêu đề unit_code,submitted_at,<mã câu hỏi>… [EMPTY_FILE]',
    ]);
    expect(printed('\uFEFF\r\n\r\n')).toEqual([
      'Dòng 1: Tệp rỗng, cần dòng tiêu đề unit_code,submitted_at,<mã câu hỏi>… [EMPTY_FILE]',
    ]);
    expect(printed('unit_code,submitted_at,C1.1\r\n,,\r\n\r\n')).toEqual([
      'Dòng 1: Tệp không có dòng phiếu nào (chỉ có dòng tiêu đề) [EMPTY_FILE]',
    ]);
  });

  it('reports a CSV syntax error with its line', () => {
    expect(printed('unit_code,submitted_at,C1.1\nXA01,2025-01-01,1\nXA01,"2025-01-01,1\n')).toEqual([
      'Dòng 3: Dấu ngoặc kép (") mở nhưng không đóng [CSV_SYNTAX]',
    ]);
  });

  it(`accepts ${MAX_RESPONSE_ROWS.toLocaleString('en')} rows and refuses one more`, () => {
    const header: TableRow = { line: 1, cells: ['unit_code', 'submitted_at', 'C1.1'] };
    const table = [header];
    for (let i = 0; i < MAX_RESPONSE_ROWS; i++) {
      table.push({ line: i + 2, cells: ['XA01', '2025-05-01T08:00', '1'] });
    }
    const accepted = checkResponsesTable(table, compiled, isKnownUnit);
    expect(accepted.ok && accepted.rows.length).toBe(MAX_RESPONSE_ROWS);

    table.push({ line: MAX_RESPONSE_ROWS + 2, cells: ['XA01', '2025-05-01T08:00', '1'] });
    const refused = checkResponsesTable(table, compiled, isKnownUnit);
    expect(refused.ok ? [] : refused.errors.map(formatLineError)).toEqual([
      'Dòng 1: Tệp có 200.001 dòng phiếu, tối đa 200.000 dòng mỗi tệp; hãy chia thành nhiều tệp [FILE_TOO_LARGE]',
    ]);
  });
});

describe('checkResponsesFile', () => {
  it('refuses bytes that are not UTF-8 and a broken XLSX', async () => {
    const latin1 = new Uint8Array([...Buffer.from('unit_code,submitted_at,C1.1\nX'), 0xe0, 0x0a]);
    const r1 = await checkResponsesFile(latin1, compiled, isKnownUnit);
    expect(r1.ok ? [] : r1.errors.map(formatLineError)).toEqual([
      'Dòng 1: Tệp không phải văn bản UTF-8; hãy lưu lại dưới dạng "CSV UTF-8" hoặc gửi tệp Excel (.xlsx) [ENCODING_INVALID]',
    ]);
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    const r2 = await checkResponsesFile(broken, compiled, isKnownUnit);
    expect(r2.ok ? [] : r2.errors.map(formatLineError)).toEqual([
      'Dòng 1: Không đọc được tệp Excel (.xlsx); tệp có thể bị hỏng [XLSX_INVALID]',
    ]);
  });

  it('reads a UTF-8 CSV from bytes', async () => {
    const bytes = new TextEncoder().encode('unit_code,submitted_at,C1.1\nXA01,2025-05-01T08:00,1\n');
    expect(isResponsesXlsx(bytes)).toBe(false);
    const r = await checkResponsesFile(bytes, compiled, isKnownUnit);
    expect(r.ok && r.rows.map((row) => row.answers[0])).toEqual([1]);
  });
});

describe('parseSubmittedAt', () => {
  const iso = (s: string) => parseSubmittedAt(s)?.toISOString() ?? null;

  it.each([
    ['2025-12-31', '2025-12-30T17:00:00.000Z'],
    ['2025-12-31T23:30', '2025-12-31T16:30:00.000Z'],
    ['2025-12-31T23:30:00', '2025-12-31T16:30:00.000Z'],
    ['2025-12-31 23:30:00', '2025-12-31T16:30:00.000Z'],
    ['2025-12-31T23:30:00.5', '2025-12-31T16:30:00.500Z'],
    ['2025-12-31T23:30:00.123456', '2025-12-31T16:30:00.123Z'],
    ['2025-12-31T23:30:00Z', '2025-12-31T23:30:00.000Z'],
    ['2025-12-31T23:30Z', '2025-12-31T23:30:00.000Z'],
    ['2025-12-31T23:30:00+07:00', '2025-12-31T16:30:00.000Z'],
    ['2025-12-31T23:30:00+0700', '2025-12-31T16:30:00.000Z'],
    ['2025-12-31T23:30:00-05:30', '2026-01-01T05:00:00.000Z'],
    ['2024-02-29T00:00', '2024-02-28T17:00:00.000Z'],
    ['2000-02-29', '2000-02-28T17:00:00.000Z'],
    ['  2025-01-01T00:00Z ', '2025-01-01T00:00:00.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it.each([
    '',
    '2025-02-30',
    '2025-02-29',
    '1900-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-1-5',
    '25-01-05',
    '31/12/2025',
    '2025/12/31',
    '2025-12-31T24:00',
    '2025-12-31T23:60',
    '2025-12-31T23:59:60',
    '2025-12-31T8:30',
    '2025-12-31T08',
    '2025-12-31T',
    '2025-12-31T08:30:',
    '2025-12-31T08:30:00.',
    '2025-12-31T08:30:00+7',
    '2025-12-31T08:30:00+07:0',
    '2025-12-31T08:30:00+24:00',
    '2025-12-31T08:30:00 +07:00',
    '2025-12-31Z',
    '2025-12-31T08:30:00ZZ',
    '2025-12-31T08:30 sáng',
    '45657.35',
  ])('rejects %j', (input) => {
    expect(parseSubmittedAt(input)).toBeNull();
  });

  it('reads any instant back from its wall time in any offset (and without offset as UTC+7)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        (ms, offset) => {
          const wall = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(parseSubmittedAt(`${wall}${sign}${hhmm}`)?.getTime()).toBe(ms);
          expect(parseSubmittedAt(`${wall}${sign}${hhmm.replace(':', '')}`)?.getTime()).toBe(ms);
          const vnWall = new Date(ms + 7 * 3600_000).toISOString().slice(0, 23);
          expect(parseSubmittedAt(vnWall)?.getTime()).toBe(ms);
        },
      ),
    );
  });
});

// ---- a generated valid file round-trips ---------------------------------------------------------

interface Generated {
  columns: string[];
  rows: { unit: string; time: string; instant: number; cells: (number | null)[] }[];
  delimiter: ',' | ';';
  eol: '\n' | '\r\n';
  bom: boolean;
  quoteAll: boolean;
}

const optionsOf = new Map<string, number[]>([
  ...parsed.questionnaire.criteria.flatMap((c) =>
    c.questions.map((q) => [q.code, q.options.map((o) => o.value)] as [string, number[]]),
  ),
  ...parsed.questionnaire.profile.map((p) => [p.code, p.options.map((o) => o.value)] as [string, number[]]),
]);

const arbTime = fc
  .record({
    minutes: fc.integer({ min: 0, max: 10 * 366 * 24 * 60 }),
    seconds: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
    zone: fc.constantFrom('vn', 'Z', '+07:00', '+0700', '-05:00', '+05:45'),
    separator: fc.constantFrom('T', ' '),
  })
  .map(({ minutes, seconds, zone, separator }) => {
    const instant = Date.UTC(2020, 0, 1) + minutes * 60_000 + (seconds ?? 0) * 1000;
    const offset = { vn: 420, Z: 0, '+07:00': 420, '+0700': 420, '-05:00': -300, '+05:45': 345 }[zone]!;
    const wall = new Date(instant + offset * 60_000).toISOString();
    const clock = seconds === undefined ? wall.slice(11, 16) : wall.slice(11, 19);
    const time = `${wall.slice(0, 10)}${separator}${clock}${zone === 'vn' ? '' : zone}`;
    return { time, instant };
  });

const arbFile: fc.Arbitrary<Generated> = fc
  .record({
    questions: fc.shuffledSubarray([...Q], { minLength: 1 }),
    profiles: fc.shuffledSubarray([...P]),
    delimiter: fc.constantFrom(',' as const, ';' as const),
    eol: fc.constantFrom('\n' as const, '\r\n' as const),
    bom: fc.boolean(),
    quoteAll: fc.boolean(),
    seed: fc.integer(),
  })
  .chain(({ questions, profiles, ...format }) => {
    const answerColumns = fc.shuffledSubarray([...questions, ...profiles], {
      minLength: questions.length + profiles.length,
    });
    return answerColumns.chain((order) => {
      const columns = ['unit_code', 'submitted_at', ...order];
      const cell = (code: string) => fc.option(fc.constantFrom(...optionsOf.get(code)!), { nil: null });
      const row = fc.record({
        unit: fc.constantFrom(...UNITS),
        at: arbTime,
        cells: fc.tuple(...order.map(cell)),
      });
      return fc.array(row, { minLength: 1, maxLength: 30 }).map((rows) => ({
        ...format,
        columns,
        rows: rows.map(({ unit, at, cells }) => {
          // A response must answer at least one question: fill the first question column if none.
          const firstQuestion = order.findIndex((c) => Q.includes(c));
          if (!order.some((c, k) => Q.includes(c) && cells[k] !== null)) {
            cells[firstQuestion] = optionsOf.get(order[firstQuestion]!)![0]!;
          }
          return { unit, time: at.time, instant: at.instant, cells };
        }),
      }));
    });
  });

function toCsv(g: Generated): string {
  const q = (s: string) => (g.quoteAll ? `"${s}"` : s);
  const lines = [
    g.columns.map(q).join(g.delimiter),
    ...g.rows.map((r) =>
      [r.unit, r.time, ...r.cells.map((v) => (v === null ? '' : String(v)))].map(q).join(g.delimiter),
    ),
  ];
  return (g.bom ? '\uFEFF' : '') + lines.join(g.eol) + g.eol;
}

function expectedRows(g: Generated): ResponseRow[] {
  const order = g.columns.slice(2);
  return g.rows.map((r, k) => {
    const given: Record<string, number> = {};
    order.forEach((code, c) => {
      if (r.cells[c] !== null) given[code] = r.cells[c]!;
    });
    return {
      line: k + 2,
      unitCode: r.unit,
      submittedAt: new Date(r.instant),
      answers: answers(given),
      profile: profile(given),
    };
  });
}

describe('property: generated files', () => {
  it('a valid file round-trips to the rows it was made from', () => {
    fc.assert(
      fc.property(arbFile, (g) => {
        expect(rowsOf(toCsv(g))).toEqual(expectedRows(g));
      }),
      { numRuns: 150 },
    );
  });

  it('one bad cell rejects the whole file with errors on that line only', () => {
    fc.assert(
      fc.property(arbFile, fc.nat(), fc.constantFrom('unit', 'time', 'value'), (g, pick, what) => {
        const k = pick % g.rows.length;
        const row = g.rows[k]!;
        if (what === 'unit') row.unit = 'KHONG-CO';
        else if (what === 'time') row.time = '2025-02-30T08:00';
        else row.cells[0] = 77; // no option of this questionnaire is 77
        const r = check(toCsv(g));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(new Set(r.errors.map((e) => e.line))).toEqual(new Set([k + 2]));
      }),
      { numRuns: 100 },
    );
  });
});

// ---- XLSX --------------------------------------------------------------------------------------

async function xlsxBytes(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Phiếu'));
  workbook.addWorksheet('Ghi chú').addRow(['not read']);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('readXlsxTable', () => {
  it('reads the first sheet to the same rows as the equivalent CSV', async () => {
    const bytes = await xlsxBytes((sheet) => {
      sheet.addRow(['unit_code', 'submitted_at', 'C1.1', 'C1.2', 'AGE']);
      // A date cell: Excel has no time zone, the wall clock is Vietnam time.
      sheet.addRow(['XA01', new Date(Date.UTC(2025, 11, 31, 23, 30)), 3, null, 2]);
      sheet.getCell('B2').numFmt = 'dd/mm/yyyy hh:mm';
      sheet.addRow([
        { richText: [{ text: 'XA' }, { text: '02', font: { bold: true } }] },
        '2025-06-01T10:00:00Z',
        { formula: '1+1', result: 2 },
        9,
        '',
      ]);
    });
    expect(isResponsesXlsx(bytes)).toBe(true);

    const table = await readXlsxTable(bytes);
    expect(table).toEqual([
      { line: 1, cells: ['unit_code', 'submitted_at', 'C1.1', 'C1.2', 'AGE'] },
      { line: 2, cells: ['XA01', '2025-12-31T23:30:00', '3', '', '2'] },
      { line: 3, cells: ['XA02', '2025-06-01T10:00:00Z', '2', '9'] },
    ]);

    const csv =
      'unit_code,submitted_at,C1.1,C1.2,AGE\nXA01,2025-12-31T23:30:00,3,,2\nXA02,2025-06-01T10:00:00Z,2,9,\n';
    const fromXlsx = await checkResponsesFile(bytes, compiled, isKnownUnit);
    expect(fromXlsx).toEqual(check(csv));
    expect(fromXlsx.ok && fromXlsx.rows[0]!.submittedAt.toISOString()).toBe('2025-12-31T16:30:00.000Z');
  });

  it('names Excel row numbers in errors, across an empty row', async () => {
    const bytes = await xlsxBytes((sheet) => {
      sheet.getRow(1).values = ['unit_code', 'submitted_at', 'C1.1'];
      sheet.getRow(2).values = ['XA01', '2025-06-01 08:00', 1];
      sheet.getRow(4).values = ['XA01', new Date(Date.UTC(2025, 5, 1, 8, 29, 59, 999)), 2.5];
    });
    const r = await checkResponsesFile(bytes, compiled, isKnownUnit);
    expect(r.ok ? [] : r.errors.map(formatLineError)).toEqual([
      'Dòng 4: Câu C1.1: "2.5" không phải số nguyên (1, 2, 3) [VALUE_NOT_INTEGER]',
    ]);
    // The date read back was rounded to the whole second.
    expect((await readXlsxTable(bytes))[2]).toEqual({
      line: 4,
      cells: ['XA01', '2025-06-01T08:30:00', '2.5'],
    });
  });
});
