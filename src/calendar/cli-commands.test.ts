import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureOutput } from '../../test/cli-output.ts';
import { calendarCommand } from '../cli/calendar.ts';
import { deadlineCommand, joinOptionValues } from '../cli/deadline.ts';
import { UsageError } from '../cli/run.ts';

/**
 * Input validation of `hailong calendar` and `hailong deadline`, run in-process (cli.test.ts runs
 * a few of the same through a child process). A UsageError becomes exit status 2 in cli/main.ts.
 */
const dir = mkdtempSync(join(tmpdir(), 'hailong-calendar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const output = captureOutput();

describe('hailong deadline input', () => {
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it.each([
    [['--received', '2025-02-30T10:00', '--working-days', '3'], '--received', 'DATE_INVALID'],
    [['--received', '2025-03-10 10:00', '--working-days', '3'], '--received', 'DATE_INVALID'],
    [['--received', '2025-03-10T25:00', '--working-days', '3'], '--received', 'DATE_INVALID'],
    [['--received', '2025-03-10T10:00:00', '--working-days', '3'], '--received', 'DATE_INVALID'],
    [['--received', '1967-12-31T10:00', '--working-days', '3'], '--received', 'DATE_OUT_OF_RANGE'],
    [['--received', '2025-03-10T10:00', '--working-days', '-1'], '--working-days', 'WORKING_DAYS_INVALID'],
    [['--received', '2025-03-10T10:00', '--working-days', '1.5'], '--working-days', 'WORKING_DAYS_INVALID'],
    [['--received', '2025-03-10T10:00', '--working-days', 'ba'], '--working-days', 'WORKING_DAYS_INVALID'],
    [['--received', '2025-03-10T10:00', '--working-days', ''], '--working-days', 'WORKING_DAYS_INVALID'],
    [['--received', '2100-12-30T10:00', '--working-days', '30'], '--working-days', 'DATE_OUT_OF_RANGE'],
    [
      ['--received', '2025-03-10T10:00', '--working-days', '3', '--calendar', join(dir, 'none.json')],
      '--calendar',
      'CALENDAR_INVALID',
    ],
  ])('%j → exit 1 naming %s', async (args, field, code) => {
    expect(await deadlineCommand.run(args)).toBe(1);
    expect(output.stdout).toBe('');
    expect(output.stderr).toContain(`${field}:`);
    expect(output.stderr).toContain(`[${code}]`);
  });

  it.each([
    ['not-json.json', '{"daysOff": [', 'không phải JSON'],
    ['array.json', '["2025-01-01"]', 'đối tượng JSON'],
    ['bad-date.json', '{"daysOff": ["2025-01-01", "2025-02-30"]}', 'daysOff[1]'],
    ['typo.json', '{"workingday": ["2025-04-26"]}', 'workingday'],
    ['both.json', '{"daysOff": ["2025-04-26"], "workingDays": ["2025-04-26"]}', 'workingDays'],
    ['latin1.json', '{"daysOff": ["2025-01-01"], "x": "\xe9"}', 'UTF-8'],
  ])('an invalid calendar file (%s) → exit 1 naming the field', async (name, text, field) => {
    const path = file(name, text);
    if (name === 'latin1.json') writeFileSync(path, Buffer.from(text, 'latin1'));
    expect(
      await deadlineCommand.run([
        '--received',
        '2025-03-10T10:00',
        '--working-days',
        '1',
        '--calendar',
        path,
      ]),
    ).toBe(1);
    expect(output.stdout).toBe('');
    expect(output.stderr).toContain('--calendar');
    expect(output.stderr).toContain(field);
  });

  it.each([
    [['--received', '2025-03-10T10:00']],
    [['--working-days', '3']],
    [['--received', '2025-03-10T10:00', '--working-days', '3', 'extra']],
    [['--received', '2025-03-10T10:00', '--working-days', '3', '--days', '4']],
  ])('%j is bad usage (exit 2)', async (args) => {
    await expect(deadlineCommand.run(args)).rejects.toBeInstanceOf(UsageError);
    expect(output.stdout).toBe('');
  });

  it('accepts --flag=value and a make-up Saturday from a file', async () => {
    const path = file('ok.json', '{"daysOff": [], "workingDays": ["2025-03-15"]}');
    expect(
      await deadlineCommand.run(['--received=2025-03-14T16:30', '--working-days=1', `--calendar=${path}`]),
    ).toBe(0);
    expect(output.stdout.split('\n')[0]).toBe('2025-03-15T16:30');
    expect(output.stdout).toMatch(/phiên bản sha256:[0-9a-f]{64}/);
  });

  it.each([
    [['--received', '2025-03-10T10:00', '--same-day', '--cutoff', '3pm'], '--cutoff', 'CUTOFF_INVALID'],
    [['--received', '2025-03-10T10:00', '--same-day', '--cutoff', '17:30'], '--cutoff', 'CUTOFF_INVALID'],
    [['--received', '2025-03-10T25:00', '--same-day'], '--received', 'DATE_INVALID'],
    [['--received', '2100-12-31T16:00', '--same-day'], '--received', 'DATE_OUT_OF_RANGE'],
  ])('--same-day %j → exit 1 naming %s', async (args, field, code) => {
    expect(await deadlineCommand.run(args)).toBe(1);
    expect(output.stdout).toBe('');
    expect(output.stderr).toContain(`${field}:`);
    expect(output.stderr).toContain(`[${code}]`);
  });

  it.each([
    [['--received', '2025-03-10T10:00', '--same-day', '--working-days', '1']],
    [['--received', '2025-03-10T10:00', '--working-days', '1', '--cutoff', '15:00']],
  ])('%j is bad usage (exit 2)', async (args) => {
    await expect(deadlineCommand.run(args)).rejects.toBeInstanceOf(UsageError);
    expect(output.stdout).toBe('');
  });

  it('--same-day --cutoff 16:00: received Monday 15:30 is still due Monday 17:00; a file calendar is used', async () => {
    expect(
      await deadlineCommand.run(['--received', '2025-03-10T15:30', '--same-day', '--cutoff', '16:00']),
    ).toBe(0);
    expect(output.stdout.split('\n')[0]).toBe('2025-03-10T17:00');
    expect(output.stdout).toContain('Nghị định 23/2015/NĐ-CP, Điều 7');
    output.stdout = '';
    const path = file('same-day.json', '{"daysOff": ["2025-03-11"], "workingDays": []}');
    expect(
      await deadlineCommand.run(['--received', '2025-03-10T15:30', '--same-day', '--calendar', path]),
    ).toBe(0);
    expect(output.stdout.split('\n')[0]).toBe('2025-03-12T17:00'); // Tuesday 11/3 is off in the file
  });

  it('glues a dash-leading value onto its flag only for flags that take one', () => {
    expect(joinOptionValues(['--working-days', '-1', '--json'], ['--working-days'])).toEqual([
      '--working-days=-1',
      '--json',
    ]);
    expect(joinOptionValues(['--json', '-x'], ['--working-days'])).toEqual(['--json', '-x']);
  });
});

describe('hailong calendar input', () => {
  it.each(['20x7', '1967', '2101', '-5', ''])('--year %j → exit 1', async (year) => {
    expect(await calendarCommand.run(['--year', year])).toBe(1);
    expect(output.stdout).toBe('');
    expect(output.stderr).toContain('--year');
  });

  it('needs --year (exit 2)', async () => {
    await expect(calendarCommand.run(['--json'])).rejects.toBeInstanceOf(UsageError);
  });

  it('shows where the year’s days come from, and that 2025 is not verified', async () => {
    expect(await calendarCommand.run(['--year', '2025'])).toBe(0);
    expect(output.stdout).toContain('8726/VPCP-KGVX');
    expect(output.stdout.split('\n')[0]).toBe('Lịch nghỉ năm 2025 (chưa xác minh)');
    expect(output.stdout).toContain('Trạng thái: CHƯA XÁC MINH');
    expect(output.stdout).toMatch(/Thứ Bảy\s+26\/04\/2025\s+Làm bù/);
    expect(output.stdout).not.toContain('Chưa áp dụng');
  });

  it('2019 is official (3238/TB-LĐTBXH, its date unknown); 2026 names 24/11 as not applied and never lists it', async () => {
    expect(await calendarCommand.run(['--year', '2019'])).toBe(0);
    expect(output.stdout.split('\n')[0]).toBe('Lịch nghỉ năm 2019');
    expect(output.stdout).toContain(
      'Căn cứ: văn bản số 3238/TB-LĐTBXH của Bộ Lao động - Thương binh và Xã hội;',
    );
    output.stdout = '';
    expect(await calendarCommand.run(['--year', '2026'])).toBe(0);
    expect(output.stdout).toContain('Chưa áp dụng: Ngày Văn hóa Việt Nam (24/11): Nghị quyết 80-NQ/TW');
    expect(output.stdout).not.toContain('24/11/2026');
  });
});
