import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hailongIn } from './cli-run.ts';

/**
 * data/units/khanh-hoa-2025.csv is an ordinary units file: `hailong units import` loads it (its
 * documentary columns predecessor_names, status and source are accepted and not stored); the unit
 * type `special_zone` (đặc khu Trường Sa) is a default type since migration 0012.
 */
const FILE = join(import.meta.dirname, '../data/units/khanh-hoa-2025.csv');
const dir = mkdtempSync(join(tmpdir(), 'hailong-map-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const data = join(dir, 'data');
const hailong = (...args: string[]) => hailongIn(data, ...args);

describe('hailong units import data/units/khanh-hoa-2025.csv', { timeout: 120_000 }, () => {
  it('imports the province and its 65 units on a fresh database, valid from 01/07/2025', async () => {
    const r = await hailong('units', 'import', FILE);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Đã nhập 66 đơn vị.\n');
    const list = await hailong('units', 'list', '--date', '2025-07-01', '--json');
    const units = JSON.parse(list.stdout) as {
      code: string;
      name: string;
      type: string;
      parentCode: string;
    }[];
    expect(units).toHaveLength(66);
    const count = (type: string) => units.filter((u) => u.type === type).length;
    expect(['province', 'commune', 'ward', 'special_zone'].map(count)).toEqual([1, 48, 16, 1]);
    expect(units.filter((u) => u.code !== 'KH25').every((u) => u.parentCode === 'KH25')).toBe(true);
    expect(units.find((u) => u.code === 'KH25-TNT')?.name).toBe('UBND phường Tây Nha Trang');
    const before = await hailong('units', 'list', '--date', '2025-06-30', '--json');
    expect(JSON.parse(before.stdout)).toEqual([]);
  });

  it('a large file shows its progress on stderr and its result on stdout', async () => {
    const path = join(dir, 'lon.csv');
    const rows = Array.from({ length: 6000 }, (_, i) => {
      const k = String(i + 1).padStart(5, '0');
      return `TLN${k},UBND phường Thử Nghiệm Nhập Lớn số ${k},ward,KH25,commune,2025-07-01`;
    });
    writeFileSync(path, `code,name,type,parent_code,peer_group,valid_from\n${rows.join('\n')}\n`);
    const r = await hailong('units', 'import', path);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Đã nhập 6000 đơn vị.\n');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('Đang ghi: 0/6.000 đơn vị (0%)');
    expect(lines.at(-1)).toBe('Đang ghi: 6.000/6.000 đơn vị (100%)');
  });
});
