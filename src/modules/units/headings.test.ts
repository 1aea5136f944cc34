import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/csv.ts';
import {
  checkHeadingsCsv,
  FALLBACK_SOURCE,
  guessedHeading,
  type HeadingUnit,
  pickHeading,
} from './headings.ts';

const HEADER = 'unit_code,valid_from,valid_to,parent_agency,issuing_agency,place,short,desk_name,source';
const units = new Map<string, HeadingUnit>([
  ['P09', { validFrom: '2008-01-01', validTo: '2025-06-30', allowed: true }],
  ['TNT', { validFrom: '2025-07-01', validTo: null, allowed: true }],
  ['B', { validFrom: '2008-01-01', validTo: null, allowed: false }],
]);

describe('checking a headings file whole', () => {
  it('reads agencies split by "|", a closed unit ending on its last day, an open one', () => {
    const check = checkHeadingsCsv(
      [
        HEADER,
        'P09,2008-01-01,2025-06-30,,ỦY BAN NHÂN DÂN|PHƯỜNG PHƯƠNG SÀI,Phương Sài,UBND,Bộ phận Một cửa,seed 003',
        'TNT,2025-07-01,,,ỦY BAN NHÂN DÂN | PHƯỜNG TÂY NHA TRANG,Tây Nha Trang,UBND,Trung tâm Phục vụ hành chính công phường Tây Nha Trang,NĐ 118/2025 khoản 3 Điều 10',
      ].join('\n'),
      units,
    );
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.rows[1]).toMatchObject({
      unitCode: 'TNT',
      validTo: null,
      parentAgency: '',
      issuingAgency: 'ỦY BAN NHÂN DÂN\nPHƯỜNG TÂY NHA TRANG',
      deskName: 'Trung tâm Phục vụ hành chính công phường Tây Nha Trang',
    });
  });

  it('names every bad line (Dòng N) and keeps none', () => {
    const check = checkHeadingsCsv(
      [
        HEADER,
        'P09,2008-01-01,,,ỦY BAN NHÂN DÂN|PHƯỜNG PHƯƠNG SÀI,Phương Sài,UBND,,seed',
        'TNT,2025-07-01,2026-12-31,,ỦY BAN NHÂN DÂN|PHƯỜNG TÂY NHA TRANG,Tây Nha Trang,UBND,,a',
        'TNT,2026-06-01,,,ỦY BAN NHÂN DÂN|PHƯỜNG TÂY NHA TRANG,Tây Nha Trang,UBND,,b',
        'XX,2025-07-01,,,X,Y,UBND,,c',
        'B,2025-02-30,,,X,Y,ubnd,,',
      ].join('\n'),
      units,
    );
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const byLine = (n: number) => check.errors.filter((e) => e.line === n).map((e) => e.code);
    expect(byLine(2)).toEqual(['OUTSIDE_UNIT']);
    expect(byLine(3)).toEqual([]);
    expect(byLine(4)).toEqual(['PERIOD_OVERLAP']);
    expect(byLine(5)).toEqual(['UNIT_UNKNOWN']);
    expect(byLine(6)).toEqual(
      expect.arrayContaining(['UNIT_FORBIDDEN', 'DATE_INVALID', 'FIELD_EMPTY', 'SHORT_INVALID']),
    );
    expect(check.errors.find((e) => e.code === 'PERIOD_OVERLAP')?.message).toContain('dòng 3');
  });

  it('refuses a header without its required columns, naming them', () => {
    const check = checkHeadingsCsv('unit_code,valid_from,place\nP09,2008-01-01,X', units);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.map((e) => e.message)).toEqual([
      'thiếu cột "issuing_agency"',
      'thiếu cột "short"',
      'thiếu cột "source"',
    ]);
  });
});

describe('the heading on a date', () => {
  it('picks the row whose period contains the date, both ends included', () => {
    const rows = [
      { validFrom: '2008-01-01', validTo: '2025-06-30', id: 'old' },
      { validFrom: '2025-07-01', validTo: null, id: 'new' },
    ];
    expect(pickHeading(rows, '2025-06-30')?.id).toBe('old');
    expect(pickHeading(rows, '2025-07-01')?.id).toBe('new');
    expect(pickHeading(rows, '2007-12-31')).toBeUndefined();
  });

  it('a checked file never gives two headings for one day (property)', () => {
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.option(day, { nil: null })), { maxLength: 6 }),
        day,
        (periods, on) => {
          const lines = periods.map(
            ([from, to]) => `TNT,${from},${to ?? ''},,ỦY BAN NHÂN DÂN|PHƯỜNG X,X,UBND,,s`,
          );
          const open = new Map([['TNT', { validFrom: '2000-01-01', validTo: null, allowed: true }]]);
          const check = checkHeadingsCsv([HEADER, ...lines].join('\n'), open);
          if (!check.ok || check.rows.length === 0) return;
          const covering = check.rows.filter(
            (r) => r.validFrom <= on && (r.validTo === null || on <= r.validTo),
          );
          expect(covering.length).toBeLessThanOrEqual(1);
          expect(pickHeading(check.rows, on)).toBe(covering[0]);
        },
      ),
    );
  });

  it('without a row: guessed from the name, marked, no abolished parent line, the desk by date', () => {
    const ward = { name: 'UBND phường Tây Nha Trang', type: 'ward' };
    const after = guessedHeading(ward, { name: 'Tỉnh Khánh Hòa', type: 'province' }, '2026-03-02');
    expect(after).toMatchObject({
      parentAgency: '',
      issuingAgency: 'ỦY BAN NHÂN DÂN\nPHƯỜNG TÂY NHA TRANG',
      place: 'Tây Nha Trang',
      deskName: 'Trung tâm Phục vụ hành chính công phường Tây Nha Trang',
      source: FALLBACK_SOURCE,
      fallback: true,
    });
    const before = guessedHeading(
      { name: 'UBND phường Phương Sài', type: 'ward' },
      { name: 'Thành phố Nha Trang', type: 'district' },
      '2025-06-30',
    );
    expect(before).toMatchObject({ parentAgency: '', deskName: 'Bộ phận Một cửa', fallback: true });
    const station = guessedHeading(
      { name: 'Trạm Y tế phường Tây Nha Trang', type: 'health_station' },
      ward,
      '2026-03-02',
    );
    expect(station).toMatchObject({ parentAgency: 'UBND PHƯỜNG TÂY NHA TRANG', short: 'TYT', deskName: '' });
  });
});

describe('the shipped headings files', () => {
  const unitsOf = (file: string) =>
    new Map(
      parseCsv(readFileSync(file, 'utf8'))
        .slice(1)
        .map((r) => [r.fields[0]!, { validFrom: r.fields[5]!, validTo: r.fields[6] || null, allowed: true }]),
    );

  it('the demo’s: every line checks against data/demo/units.csv; today’s wards name their centre, none a parent line', () => {
    const check = checkHeadingsCsv(
      readFileSync('data/units/headings-khanh-hoa.csv', 'utf8'),
      unitsOf('data/demo/units.csv'),
    );
    expect(check.ok ? [] : check.errors).toEqual([]);
    if (!check.ok) return;
    const wards = check.rows.filter((r) => /^KH25-[A-Z]+$/.test(r.unitCode));
    expect(wards.length).toBeGreaterThanOrEqual(7);
    for (const w of wards) {
      expect(w.parentAgency).toBe('');
      expect(w.deskName).toMatch(/^Trung tâm Phục vụ hành chính công (phường|xã) /);
    }
    expect(check.rows.find((r) => r.unitCode === 'P09')).toMatchObject({
      validTo: '2025-06-30',
      deskName: 'Bộ phận Một cửa',
    });
  });

  it('the 2025 map’s: one heading for each of the 66 units of data/units/khanh-hoa-2025.csv', () => {
    const units = unitsOf('data/units/khanh-hoa-2025.csv');
    const check = checkHeadingsCsv(readFileSync('data/units/headings-khanh-hoa-2025.csv', 'utf8'), units);
    expect(check.ok ? [] : check.errors).toEqual([]);
    if (!check.ok) return;
    expect(new Set(check.rows.map((r) => r.unitCode))).toEqual(new Set(units.keys()));
    expect(check.rows.every((r) => r.parentAgency === '' && !r.issuingAgency.includes('HUYỆN'))).toBe(true);
  });
});
