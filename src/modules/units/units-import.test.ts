import { describe, expect, it } from 'vitest';
import { formatLineError } from '../../lib/errors.ts';
import { checkUnitsCsv, type ImportContext } from './units-import.ts';

const ctx = (existing: Record<string, { path: string; validTo?: string }> = {}): ImportContext => ({
  existing: new Map(
    Object.entries(existing).map(([k, v]) => [k, { path: v.path, validTo: v.validTo ?? null }]),
  ),
  types: new Set(['province', 'commune', 'ward', 'health_station']),
  mayUseParent: (p) => p.path.startsWith('1.'),
  mayCreateRoot: true,
});

const lines = (text: string, c = ctx()) => {
  const r = checkUnitsCsv(text, c);
  return r.ok ? [] : r.errors.map(formatLineError);
};

describe('checkUnitsCsv', () => {
  it('accepts a parent defined later in the file and orders parents first', () => {
    const r = checkUnitsCsv(
      'code,name,type,parent_code\nP09,Phương Sài,ward,NT\nNT,Nha Trang,province,\n',
      ctx(),
    );
    expect(r.ok && r.units.map((u) => u.code)).toEqual(['NT', 'P09']);
  });

  it('defaults peer_group to the type, and reads it when given', () => {
    const r = checkUnitsCsv(
      'code,name,type,parent_code,peer_group\nX,Xã X,commune,,\nY,Phường Y,ward,X,commune\n',
      ctx(),
    );
    expect(r.ok && r.units.map((u) => u.peerGroup)).toEqual(['commune', 'commune']);
  });

  it('names every bad line with its reason and a stable code, in line order', () => {
    const csv = [
      'code,name,type,parent_code',
      'P01,Phường Một,ward,KH', // KH exists
      'P02,,ward,KH', // empty name
      'P03,Phường Ba,village,KH', // unknown type
      'P04,Phường Bốn,ward,NOPE', // unknown parent
      'P01,Trùng mã,ward,KH', // duplicate in file
      'OLD,Đã có,ward,KH', // code already used
      'P07,Phường Bảy,ward,FAR', // parent outside scope
    ].join('\r\n');
    expect(lines(csv, ctx({ KH: { path: '1.' }, OLD: { path: '1.2.' }, FAR: { path: '9.' } }))).toEqual([
      'Dòng 3: thiếu tên đơn vị (cột name) [NAME_EMPTY]',
      'Dòng 4: loại đơn vị "village" không có trong danh mục (province, commune, ward, health_station) [TYPE_UNKNOWN]',
      'Dòng 5: đơn vị cấp trên "NOPE" không có trong tệp hay trong hệ thống [PARENT_UNKNOWN]',
      'Dòng 6: mã "P01" đã có ở dòng 2 [CODE_DUPLICATE]',
      'Dòng 7: mã "OLD" đã được dùng trong hệ thống [CODE_TAKEN]',
      'Dòng 8: đơn vị cấp trên "FAR" nằm ngoài phạm vi quản lý của bạn [PARENT_FORBIDDEN]',
    ]);
  });

  it('reads an optional valid_from column and rejects an impossible date', () => {
    const r = checkUnitsCsv(
      'code,name,type,parent_code,valid_from\nX,Xã X,commune,,2017-01-01\nY,Xã Y,commune,X,\n',
      ctx(),
    );
    expect(r.ok && r.units.map((u) => u.validFrom)).toEqual(['2017-01-01', null]);
    expect(lines('code,name,type,parent_code,valid_from\nX,Xã X,commune,,2025-02-30\n')).toEqual([
      'Dòng 2: ngày bắt đầu "2025-02-30" phải có dạng YYYY-MM-DD [DATE_INVALID]',
    ]);
  });

  it('finds a loop of parents inside the file', () => {
    const out = lines('code,name,type,parent_code\nA,A,ward,B\nB,B,ward,C\nC,C,ward,A\nD,D,ward,D\n');
    expect(out.filter((l) => l.endsWith('[PARENT_CYCLE]'))).toHaveLength(4);
    expect(out[0]).toMatch(/^Dòng 2: vòng lặp cấp trên/);
  });

  it('rejects unknown and missing columns on line 1', () => {
    expect(lines('code,name,kind\nA,A,ward\n')).toEqual([
      'Dòng 1: cột "kind" không được hỗ trợ (chỉ nhận code, name, type, parent_code, peer_group, valid_from, valid_to, successor_codes, predecessor_names, status, source, note) [UNKNOWN_COLUMN]',
      'Dòng 1: thiếu cột "type" [MISSING_COLUMN]',
      'Dòng 1: thiếu cột "parent_code" [MISSING_COLUMN]',
    ]);
  });

  it('rejects a row with the wrong number of cells, an unclosed quote, an empty file', () => {
    expect(lines('code,name,type,parent_code\nA,A,ward\n')).toEqual([
      'Dòng 2: có 3 ô, cần 4 ô như dòng tiêu đề [FIELD_COUNT]',
    ]);
    expect(lines('code,name,type,parent_code\nA,"A,ward,\n')[0]).toMatch(/^Dòng 2: .*\[CSV_SYNTAX\]$/);
    expect(lines('')).toEqual(['Dòng 1: tệp rỗng, cần dòng tiêu đề code,name,type,parent_code [EMPTY_FILE]']);
    expect(lines('code,name,type,parent_code\r\n')).toEqual([
      'Dòng 1: tệp không có dòng dữ liệu nào [EMPTY_FILE]',
    ]);
  });

  it('refuses a root when the actor may not create one, and a closed parent', () => {
    const c = { ...ctx({ SHUT: { path: '1.3.', validTo: '2025-06-30' } }), mayCreateRoot: false };
    expect(lines('code,name,type,parent_code\nR,Gốc,province,\nS,Con,ward,SHUT\n', c)).toEqual([
      'Dòng 2: parent_code trống (đơn vị gốc) nhưng bạn không có quyền tạo đơn vị gốc [ROOT_FORBIDDEN]',
      'Dòng 3: đơn vị cấp trên "SHUT" đã ngừng hoạt động [PARENT_CLOSED]',
    ]);
  });

  it('reads valid_to and successor_codes: a ward that ends on 30/6/2025 and the ward that takes over', () => {
    const r = checkUnitsCsv(
      [
        'code,name,type,parent_code,valid_from,valid_to,successor_codes',
        'P09,UBND phường Phương Sài,ward,KH,2017-01-01,2025-06-30,TNT',
        'P11,UBND phường Ngọc Hiệp,ward,KH,2017-01-01,2025-06-30, TNT ; TNT ',
        'TNT,UBND phường Tây Nha Trang,ward,KH,2025-07-01,,',
        'OLD2,UBND xã Cũ,commune,KH,2017-01-01,2025-06-30,KH-NEW',
      ].join('\n'),
      { ...ctx({ KH: { path: '1.' }, 'KH-NEW': { path: '1.7.' } }), today: '2026-12-05' },
    );
    expect(r.ok && r.units.map((u) => [u.code, u.validFrom, u.validTo, u.successorCodes])).toEqual([
      ['P09', '2017-01-01', '2025-06-30', ['TNT']],
      ['P11', '2017-01-01', '2025-06-30', ['TNT']],
      ['TNT', '2025-07-01', null, []],
      ['OLD2', '2017-01-01', '2025-06-30', ['KH-NEW']],
    ]);
  });

  it('names every bad validity or successor line, with its code', () => {
    const csv = [
      'code,name,type,parent_code,valid_from,valid_to,successor_codes',
      'A1,Xã Một,commune,KH,2017-01-01,2025-02-30,', // impossible date
      'A2,Xã Hai,commune,KH,2025-07-01,2025-06-30,', // ends before it starts
      'A3,Xã Ba,commune,KH,2017-01-01,2025-06-30,A3', // succeeds itself
      'A4,Xã Bốn,commune,KH,2017-01-01,2025-06-30,NOPE', // unknown successor
      'A5,Xã Năm,commune,KH,2017-01-01,,NEW', // successors but no end
      'A6,Xã Sáu,commune,KH,2017-01-01,2025-06-30,FAR', // successor outside the actor's scope
      'A7,Xã Bảy,commune,KH,2017-01-01,2025-06-30,SHUT', // successor closed before this one ends
      'A8,Xã Tám,commune,KH,,2020-01-01,', // empty valid_from = import date, after valid_to
      'NEW,Xã Mới,commune,KH,2025-07-01,,',
      'OLDP,Huyện Cũ,district,KH,2017-01-01,2025-06-30,',
      'A9,Xã Chín,commune,OLDP,2025-07-01,,', // open under a parent that ends
    ].join('\n');
    const c = {
      ...ctx({ KH: { path: '1.' }, FAR: { path: '9.' }, SHUT: { path: '1.4.', validTo: '2025-06-30' } }),
      types: new Set(['commune', 'district']),
      today: '2026-12-05',
    };
    expect(lines(csv, c)).toEqual([
      'Dòng 2: ngày kết thúc "2025-02-30" phải có dạng YYYY-MM-DD [DATE_INVALID]',
      'Dòng 3: ngày kết thúc 2025-06-30 trước ngày bắt đầu 2025-07-01 [DATE_ORDER]',
      'Dòng 4: đơn vị không thể kế thừa chính nó [SUCCESSOR_SELF]',
      'Dòng 5: đơn vị kế thừa "NOPE" không có trong tệp hay trong hệ thống [SUCCESSOR_UNKNOWN]',
      'Dòng 6: có đơn vị kế thừa (successor_codes) thì cần ngày kết thúc (cột valid_to) [SUCCESSOR_WITHOUT_END]',
      'Dòng 7: đơn vị kế thừa "FAR" nằm ngoài phạm vi quản lý của bạn [SUCCESSOR_FORBIDDEN]',
      'Dòng 8: đơn vị kế thừa "SHUT" ngừng hoạt động ngày 2025-06-30, không sau ngày kết thúc 2025-06-30 của đơn vị này [SUCCESSOR_CLOSED]',
      'Dòng 9: ngày kết thúc 2020-01-01 trước ngày bắt đầu 2026-12-05 (ngày nhập, vì cột valid_from trống) [DATE_ORDER]',
      'Dòng 12: đơn vị cấp trên "OLDP" ngừng hoạt động ngày 2025-06-30, trước đơn vị này [PARENT_CLOSED]',
    ]);
  });
});
