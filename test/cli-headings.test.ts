import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hailongIn } from './cli-run.ts';

/** `hailong units headings` and `hailong units headings import FILE`, in-process on a data folder. */
const dir = mkdtempSync(join(tmpdir(), 'hailong-headings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hailong = (...args: string[]) => hailongIn(join(dir, 'data'), ...args);
const file = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};
const HEADER = 'unit_code,valid_from,valid_to,parent_agency,issuing_agency,place,short,desk_name,source';

describe('hailong units headings', { timeout: 120_000 }, () => {
  it('imports a whole file or nothing, lists the heading of each unit on a date, guessed ones marked', async () => {
    const units = file('units.csv', [
      'code,name,type,parent_code,peer_group,valid_from,valid_to,successor_codes',
      'KH25,Tỉnh Khánh Hòa,province,,province,2025-07-01,,',
      'TNT,UBND phường Tây Nha Trang,ward,KH25,commune,2025-07-01,,',
      'BNT,UBND phường Bắc Nha Trang,ward,KH25,commune,2025-07-01,,',
    ]);
    expect((await hailong('units', 'import', units)).status).toBe(0);

    const bad = await hailong(
      'units',
      'headings',
      'import',
      file('bad.csv', [
        HEADER,
        'TNT,2025-07-01,,,ỦY BAN NHÂN DÂN|PHƯỜNG TÂY NHA TRANG,Tây Nha Trang,UBND,Trung tâm Phục vụ hành chính công phường Tây Nha Trang,NĐ 118/2025',
        'XX,2025-07-01,,,A,B,UBND,,c',
      ]),
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^Dòng 3: không có đơn vị mã "XX" trong hệ thống \[UNIT_UNKNOWN\]$/m);
    expect(bad.stderr).toContain('không có dữ liệu nào được nhập');

    const good = await hailong(
      'units',
      'headings',
      'import',
      file('good.csv', [
        HEADER,
        'TNT,2025-07-01,,,ỦY BAN NHÂN DÂN|PHƯỜNG TÂY NHA TRANG,Tây Nha Trang,UBND,Trung tâm Phục vụ hành chính công phường Tây Nha Trang,NĐ 118/2025',
      ]),
    );
    expect(good.stderr).toBe('');
    expect(good.stdout).toBe('Đã nạp 1 tiêu đề của 1 đơn vị.\n');

    const list = await hailong('units', 'headings', '--date', '2026-03-02', '--json');
    expect(list.status).toBe(0);
    const rows = JSON.parse(list.stdout) as {
      unitCode: string;
      fallback: boolean;
      parentAgency: string;
      deskName: string;
      source: string;
    }[];
    expect(rows.map((r) => [r.unitCode, r.fallback])).toEqual([
      ['KH25', true],
      ['TNT', false],
      ['BNT', true],
    ]);
    expect(rows.find((r) => r.unitCode === 'BNT')).toMatchObject({
      parentAgency: '',
      deskName: 'Trung tâm Phục vụ hành chính công phường Bắc Nha Trang',
      source: 'mặc định, đoán từ tên đơn vị',
    });
    const table = await hailong('units', 'headings', '--date', '2026-03-02');
    expect(table.stdout).toContain('BNT  ỦY BAN NHÂN DÂN PHƯỜNG BẮC NHA TRANG; địa danh: Bắc Nha Trang');
    expect(table.stdout).toContain('(mặc định, đoán từ tên đơn vị)');
    expect((await hailong('units', 'headings', '--date', '2026-02-30')).status).toBe(2);
  });
});
