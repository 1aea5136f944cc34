import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vnDate } from '../src/lib/time.ts';
import { hailongIn } from './cli-run.ts';

/**
 * `hailong units import` with validity and successors, and `hailong units list`, run in-process on
 * one embedded folder (test/cli-run.ts). The fixture is a small merger: Phương Sài and Ngọc Hiệp
 * (under the old city of Nha Trang) last until 30/6/2025; Tây Nha Trang takes over on 1/7/2025.
 */
const dir = mkdtempSync(join(tmpdir(), 'hailong-units-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const data = join(dir, 'data');
const hailong = (...args: string[]) => hailongIn(data, ...args);

const HEADER = 'code,name,type,parent_code,valid_from,valid_to,successor_codes';
const GOOD = [
  HEADER,
  'P09,UBND phường Phương Sài,ward,NT,2017-01-01,2025-06-30,TNT',
  'P11,UBND phường Ngọc Hiệp,ward,NT,2017-01-01,2025-06-30,TNT',
  'NT,UBND thành phố Nha Trang,district,KH,2017-01-01,2025-06-30,',
  'KH,UBND tỉnh Khánh Hòa,province,,2017-01-01,,',
  'TNT,UBND phường Tây Nha Trang,ward,KH,2025-07-01,,',
];
const KEYS = [
  'code',
  'name',
  'type',
  'parentCode',
  'peerGroup',
  'validFrom',
  'validTo',
  'successors',
  'predecessors',
];

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function listJson(...args: string[]) {
  const r = await hailong('units', 'list', ...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>[];
}

describe('hailong units import with valid_to and successor_codes', { timeout: 120_000 }, () => {
  it('names every bad line and writes nothing', async () => {
    const bad = file('bad.csv', [
      ...GOOD,
      'X1,UBND xã Một,commune,KH,2025-07-01,2025-06-30,', // ends before it starts
      'X2,UBND xã Hai,commune,KH,2017-01-01,2025-06-30,X2', // succeeds itself
      'X3,UBND xã Ba,commune,KH,2017-01-01,2025-06-30,NOPE', // unknown successor
    ]);
    const r = await hailong('units', 'import', bad);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('Dòng '))).toEqual([
      'Dòng 7: ngày kết thúc 2025-06-30 trước ngày bắt đầu 2025-07-01 [DATE_ORDER]',
      'Dòng 8: đơn vị không thể kế thừa chính nó [SUCCESSOR_SELF]',
      'Dòng 9: đơn vị kế thừa "NOPE" không có trong tệp hay trong hệ thống [SUCCESSOR_UNKNOWN]',
    ]);
    expect(await listJson('--date', '2025-06-30')).toEqual([]);
  });

  it('imports the good file, successors included', async () => {
    const r = await hailong('units', 'import', file('good.csv', GOOD));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Đã nhập 5 đơn vị.\n');
  });
});

describe('hailong units list', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    // When this file runs alone the import test above has already filled the folder.
    if ((await listJson('--date', '2025-07-01')).length === 0) {
      expect((await hailong('units', 'import', file('good.csv', GOOD))).status).toBe(0);
    }
  });

  it('on 30/6/2025 lists the old wards (with their successor), not the new one', async () => {
    const units = await listJson('--date', '2025-06-30');
    expect(units.map((u) => u.code)).toEqual(['KH', 'NT', 'P11', 'P09']);
    // The contract other systems check: exactly these keys, in this order, dates YYYY-MM-DD or null.
    for (const unit of units) expect(Object.keys(unit)).toEqual(KEYS);
    expect(units.find((u) => u.code === 'P09')).toEqual({
      code: 'P09',
      name: 'UBND phường Phương Sài',
      type: 'ward',
      parentCode: 'NT',
      peerGroup: 'ward',
      validFrom: '2017-01-01',
      validTo: '2025-06-30',
      successors: ['TNT'],
      predecessors: [],
    });
  });

  it('on 1/7/2025 lists the new ward with its predecessors, and no district', async () => {
    const units = await listJson('--date', '2025-07-01');
    expect(units).toEqual([
      {
        code: 'KH',
        name: 'UBND tỉnh Khánh Hòa',
        type: 'province',
        parentCode: null,
        peerGroup: 'province',
        validFrom: '2017-01-01',
        validTo: null,
        successors: [],
        predecessors: [],
      },
      {
        code: 'TNT',
        name: 'UBND phường Tây Nha Trang',
        type: 'ward',
        parentCode: 'KH',
        peerGroup: 'ward',
        validFrom: '2025-07-01',
        validTo: null,
        successors: [],
        predecessors: ['P09', 'P11'],
      },
    ]);
  });

  it('without --date lists the units valid today in Vietnam', async () => {
    expect(await listJson()).toEqual(await listJson('--date', vnDate(new Date())));
  });

  it('without --json prints a Vietnamese table', async () => {
    const r = await hailong('units', 'list', '--date', '2025-07-01');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Đơn vị có hiệu lực ngày 01/07/2025: 2 đơn vị');
    expect(lines[2]).toMatch(/^ {2}Mã +Tên +Loại +Cấp trên +Hiệu lực +Kế thừa bởi +Tiền thân$/);
    expect(lines[4]).toMatch(/^ {4}TNT +UBND phường Tây Nha Trang +Phường +KH +từ 01\/07\/2025 +P09, P11$/);
    const before = await hailong('units', 'list', '--date', '2025-06-30');
    expect(before.stdout).toMatch(
      / {6}P09 +UBND phường Phương Sài +Phường +NT +01\/01\/2017–30\/06\/2025 +TNT\n/,
    );
    const none = await hailong('units', 'list', '--date', '2001-01-01');
    expect(none.stdout).toBe('Không có đơn vị nào có hiệu lực ngày 01/01/2001.\n');
  });

  it.each([
    ['2025-02-30', 'ngày 30 không có trong tháng 2/2025'],
    ['2025-7-1', 'không có dạng YYYY-MM-DD'],
    ['01/07/2025', 'không có dạng YYYY-MM-DD'],
    ['', 'không có dạng YYYY-MM-DD'],
  ])('a bad --date %j → exit 2, one Vietnamese line on stderr, nothing on stdout', async (date, why) => {
    const r = await hailong('units', 'list', '--date', date, '--json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--date:');
    expect(r.stderr).toContain(why);
  });
});
