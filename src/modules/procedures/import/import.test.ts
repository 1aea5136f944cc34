import { describe, expect, it } from 'vitest';
import { formatImportError, type ImportContext, type ImportedProcedure } from './catalogue.ts';
import { checkProceduresCsv } from './csv.ts';
import { checkProceduresJson } from './json.ts';
import { planImport, type StoredProcedure } from './plan.ts';

const ctx: ImportContext = {
  units: new Map([
    ['P01', { validTo: null }],
    ['P02', { validTo: null }],
    ['OLD', { validTo: '2025-06-30' }],
  ]),
};

const HEADER =
  'code,name,field,level,processing_amount,processing_unit,fees,documents,forms,legal_basis,unit_codes';
const GOOD_ROW =
  'HT-01,Đăng ký khai sinh,Hộ tịch,toan_trinh,8,working_hours,Miễn lệ phí,"Tờ khai đăng ký khai sinh|original|1; Giấy chứng sinh|original|1",Tờ khai|https://example.org/to-khai.docx,Luật Hộ tịch 2014,P01 P02';

const csvLines = (text: string) => {
  const r = checkProceduresCsv(text, ctx);
  return r.ok ? [] : r.errors.map(formatImportError);
};
const jsonLines = (value: unknown) => {
  const r = checkProceduresJson(typeof value === 'string' ? value : JSON.stringify(value), ctx);
  return r.ok ? [] : r.errors.map(formatImportError);
};

const item = (over: Record<string, unknown> = {}) => ({
  code: 'HT-01',
  name: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  level: 'toan_trinh',
  processingTime: { amount: 8, unit: 'working_hours' },
  fees: 'Miễn lệ phí',
  documents: [{ name: 'Tờ khai đăng ký khai sinh', kind: 'original', count: 1 }],
  forms: [{ name: 'Tờ khai', url: 'https://example.org/to-khai.docx' }],
  legalBasis: 'Luật Hộ tịch 2014',
  unitCodes: ['P01'],
  ...over,
});

describe('checkProceduresCsv', () => {
  it('reads a row: documents, forms and units from their compact cells', () => {
    const r = checkProceduresCsv(`${HEADER}\n${GOOD_ROW}\n`, ctx);
    expect(r.ok && r.procedures).toEqual([
      {
        line: 2,
        code: 'HT-01',
        name: 'Đăng ký khai sinh',
        field: 'Hộ tịch',
        level: 'toan_trinh',
        processingTime: { amount: 8, unit: 'working_hours', sameDayCutoff: null },
        fees: 'Miễn lệ phí',
        documents: [
          { name: 'Tờ khai đăng ký khai sinh', kind: 'original', count: 1 },
          { name: 'Giấy chứng sinh', kind: 'original', count: 1 },
        ],
        forms: [{ name: 'Tờ khai', url: 'https://example.org/to-khai.docx' }],
        legalBasis: 'Luật Hộ tịch 2014',
        unitCodes: ['P01', 'P02'],
      },
    ]);
  });

  it('takes what Excel writes: BOM, CRLF, quoted cells with commas and line breaks, ";" as delimiter', () => {
    const csv = `\uFEFF${HEADER}\r\n${GOOD_ROW.replace('Luật Hộ tịch 2014', '"Luật Hộ tịch 2014;\r\nNghị định 123/2015/NĐ-CP, Điều 9"')}\r\n\r\n`;
    const r = checkProceduresCsv(csv, ctx);
    expect(r.ok && r.procedures[0]!.legalBasis).toBe('Luật Hộ tịch 2014;\nNghị định 123/2015/NĐ-CP, Điều 9');
    const semicolons =
      `${HEADER.replaceAll(',', ';')}\r\n` +
      'HT-02;Đăng ký kết hôn;Hộ tịch;mot_phan;5;working_days;;"Tờ khai|original|1";;Luật Hộ tịch 2014;"P01;P02"\r\n';
    const s = checkProceduresCsv(semicolons, ctx);
    expect(s.ok && s.procedures[0]).toMatchObject({
      code: 'HT-02',
      forms: [],
      fees: '',
      unitCodes: ['P01', 'P02'],
    });
  });

  it('accepts the Vietnamese words an officer types, an omitted count, and optional columns left out', () => {
    const csv =
      'code,name,field,level,processing_amount,processing_unit,documents,legal_basis,unit_codes\n' +
      'CT-01,  Chứng thực   bản sao ,Chứng thực,Một phần,1,Ngày làm việc,"Bản chính giấy tờ|Bản chính; Bản sao cần chứng thực|bản sao|2;Giấy ủy quyền|Bản sao có chứng thực",NĐ 23/2015/NĐ-CP,"P01, P01"\n';
    const r = checkProceduresCsv(csv, ctx);
    expect(r.ok && r.procedures[0]).toMatchObject({
      name: 'Chứng thực bản sao',
      level: 'mot_phan',
      processingTime: { amount: 1, unit: 'working_days' },
      fees: '',
      forms: [],
      documents: [
        { name: 'Bản chính giấy tờ', kind: 'original', count: 1 },
        { name: 'Bản sao cần chứng thực', kind: 'copy', count: 2 },
        { name: 'Giấy ủy quyền', kind: 'certified_copy', count: 1 },
      ],
      unitCodes: ['P01'],
    });
  });

  it('names every bad line with its reason and a stable code, in line order, and accepts none', () => {
    const row = (over: Record<number, string>) =>
      GOOD_ROW.match(/("[^"]*"|[^,]*)(,|$)/g)!
        .slice(0, 11)
        .map((cell, i) => (i in over ? over[i] : cell.replace(/,$/, '')))
        .join(',');
    const csv = [
      HEADER,
      row({}),
      row({ 0: '', 1: '' }),
      row({ 0: 'bad code!', 2: '' }),
      row({ 0: 'X3', 3: 'level4', 4: '-1', 5: 'days' }),
      row({ 0: 'X4', 7: '"Tờ khai|bogus|0; Giấy chứng sinh|copy|x"' }),
      row({ 0: 'X5', 7: '"Tờ khai"', 8: '"Tờ khai|javascript:alert(1); Không có liên kết"' }),
      row({ 0: 'X6', 7: '', 9: '', 10: 'P99 OLD' }),
      row({ 0: 'X7', 10: '' }),
      row({}),
    ].join('\r\n');
    expect(csvLines(csv)).toEqual([
      'Dòng 3: thiếu mã thủ tục (code) [CODE_EMPTY]',
      'Dòng 3: thiếu tên thủ tục (name) [NAME_EMPTY]',
      'Dòng 4: mã "bad code!" chỉ được gồm chữ không dấu, số, ".", "_" hoặc "-" (tối đa 50 ký tự) [CODE_INVALID]',
      'Dòng 4: thiếu lĩnh vực (field) [FIELD_EMPTY]',
      'Dòng 5: mức độ "level4" không hợp lệ (chỉ nhận toan_trinh, mot_phan, truc_tiep) [LEVEL_INVALID]',
      'Dòng 5: thời hạn giải quyết "-1" phải là số nguyên từ 0 đến 1000 [TIME_INVALID]',
      'Dòng 5: đơn vị thời hạn "days" không hợp lệ (chỉ nhận working_days, working_hours, same_day) [TIME_UNIT_INVALID]',
      'Dòng 6: giấy tờ thứ 1 ("Tờ khai"): loại "bogus" không hợp lệ (chỉ nhận original, certified_copy, copy) [DOCUMENT_KIND_INVALID]',
      'Dòng 6: giấy tờ thứ 1 ("Tờ khai"): số lượng "0" phải là số nguyên từ 1 đến 100 [DOCUMENT_COUNT_INVALID]',
      'Dòng 6: giấy tờ thứ 2 ("Giấy chứng sinh"): số lượng "x" phải là số nguyên từ 1 đến 100 [DOCUMENT_COUNT_INVALID]',
      'Dòng 7: giấy tờ thứ 1 ("Tờ khai") phải có dạng Tên giấy tờ|original|1 (loại: original, certified_copy, copy) [DOCUMENT_INVALID]',
      'Dòng 7: biểu mẫu thứ 2 ("Không có liên kết") phải có dạng Tên mẫu|https://… [FORM_INVALID]',
      'Dòng 8: thiếu thành phần hồ sơ (documents): cần ít nhất một giấy tờ [DOCUMENTS_EMPTY]',
      'Dòng 8: thiếu căn cứ pháp lý (legal_basis) [LEGAL_BASIS_EMPTY]',
      'Dòng 8: mã đơn vị "P99" không có trong hệ thống [UNIT_UNKNOWN]',
      'Dòng 8: đơn vị "OLD" đã ngừng hoạt động, không tiếp nhận hồ sơ được [UNIT_CLOSED]',
      'Dòng 9: thiếu đơn vị tiếp nhận (unit_codes): cần ít nhất một mã đơn vị [UNITS_EMPTY]',
      'Dòng 10: mã "HT-01" đã có ở dòng 2 [CODE_DUPLICATE]',
    ]);
  });

  it('refuses a form link that is not http(s), so no script can hide behind a download link', () => {
    const csv = `${HEADER}\n${GOOD_ROW.replace('https://example.org/to-khai.docx', 'javascript:alert(1)')}\n`;
    expect(csvLines(csv)).toEqual([
      'Dòng 2: biểu mẫu thứ 1 ("Tờ khai"): địa chỉ "javascript:alert(1)" phải là liên kết http:// hoặc https:// [FORM_URL_INVALID]',
    ]);
  });

  it('refuses over-long texts and lists', () => {
    const long = `${HEADER}\n${GOOD_ROW.replace('Đăng ký khai sinh', 'x'.repeat(501))}\n`;
    expect(csvLines(long)).toEqual(['Dòng 2: tên thủ tục dài quá 500 ký tự [TEXT_TOO_LONG]']);
    const docs = Array.from({ length: 51 }, (_, i) => `Giấy ${i}|copy|1`).join(';');
    expect(csvLines(`${HEADER}\n${GOOD_ROW.replace(/"Tờ khai[^"]*"/, `"${docs}"`)}\n`)).toEqual([
      'Dòng 2: thành phần hồ sơ có 51 giấy tờ, tối đa 50 [LIST_TOO_LONG]',
    ]);
  });

  it('checks the header on line 1: unknown, missing and repeated columns', () => {
    expect(csvLines('code,name,kind\nA,B,C\n')).toEqual([
      'Dòng 1: cột "kind" không được hỗ trợ (chỉ nhận code, name, field, level, processing_amount, processing_unit, fees, documents, forms, legal_basis, unit_codes, same_day_cutoff) [UNKNOWN_COLUMN]',
      'Dòng 1: thiếu cột "field" [MISSING_COLUMN]',
      'Dòng 1: thiếu cột "level" [MISSING_COLUMN]',
      'Dòng 1: thiếu cột "processing_amount" [MISSING_COLUMN]',
      'Dòng 1: thiếu cột "processing_unit" [MISSING_COLUMN]',
      'Dòng 1: thiếu cột "documents" [MISSING_COLUMN]',
      'Dòng 1: thiếu cột "legal_basis" [MISSING_COLUMN]',
      'Dòng 1: thiếu cột "unit_codes" [MISSING_COLUMN]',
    ]);
    expect(csvLines(`${HEADER},code\n`)).toEqual(['Dòng 1: một cột xuất hiện hai lần [DUPLICATE_COLUMN]']);
  });

  it('rejects a wrong cell count, an unclosed quote and empty files, naming the physical line', () => {
    expect(csvLines(`${HEADER}\nHT-01,Tên\n`)).toEqual([
      'Dòng 2: có 2 ô, cần 11 ô như dòng tiêu đề [FIELD_COUNT]',
    ]);
    // A quoted cell spanning two lines moves the next record to line 4.
    const multi = `${HEADER}\n${GOOD_ROW.replace('Luật Hộ tịch 2014', '"Luật\nHộ tịch"')}\nHT-09,Tên\n`;
    expect(csvLines(multi)).toEqual(['Dòng 4: có 2 ô, cần 11 ô như dòng tiêu đề [FIELD_COUNT]']);
    expect(csvLines(`${HEADER}\nHT-01,"Tên,\n`)[0]).toMatch(/^Dòng 2: .*\[CSV_SYNTAX\]$/);
    expect(csvLines('')).toEqual([
      `Dòng 1: tệp rỗng, cần dòng tiêu đề ${HEADER},same_day_cutoff [EMPTY_FILE]`,
    ]);
    expect(csvLines(`\uFEFF${HEADER}\r\n`)).toEqual(['Dòng 1: tệp không có dòng dữ liệu nào [EMPTY_FILE]']);
  });
});

describe('same-day procedures (chứng thực: NĐ 23/2015/NĐ-CP Điều 7)', () => {
  const SAME_DAY_HEADER = `${HEADER},same_day_cutoff`;
  const row = (code: string, amount: string, unit: string, cutoff: string) =>
    `${code},Chứng thực bản sao,Chứng thực,mot_phan,${amount},${unit},,Bản chính|original|1,,NĐ 23/2015,P01,${cutoff}`;

  it('reads same_day with no amount and the default cut-off 15:00, or the cut-off given, also in Vietnamese words', () => {
    const r = checkProceduresCsv(
      [SAME_DAY_HEADER, row('CT-01', '', 'same_day', ''), row('CT-02', '0', 'trong ngày', '16:30')].join(
        '\n',
      ),
      ctx,
    );
    expect(r.ok && r.procedures.map((p) => p.processingTime)).toEqual([
      { amount: 0, unit: 'same_day', sameDayCutoff: '15:00' },
      { amount: 0, unit: 'same_day', sameDayCutoff: '16:30' },
    ]);
    const json = checkProceduresJson(
      JSON.stringify([item({ processingTime: { unit: 'same_day', sameDayCutoff: '14:00' } })]),
      ctx,
    );
    expect(json.ok && json.procedures[0]!.processingTime).toEqual({
      amount: 0,
      unit: 'same_day',
      sameDayCutoff: '14:00',
    });
  });

  it('refuses an amount on a same-day procedure, a cut-off that is not HH:MM, and a cut-off on another unit, line by line', () => {
    expect(
      csvLines(
        [
          SAME_DAY_HEADER,
          row('CT-01', '8', 'same_day', ''),
          row('CT-02', '', 'same_day', '25:00'),
          row('CT-03', '', 'same_day', '3h'),
          row('CT-04', '2', 'working_days', '15:00'),
        ].join('\n'),
      ),
    ).toEqual([
      'Dòng 2: thủ tục trả trong ngày (same_day) không có số ngày, giờ: để trống hoặc 0 (đang là 8) [SAME_DAY_AMOUNT]',
      'Dòng 3: giờ tiếp nhận cuối "25:00" phải có dạng HH:MM, ví dụ 15:00 [CUTOFF_INVALID]',
      'Dòng 4: giờ tiếp nhận cuối "3h" phải có dạng HH:MM, ví dụ 15:00 [CUTOFF_INVALID]',
      'Dòng 5: giờ tiếp nhận cuối (same_day_cutoff) chỉ dùng cho thủ tục trả trong ngày (same_day), không cho working_days [CUTOFF_NOT_SAME_DAY]',
    ]);
  });
});

describe('checkProceduresJson', () => {
  it('reads an array of procedures, numbering items from 1', () => {
    const r = checkProceduresJson(
      `\uFEFF${JSON.stringify([item(), item({ code: 'HT-02', forms: undefined })])}`,
      ctx,
    );
    expect(r.ok && r.procedures.map((p) => [p.line, p.code, p.forms.length])).toEqual([
      [1, 'HT-01', 1],
      [2, 'HT-02', 0],
    ]);
  });

  it('names every bad item as "Mục N" with the field at fault', () => {
    expect(
      jsonLines([
        item(),
        'not an object',
        item({ code: 42, name: '', extra: true }),
        item({ code: 'X4', level: 3, processingTime: { amount: 1.5, unit: 'weeks' } }),
        item({ code: 'X5', processingTime: '3 ngày' }),
        item({ code: 'X6', documents: [{ name: 'Tờ khai', kind: 'original', count: '1', note: 'x' }] }),
        item({ code: 'X7', documents: 'Tờ khai', forms: [{ name: 'Mẫu' }], unitCodes: 'P01' }),
        item({ code: 'X8', legalBasis: null, unitCodes: [1] }),
        item({ code: 'HT-01' }),
      ]),
    ).toEqual([
      'Mục 2: mỗi thủ tục phải là một đối tượng {code, name, field, …} [ITEM_NOT_OBJECT]',
      'Mục 3: trường "extra" không được hỗ trợ (chỉ nhận code, name, field, level, processingTime, fees, documents, forms, legalBasis, unitCodes) [UNKNOWN_FIELD]',
      'Mục 3: code phải là chuỗi ký tự [TYPE_INVALID]',
      'Mục 3: thiếu tên thủ tục (name) [NAME_EMPTY]',
      'Mục 4: mức độ "3" không hợp lệ (chỉ nhận toan_trinh, mot_phan, truc_tiep) [LEVEL_INVALID]',
      'Mục 4: thời hạn giải quyết "1.5" phải là số nguyên từ 0 đến 1000 [TIME_INVALID]',
      'Mục 4: đơn vị thời hạn "weeks" không hợp lệ (chỉ nhận working_days, working_hours, same_day) [TIME_UNIT_INVALID]',
      'Mục 5: processingTime phải có dạng {amount, unit}, ví dụ {"amount": 3, "unit": "working_days"} [TIME_INVALID]',
      'Mục 6: giấy tờ thứ 1: trường "note" không được hỗ trợ (chỉ nhận name, kind, count) [UNKNOWN_FIELD]',
      'Mục 6: giấy tờ thứ 1 ("Tờ khai"): số lượng "1" phải là số nguyên từ 1 đến 100 [DOCUMENT_COUNT_INVALID]',
      'Mục 7: documents phải là một danh sách giấy tờ [{name, kind, count}] [TYPE_INVALID]',
      'Mục 7: biểu mẫu thứ 1 ("Mẫu"): thiếu địa chỉ tải về (url) [FORM_URL_INVALID]',
      'Mục 7: unitCodes phải là một danh sách mã đơn vị, ví dụ ["P01", "P02"] [TYPE_INVALID]',
      'Mục 8: thiếu căn cứ pháp lý (legal_basis) [LEGAL_BASIS_EMPTY]',
      'Mục 8: mỗi mã đơn vị trong unitCodes phải là chuỗi ký tự [TYPE_INVALID]',
      'Mục 9: mã "HT-01" đã có ở mục 1 [CODE_DUPLICATE]',
    ]);
  });

  it('reports a missing processing time and missing documents', () => {
    expect(jsonLines([item({ processingTime: undefined, documents: [] })])).toEqual([
      'Mục 1: thiếu thời hạn giải quyết (số ngày hoặc giờ làm việc) [TIME_INVALID]',
      'Mục 1: thiếu đơn vị thời hạn (working_days, working_hours hoặc same_day) [TIME_UNIT_INVALID]',
      'Mục 1: thiếu thành phần hồ sơ (documents): cần ít nhất một giấy tờ [DOCUMENTS_EMPTY]',
    ]);
  });

  it('rejects broken JSON on the line of the error, a non-array and an empty array', () => {
    const broken = '[\n  {"code": "HT-01",\n   "name": }\n]';
    expect(jsonLines(broken)).toEqual([
      'Dòng 3: tệp JSON sai cú pháp ở cột 12: ký tự "}" không đúng chỗ [JSON_SYNTAX]',
    ]);
    expect(jsonLines('[\n  {"code": "A"},\n]')).toEqual([
      'Dòng 3: tệp JSON sai cú pháp ở cột 1: ký tự "]" không đúng chỗ [JSON_SYNTAX]',
    ]);
    expect(jsonLines('[{"code": "A"}')).toEqual([
      'Dòng 1: tệp JSON sai cú pháp ở cột 15: tệp kết thúc khi chưa đóng hết ngoặc [JSON_SYNTAX]',
    ]);
    expect(jsonLines({ procedures: [] })).toEqual([
      'Dòng 1: tệp JSON phải là một danh sách (mảng [...]) các thủ tục, mỗi thủ tục một đối tượng {code, name, …} [NOT_ARRAY]',
    ]);
    expect(jsonLines([])).toEqual(['Dòng 1: danh sách thủ tục rỗng [EMPTY_FILE]']);
  });
});

describe('planImport', () => {
  const imported = (over: Partial<ImportedProcedure> = {}): ImportedProcedure => {
    const r = checkProceduresJson(JSON.stringify([item()]), ctx);
    if (!r.ok) throw new Error('fixture');
    return { ...r.procedures[0]!, ...over };
  };
  const storedOf = (p: ImportedProcedure, over: Partial<StoredProcedure> = {}): StoredProcedure => {
    const { line: _line, ...rest } = p;
    return { ...rest, active: true, ...over };
  };

  it('creates new codes, updates changed ones, leaves identical ones alone', () => {
    const same = imported();
    const changed = imported({ code: 'HT-02', fees: '8.000 đồng' });
    const fresh = imported({ code: 'HT-03' });
    const existing = new Map([
      ['HT-01', storedOf(same, { unitCodes: [...same.unitCodes].reverse() })],
      ['HT-02', storedOf(changed, { fees: 'Miễn lệ phí' })],
    ]);
    const plan = planImport([same, changed, fresh], existing);
    expect(plan.create.map((p) => p.code)).toEqual(['HT-03']);
    expect(plan.update.map((p) => p.code)).toEqual(['HT-02']);
    expect(plan.unchanged.map((p) => p.code)).toEqual(['HT-01']);
  });

  it('treats a retired procedure, or a different unit list or document order, as a change', () => {
    const p = imported();
    expect(planImport([p], new Map([['HT-01', storedOf(p, { active: false })]])).update).toHaveLength(1);
    expect(planImport([p], new Map([['HT-01', storedOf(p, { unitCodes: ['P02'] })]])).update).toHaveLength(1);
    const twoDocs = imported({
      documents: [
        { name: 'A', kind: 'original', count: 1 },
        { name: 'B', kind: 'copy', count: 1 },
      ],
    });
    const swapped = storedOf(twoDocs, { documents: [...twoDocs.documents].reverse() });
    expect(planImport([twoDocs], new Map([['HT-01', swapped]])).update).toHaveLength(1);
    const sameDay = imported({ processingTime: { amount: 0, unit: 'same_day', sameDayCutoff: '15:00' } });
    const laterCutoff = storedOf(sameDay, {
      processingTime: { amount: 0, unit: 'same_day', sameDayCutoff: '16:00' },
    });
    expect(planImport([sameDay], new Map([['HT-01', laterCutoff]])).update).toHaveLength(1);
  });
});
