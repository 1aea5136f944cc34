import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../lib/csv.ts';
import { dateProblem } from '../lib/dates.ts';

/**
 * data/units/khanh-hoa-2025.csv: the map after 1/7/2025 as far as it could be read (sources and
 * what is unverified in data/units/README.md). These checks keep it consistent with the demo's
 * old units, so that a successor can be found for every old Nha Trang ward.
 */
const DATA = join(import.meta.dirname, '../../data');
const table = (path: string) => {
  const [header, ...rows] = parseCsv(readFileSync(join(DATA, path), 'utf8'));
  const names = header!.fields;
  return { names, rows: rows.map((r) => Object.fromEntries(names.map((n, i) => [n, r.fields[i] ?? '']))) };
};
const map = table('units/khanh-hoa-2025.csv');
const demo = table('demo/units.csv');

describe('the 2025 map of Khánh Hòa (data/units/khanh-hoa-2025.csv)', () => {
  it('has exactly the agreed columns, unique codes, real dates and a source on every line', () => {
    expect(map.names).toEqual([
      'code',
      'name',
      'type',
      'parent_code',
      'peer_group',
      'valid_from',
      'valid_to',
      'successor_codes',
      'predecessor_names',
      'status',
      'source',
    ]);
    const codes = map.rows.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of map.rows) {
      expect(dateProblem(r.valid_from!), r.code).toBeNull();
      expect(r.source!.length, r.code).toBeGreaterThan(10);
      const parent = r.parent_code!;
      if (parent !== '')
        expect(
          codes.includes(parent) || demo.rows.some((d) => d.code === parent),
          `${r.code} → ${parent}`,
        ).toBe(true);
    }
  });

  it('lists the 65 commune-level units of NQ 1667/NQ-UBTVQH15 Điều 1 khoản 66: 48 xã, 16 phường, 1 đặc khu', () => {
    const units = map.rows.filter((r) => r.type !== 'province');
    const count = (type: string) => units.filter((r) => r.type === type).length;
    expect([units.length, count('commune'), count('ward'), count('special_zone')]).toEqual([65, 48, 16, 1]);
    for (const r of units) {
      expect(r.name, r.code).toMatch(/^UBND (xã|phường|đặc khu) /);
      expect(r.name!.split(' ')[1], r.code).toBe(
        { commune: 'xã', ward: 'phường', special_zone: 'đặc' }[r.type!],
      );
      expect(r.valid_from, r.code).toBe('2025-07-01');
      expect(r.predecessor_names, r.code).not.toBe('');
    }
    const names = units.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('marks each line verified or unverified, and an unverified line says what is missing', () => {
    for (const r of map.rows) {
      expect(['verified', 'unverified'], r.code).toContain(r.status);
      if (r.status === 'unverified') expect(r.source, r.code).toContain('chưa kiểm chứng');
      else expect(r.source, r.code).toMatch(/dantri\.com\.vn|tuoitre\.vn|vov/);
    }
  });

  it('gives a whole old unit one successor only, a split one several, each split part named', () => {
    const whole = new Map<string, string[]>();
    for (const r of map.rows.filter((r) => r.type !== 'province'))
      for (const p of r.predecessor_names!.split(';'))
        if (!/\((một phần|phần còn lại)\)$/.test(p)) whole.set(p, [...(whole.get(p) ?? []), r.code!]);
    for (const [name, codes] of whole) expect(codes, name).toHaveLength(1);
    // Cam Hòa, Cam Tân and Suối Tân were split three ways (khoản 18, 19, 20); Đông Hải two (36, 61).
    const parts = (old: string) =>
      map.rows
        .filter((r) => r.predecessor_names!.split(';').some((p) => p.startsWith(`${old} (`)))
        .map((r) => r.code);
    expect(parts('xã Cam Hòa')).toEqual(['KH25-CLA', 'KH25-SDA', 'KH25-CHI']);
    expect(parts('phường Đông Hải')).toEqual(['KH25-PDI', 'KH25-DHA']);
  });

  it('has no district-level parent for a unit valid from 1/7/2025', () => {
    for (const r of map.rows.filter((r) => r.valid_from! >= '2025-07-01' && r.type !== 'province'))
      expect(r.parent_code, r.code).toBe('KH25');
  });

  it('gives every old commune-level unit of Nha Trang in the demo a successor among the four new wards', () => {
    const wards = map.rows.filter((r) => /Nha Trang$/.test(r.name!) && r.valid_from === '2025-07-01');
    expect(wards.map((r) => r.name)).toEqual([
      'UBND phường Nha Trang',
      'UBND phường Bắc Nha Trang',
      'UBND phường Tây Nha Trang',
      'UBND phường Nam Nha Trang',
    ]);
    const predecessors = wards.flatMap((r) => r.predecessor_names!.split(';'));
    expect(new Set(predecessors).size).toBe(predecessors.length);
    // The 27 demo wards/communes, as merged on 1/11/2024 (Xương Huân and Vạn Thắng into Vạn Thạnh,
    // Phương Sơn into Phương Sài, Phước Tiến + Phước Tân + Tân Lập into the new Tân Tiến).
    const merged2024: Record<string, string> = {
      'phường Xương Huân': 'phường Vạn Thạnh',
      'phường Vạn Thắng': 'phường Vạn Thạnh',
      'phường Phương Sơn': 'phường Phương Sài',
      'phường Phước Tiến': 'phường Tân Tiến',
      'phường Phước Tân': 'phường Tân Tiến',
      'phường Tân Lập': 'phường Tân Tiến',
    };
    // The demo also keeps the new Tân Tiến itself (1/11/2024 – 30/6/2025): 27 + 1 under Nha Trang.
    const old = demo.rows.filter((d) => d.parent_code === 'NT').map((d) => d.name!.replace(/^UBND /, ''));
    expect(old).toHaveLength(28);
    expect(old).toContain('phường Tân Tiến');
    for (const name of old) expect(predecessors, name).toContain(merged2024[name] ?? name);
    expect(predecessors).toHaveLength(22);
    const tayNhaTrang = wards.find((r) => r.name === 'UBND phường Tây Nha Trang')!;
    expect(tayNhaTrang.predecessor_names).toContain('phường Phương Sài');
  });
});
