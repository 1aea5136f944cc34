import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoWeekday, parseIsoDate } from './day-number.ts';
import { defaultHolidays, HOLIDAY_NAMES } from './holidays.ts';
import { hungKingsDay, lunarNewYear } from './lunar.ts';
import { calendarStatus, checkNoticeFile, holidaysOfYear, noticeOf, noticeYears } from './notices.ts';

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

  it('say whether they are verified; an official one cites each notice by number, issuer, a URL and its date when a source gives it', () => {
    for (const year of noticeYears()) {
      const file = noticeOf(year)!;
      expect(['official', 'unverified'], `${year}`).toContain(file.status);
      for (const notice of file.notices) {
        expect(notice.issuer.length).toBeGreaterThan(0);
        expect(notice.sources.length).toBeGreaterThan(0);
      }
      if (file.status !== 'official') continue;
      for (const notice of file.notices) {
        expect(notice.number).toMatch(/^\d+\/[A-ZĐ-]+/);
        if (notice.date !== undefined) expect(parseIsoDate(notice.date)).not.toBeNull();
        else expect(notice.subject).toMatch(/ngày ban hành chưa tìm được/);
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

  it('ship every year 2017–2026; 2027 has no notice found yet and stays computed', () => {
    expect(noticeYears()).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(noticeOf(2027)).toBeUndefined();
    expect(holidaysOfYear(2027)).toEqual(defaultHolidays(2027));
    expect(calendarStatus(2027)).toBe('computed');
    expect(calendarStatus(2016)).toBe('computed');
    expect([2017, 2019, 2021, 2022, 2023, 2024].map((y) => calendarStatus(y))).toEqual(
      Array(6).fill('official'),
    );
    expect([2018, 2020, 2025, 2026].map((y) => calendarStatus(y))).toEqual(Array(4).fill('unverified'));
    // An admin's notice without a status is never shown as official.
    const { status: _, ...withoutStatus } = noticeOf(2024)!;
    expect(calendarStatus(2024, withoutStatus)).toBe('unverified');
  });

  it("every official year gives its notice's Tết break, day by day", () => {
    // As the notices say (see data/holidays/README.md); weekends inside a break are listed only
    // when the notice counts them as Tết days.
    const TET: Record<number, [string, string]> = {
      2017: ['2017-01-26', '2017-02-01'],
      2019: ['2019-02-04', '2019-02-08'],
      2021: ['2021-02-10', '2021-02-16'],
      2022: ['2022-01-31', '2022-02-04'],
      2023: ['2023-01-20', '2023-01-26'],
      2024: ['2024-02-08', '2024-02-14'],
    };
    const official = noticeYears().filter((y) => calendarStatus(y) === 'official');
    expect(official).toEqual(Object.keys(TET).map(Number));
    for (const year of official) {
      const [from, to] = TET[year]!;
      const tet = holidaysOfYear(year)
        .daysOff.filter((d) => d.name.endsWith(HOLIDAY_NAMES.tet))
        .map((d) => d.date);
      expect(tet[0], `${year}`).toBe(from);
      expect(tet.at(-1), `${year}`).toBe(to);
      // No gap in the break: each listed day follows the previous one, or a weekend it spans.
      for (let i = 1; i < tet.length; i++)
        expect(parseIsoDate(tet[i]!)! - parseIsoDate(tet[i - 1]!)!, `${year} ${tet[i]}`).toBeLessThanOrEqual(
          3,
        );
    }
  });

  it('2019 (3238/TB-LĐTBXH): Tết 4–8/2, 29/4 off for Saturday 4/5, and 31/12/2018 off for Saturday 5/1/2019', () => {
    const y = holidaysOfYear(2019);
    const off = y.daysOff.map((d) => d.date);
    expect(off.filter((d) => d.startsWith('2019-02'))).toEqual([
      '2019-02-04',
      '2019-02-05',
      '2019-02-06',
      '2019-02-07',
      '2019-02-08',
    ]);
    expect(off).toContain('2019-04-29');
    expect(y.workingDays.map((d) => d.date)).toEqual(['2019-01-05', '2019-05-04']);
    expect(holidaysOfYear(2018).daysOff.map((d) => d.date)).toContain('2018-12-31');
    expect(noticeOf(2019)!.notices.map((n) => n.number)).toEqual(['3238/TB-LĐTBXH']);
  });

  it('2021 (4875/TB-LĐTBXH): Tết 10–16/2 and Quốc khánh 2–3/9, 1/5 on a Saturday made up on Monday 3/5', () => {
    const off = holidaysOfYear(2021).daysOff.map((d) => d.date);
    expect(off.filter((d) => d.startsWith('2021-02'))).toEqual([
      '2021-02-10',
      '2021-02-11',
      '2021-02-12',
      '2021-02-13',
      '2021-02-14',
      '2021-02-15',
      '2021-02-16',
    ]);
    expect(off.filter((d) => d >= '2021-04-30' && d <= '2021-09-30')).toEqual([
      '2021-04-30',
      '2021-05-01',
      '2021-05-03',
      '2021-09-02',
      '2021-09-03',
    ]);
  });

  it('2023 (8056/VPCP-KGVX): Tết 20–26/1, not the computed 21–27/1; 2/9 with 1/9 and Monday 4/9', () => {
    const off = holidaysOfYear(2023).daysOff.map((d) => d.date);
    expect(off.filter((d) => d < '2023-02-01')).toEqual([
      '2023-01-01',
      '2023-01-02',
      '2023-01-20',
      '2023-01-21',
      '2023-01-22',
      '2023-01-23',
      '2023-01-24',
      '2023-01-25',
      '2023-01-26',
    ]);
    expect(defaultHolidays(2023).daysOff.map((d) => d.date)).toContain('2023-01-27');
    expect(off.filter((d) => d.startsWith('2023-09'))).toEqual(['2023-09-01', '2023-09-02', '2023-09-04']);
    expect(off.filter((d) => d >= '2023-04-29' && d <= '2023-05-03')).toHaveLength(5);
  });

  it('2024 (8662/VPCP-KGVX, 5015/TB-LĐTBXH, 2450/VPCP-KGVX): Tết 8–14/2, 29/4 swapped with Saturday 4/5', () => {
    const y = holidaysOfYear(2024);
    const off = y.daysOff.map((d) => d.date);
    expect(off.filter((d) => d.startsWith('2024-02'))).toEqual([
      '2024-02-08',
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
    expect(off).not.toContain('2024-02-15'); // the computed default's last day
    expect(off).toContain('2024-04-29');
    expect(y.workingDays.map((d) => d.date)).toEqual(['2024-05-04']);
  });

  it('before 2021 (Bộ luật Lao động 2012, Điều 115) Quốc khánh is one day: 2/9/2017 Saturday → Monday 4/9', () => {
    expect(holidaysOfYear(2017).daysOff.filter((d) => d.date.startsWith('2017-09'))).toEqual([
      { date: '2017-09-02', name: 'Quốc khánh 2/9' },
      { date: '2017-09-04', name: 'Nghỉ bù Quốc khánh 2/9' },
    ]);
    expect(holidaysOfYear(2020).daysOff.filter((d) => d.date.startsWith('2020-09'))).toHaveLength(1);
  });

  it('cite the compensatory day as Điều 111 khoản 3 (2019 Code) or Điều 115 khoản 3 (2012), never Điều 112', () => {
    for (const year of noticeYears())
      for (const d of noticeOf(year)!.daysOff)
        if (d.basis?.startsWith('Bộ luật') && d.name.startsWith('Nghỉ bù'))
          expect(d.basis, `${d.date}`).toBe(
            year >= 2021
              ? 'Bộ luật Lao động 2019, Điều 111 khoản 3'
              : 'Bộ luật Lao động 2012, Điều 115 khoản 3',
          );
  });

  it('refuses a malformed notice file, naming the field', () => {
    const good = JSON.parse(readFileSync(join(DATA, '2024.json'), 'utf8'));
    const bad = structuredClone(good);
    bad.daysOff.push({ date: '2024-02-30', name: 'x' });
    bad.daysOff.push({ date: '2023-12-31', name: 'x' });
    bad.daysOff.push({ date: '2024-01-01', name: 'again' });
    bad.workingDays.push({ date: '2024-04-22', name: 'a Monday' });
    bad.notices[0].sources = [];
    delete bad.notices[1].number;
    bad.notices[2].sources = [{ citation: 'no link' }];
    const problems = checkNoticeFile(bad);
    expect(problems).toEqual([
      'notices[0].sources: cần ít nhất một nguồn',
      'notices[1].number: bắt buộc với tệp "official"',
      'notices[2].sources: tệp "official" cần ít nhất một nguồn có url',
      'daysOff[14].date: "2024-02-30" không phải ngày YYYY-MM-DD',
      'daysOff[15].date: 2023-12-31 không thuộc năm 2024',
      'daysOff[16].date: 2024-01-01 đã có ở daysOff[0]',
      'workingDays[1].date: ngày làm bù 2024-04-22 phải là thứ Bảy hoặc Chủ nhật',
    ]);
    // The same notice without number is fine once the file says it is unverified; a made-up status is not.
    expect(
      checkNoticeFile({
        ...good,
        status: 'unverified',
        notices: [{ ...good.notices[1], number: undefined }],
      }),
    ).toEqual([]);
    expect(checkNoticeFile({ ...good, status: 'draft' })).toEqual([
      'status: "draft" phải là "official" hoặc "unverified"',
    ]);
    expect(checkNoticeFile([])).toEqual(['tệp phải là một đối tượng JSON']);
  });
});
