import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoWeekday, parseIsoDate } from './day-number.ts';
import { defaultHolidays } from './holidays.ts';
import { hungKingsDay, lunarNewYear } from './lunar.ts';
import { checkNoticeFile, holidaysOfYear, noticeOf, noticeYears } from './notices.ts';

const DATA = join(import.meta.dirname, '../../data/holidays');
const files = readdirSync(DATA).filter((f) => f.endsWith('.json'));

describe('official notices (data/holidays)', () => {
  it('registers every file of data/holidays, one per year, named after its year', () => {
    const years = files.map((f) => Number(f.replace('.json', ''))).sort();
    expect(noticeYears()).toEqual(years);
    for (const file of files) {
      const json = JSON.parse(readFileSync(join(DATA, file), 'utf8'));
      expect(checkNoticeFile(json), file).toEqual([]);
      expect(`${json.year}.json`).toBe(file);
    }
  });

  it('cite each notice by number, date, issuer and a source', () => {
    for (const year of noticeYears()) {
      for (const notice of noticeOf(year)!.notices) {
        expect(notice.number).toMatch(/^\d+\/[A-ZĐ-]+/);
        expect(parseIsoDate(notice.date)).not.toBeNull();
        expect(notice.issuer.length).toBeGreaterThan(0);
        expect(notice.sources.some((s) => s.url?.startsWith('http'))).toBe(true);
      }
    }
  });

  it('list every statutory day of their year, since a notice replaces the defaults whole', () => {
    for (const year of noticeYears()) {
      const off = new Set(holidaysOfYear(year).daysOff.map((d) => d.date));
      for (const md of ['01-01', '04-30', '05-01', '09-02'])
        expect(off.has(`${year}-${md}`), `${year}-${md}`).toBe(true);
      expect(off.has(hungKingsDay(year))).toBe(true);
      const tet = holidaysOfYear(year).daysOff.filter((d) => d.name === 'Tết Nguyên đán');
      expect(tet).toHaveLength(5);
      expect(tet.map((d) => d.date)).toContain(lunarNewYear(year));
      for (const d of holidaysOfYear(year).workingDays)
        expect(isoWeekday(parseIsoDate(d.date)!)).toBeGreaterThanOrEqual(6);
    }
  });

  it('2025 (8726/VPCP-KGVX): Tết 27–31/1, 2/5 swapped with Saturday 26/4, 2/9 with 1/9', () => {
    const y = holidaysOfYear(2025);
    const off = y.daysOff.map((d) => d.date);
    expect(off.filter((d) => d < '2025-02-15')).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
    ]);
    expect(off).toContain('2025-05-02');
    expect(off).toContain('2025-09-01');
    expect(off).not.toContain('2025-09-03');
    // The notice replaced the default Tết: Saturday 1/2 and its compensatory Monday 3/2 are gone.
    expect(off).not.toContain('2025-02-03');
    expect(y.workingDays).toEqual([{ date: '2025-04-26', name: 'Làm bù cho thứ Sáu 02/05/2025' }]);
  });

  it('2026 (12729/VPCP-KGVX, 9441/TB-BNV): 2/1 and 31/8 swapped, Giỗ Tổ compensated on 27/4', () => {
    const y = holidaysOfYear(2026);
    const off = y.daysOff.map((d) => d.date);
    expect(off).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(y.workingDays.map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
  });

  it('leave other years to the computed defaults', () => {
    expect(noticeOf(2027)).toBeUndefined();
    expect(holidaysOfYear(2027)).toEqual(defaultHolidays(2027));
  });

  it('refuses a malformed notice file, naming the field', () => {
    const good = JSON.parse(readFileSync(join(DATA, '2025.json'), 'utf8'));
    const bad = structuredClone(good);
    bad.daysOff.push({ date: '2025-02-30', name: 'x' });
    bad.daysOff.push({ date: '2024-12-31', name: 'x' });
    bad.daysOff.push({ date: '2025-01-01', name: 'again' });
    bad.workingDays.push({ date: '2025-04-28', name: 'a Monday' });
    bad.notices[0].sources = [];
    const problems = checkNoticeFile(bad);
    expect(problems).toEqual([
      'notices[0].sources: cần ít nhất một nguồn',
      'daysOff[12].date: "2025-02-30" không phải ngày YYYY-MM-DD',
      'daysOff[13].date: 2024-12-31 không thuộc năm 2025',
      'daysOff[14].date: 2025-01-01 đã có ở daysOff[0]',
      'workingDays[1].date: ngày làm bù 2025-04-28 phải là thứ Bảy hoặc Chủ nhật',
    ]);
    expect(checkNoticeFile([])).toEqual(['tệp phải là một đối tượng JSON']);
  });
});
