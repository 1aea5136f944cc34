import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './text.ts';
import { searchUnits, unitMatchScore } from './unit-search.ts';

const UNITS = [
  { code: 'P09', name: 'UBND phường Phương Sài' },
  { code: 'TYT-P09', name: 'Trạm Y tế phường Phương Sài' },
  { code: 'P10', name: 'UBND phường Phương Sơn' },
  { code: 'X03', name: 'UBND xã Vĩnh Thái' },
  { code: 'X04', name: 'UBND xã Vĩnh Thạnh' },
  { code: 'KH25-TNT', name: 'UBND phường Tây Nha Trang' },
  { code: 'KH25-NT', name: 'UBND phường Nha Trang' },
  { code: 'KH25', name: 'Tỉnh Khánh Hòa' },
];
const codes = (q: string) => searchUnits(q, UNITS).map((u) => u.code);

describe('finding a unit the way people type it', () => {
  it('finds what the substring search missed', () => {
    expect(codes('UBND Phương Sài')[0]).toBe('P09');
    expect(codes('tram y te phuong sai')[0]).toBe('TYT-P09');
    expect(codes('vinh thai xa')).toEqual(['X03']);
  });

  it('ignores diacritics, case and word order; a code is enough', () => {
    expect(codes('SAI PHUONG')).toContain('P09');
    expect(codes('vĩnh thạnh')[0]).toBe('X04');
    expect(codes('kh25-tnt')).toEqual(['KH25-TNT']);
    expect(codes('tnt')).toEqual([]);
  });

  it('ranks a whole-word match and the name in its order first', () => {
    expect(codes('nha trang')[0]).toBe('KH25-NT');
    expect(codes('tay nha')[0]).toBe('KH25-TNT');
    expect(codes('phuong s').slice(0, 3).sort()).toEqual(['P09', 'P10', 'TYT-P09']);
  });

  it('answers nothing for an empty query or a word no name has', () => {
    expect(codes('  ')).toEqual([]);
    expect(codes('Cam Ranh')).toEqual([]);
  });

  it('always finds a unit by its own name, however it is written', () => {
    const name = fc
      .array(fc.constantFrom('Vĩnh', 'Thạnh', 'Nha', 'Trang', 'Phước', 'Đồng', 'Hòa', 'Tây'), {
        minLength: 1,
        maxLength: 4,
      })
      .map((w) => `UBND phường ${w.join(' ')}`);
    fc.assert(
      fc.property(name, fc.boolean(), (n, fold) => {
        const unit = { code: 'U1', name: n };
        const typed = fold ? foldVietnamese(n).toUpperCase() : n;
        expect(unitMatchScore(typed, unit)).not.toBeNull();
        expect(searchUnits(typed, [...UNITS, unit]).map((u) => u.name)).toContain(n);
      }),
    );
  });

  it('every result has each non-kind typed word at the start of one of its words', () => {
    const query = fc
      .array(fc.constantFrom('ubnd', 'phuong', 'xa', 'vinh', 'th', 'nha', 'sai', 'tram', 'y', 'te', 'kh'), {
        minLength: 1,
        maxLength: 4,
      })
      .map((w) => w.join(' '));
    const kinds = new Set(['ubnd', 'phuong', 'xa', 'tram', 'y', 'te']);
    fc.assert(
      fc.property(query, (q) => {
        const typed = q.split(' ');
        const required = typed.filter((w) => !kinds.has(w));
        for (const unit of searchUnits(q, UNITS)) {
          const nameWords = foldVietnamese(unit.name).split(' ');
          for (const w of required.length ? required : typed)
            expect(nameWords.some((n) => n.startsWith(w)) || unit.code.toLowerCase() === w).toBe(true);
        }
      }),
    );
  });
});
