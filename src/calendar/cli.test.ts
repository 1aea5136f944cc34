import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hailongIn } from '../../test/cli-run.ts';

/**
 * The `hailong calendar` and `hailong deadline` commands as a person or a script reads them: stdout,
 * stderr and exit status. (The tests live here because the CLI files beside them belong to
 * src/cli, which has no test of its own for these commands.)
 */
const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'hailong-calendar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hailong = (...args: string[]) => hailongIn(dir, ...args);

function hailongProcess(
  ...args: string[]
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/hailong.js', ...args], {
      cwd: ROOT,
      env: { ...process.env, TZ: 'America/New_York' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

// In-process (hailongIn) but for the first deadline case, a child process in another machine time
// zone: the output must not depend on it.
describe('hailong calendar', { timeout: 90_000 }, () => {
  it('--year 2026 --json prints the year’s days off, make-up days, Tết and Giỗ Tổ', async () => {
    const { status, stdout, stderr } = await hailong('calendar', '--year', '2026', '--json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual([
      'year',
      'lunarNewYear',
      'hungKings',
      'daysOff',
      'workingDays',
      'status',
      'notices',
    ]);
    expect(json.status).toBe('unverified');
    expect(json.year).toBe(2026);
    expect(json.lunarNewYear).toBe('2026-02-17');
    expect(json.hungKings).toBe('2026-04-26');
    expect(json.daysOff).toContainEqual({ date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương' });
    expect(json.daysOff).toContainEqual({ date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' });
    const dates = json.daysOff.map((d: { date: string }) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(json.workingDays.map((d: { date: string }) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
    for (const d of [...json.daysOff, ...json.workingDays]) expect(Object.keys(d)).toEqual(['date', 'name']);
  });

  it('without --json prints a Vietnamese table; a year without a verified notice says it is computed', async () => {
    const [table, json] = await Promise.all([
      hailong('calendar', '--year', '2027'),
      hailong('calendar', '--year', '2027', '--json'),
    ]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('Thứ Bảy, 06/02/2027');
    expect(table.stdout).toMatch(/Thứ Tư\s+10\/02\/2027\s+Nghỉ bù Tết Nguyên đán/);
    expect(table.stdout.split('\n')[0]).toBe(
      'Lịch nghỉ năm 2027 (tính theo luật, chưa có thông báo đã xác minh)',
    );
    expect(table.stdout).toContain('Trạng thái: TÍNH THEO LUẬT');
    // It never claims that no notice existed, and cites the compensatory day's real article.
    expect(table.stdout).not.toContain('chưa có thông báo chính thức của năm này');
    expect(table.stdout).toContain('Bộ luật Lao động 2019, Điều 111 khoản 3');
    expect(JSON.parse(json.stdout)).toMatchObject({ status: 'computed', notices: [] });
  });

  it('--year 2023 and --year 2024 give the official Tết breaks (20–26/1/2023, 8–14/2/2024)', async () => {
    const tetBreak = (json: { daysOff: { date: string; name: string }[] }) =>
      json.daysOff.filter((d) => d.name.includes('Tết Nguyên đán')).map((d) => d.date);
    const [y2023, y2024, table2024] = await Promise.all([
      hailong('calendar', '--year', '2023', '--json'),
      hailong('calendar', '--year', '2024', '--json'),
      hailong('calendar', '--year', '2024'),
    ]);
    const j2023 = JSON.parse(y2023.stdout);
    const j2024 = JSON.parse(y2024.stdout);
    expect(tetBreak(j2023)).toEqual([
      '2023-01-20',
      '2023-01-21',
      '2023-01-22',
      '2023-01-23',
      '2023-01-24',
      '2023-01-25',
      '2023-01-26',
    ]);
    expect(tetBreak(j2024)).toEqual([
      '2024-02-08',
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
    expect(j2023.status).toBe('official');
    expect(j2023.notices).toEqual([
      expect.objectContaining({
        number: '8056/VPCP-KGVX',
        date: '2022-12-01',
        issuer: 'Văn phòng Chính phủ',
      }),
    ]);
    expect(j2024.status).toBe('official');
    expect(j2024.notices.map((n: { number: string }) => n.number)).toEqual([
      '8662/VPCP-KGVX',
      '5015/TB-LĐTBXH',
      '2450/VPCP-KGVX',
    ]);
    expect(j2024.workingDays).toEqual([{ date: '2024-05-04', name: 'Làm bù cho thứ Hai 29/04/2024' }]);
    expect(table2024.stdout.split('\n')[0]).toBe('Lịch nghỉ năm 2024');
    expect(table2024.stdout).toContain(
      'văn bản số 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ Lao động - Thương binh và Xã hội',
    );
  });
});

describe('hailong deadline', { timeout: 90_000 }, () => {
  it('prints the due moment in Vietnam time on its first line', async () => {
    const tet = await hailongProcess('deadline', '--received', '2025-01-24T16:00', '--working-days', '3');
    expect(tet.status).toBe(0);
    expect(tet.stdout.split('\n')[0]).toBe('2025-02-05T16:00');
    expect(tet.stdout).toContain('Hạn giải quyết: 16:00 Thứ Tư, 05/02/2025');
  });

  it('--calendar FILE.json replaces the built-in calendar: a make-up Saturday counts', async () => {
    const file = join(dir, 'lich.json');
    writeFileSync(file, JSON.stringify({ daysOff: ['2025-03-17'], workingDays: ['2025-03-15'] }));
    const { status, stdout } = await hailong(
      'deadline',
      '--received',
      '2025-03-14T10:00',
      '--working-days',
      '2',
      '--calendar',
      file,
    );
    expect(status).toBe(0);
    // Saturday 15/3 worked, Monday 17/3 off → the 2nd working date is Tuesday 18/3.
    expect(stdout.split('\n')[0]).toBe('2025-03-18T10:00');
  });

  it('--same-day: before 15:00 due at 17:00 that day, else 17:00 the next working day', async () => {
    const [monday, late, friday] = await Promise.all([
      hailong('deadline', '--received', '2025-03-10T14:00', '--same-day'),
      hailong('deadline', '--received', '2025-03-10T15:30', '--same-day'),
      hailong('deadline', '--received', '2025-03-14T16:00', '--same-day'),
    ]);
    for (const run of [monday, late, friday]) expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(monday.stdout.split('\n')[0]).toBe('2025-03-10T17:00'); // Monday 14:00 → Monday 17:00
    expect(late.stdout.split('\n')[0]).toBe('2025-03-11T17:00'); // Monday 15:30 → Tuesday 17:00
    expect(friday.stdout.split('\n')[0]).toBe('2025-03-17T17:00'); // Friday 16:00 → Monday 17:00
    expect(friday.stdout).toContain('Hạn trả kết quả: 17:00 Thứ Hai, 17/03/2025');
  });

  it('exits 1 on bad data and 2 on bad usage, with nothing on stdout', async () => {
    const [badData, badUsage] = await Promise.all([
      hailong('deadline', '--received', '2025-02-30T10:00', '--working-days', '3'),
      hailong('deadline', '--received', '2025-03-10T10:00'),
    ]);
    expect(badData).toMatchObject({ status: 1, stdout: '' });
    expect(badData.stderr).toContain('--received');
    expect(badUsage).toMatchObject({ status: 2, stdout: '' });
    expect(badUsage.stderr).toContain('--working-days');
  });
});
