import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../test/cli-output.ts';
import { formsCommand } from './forms.ts';
import { reportError, UsageError } from './run.ts';

/**
 * `hailong forms`, run in-process the way cli/main.ts runs it: what the command returns, or what
 * reportError makes of what it throws (exit status and the line on stderr).
 */
const output = captureOutput();

async function hailongForms(...args: string[]): Promise<number> {
  try {
    return await formsCommand.run(args);
  } catch (error) {
    return reportError(error);
  }
}

describe('hailong forms', () => {
  it('--json on 2025-06-30 prints the six TT 01/2018 forms of NĐ 61/2018', async () => {
    expect(await hailongForms('--date', '2025-06-30', '--json')).toBe(0);
    const out = JSON.parse(output.stdout);
    expect(out.date).toBe('2025-06-30');
    expect(out.regime).toMatchObject({
      decree: '61/2018/NĐ-CP',
      amendedBy: ['107/2021/NĐ-CP'],
      circular: '01/2018/TT-VPCP',
    });
    expect(out.forms).toHaveLength(6);
    expect(out.forms[0]).toEqual({
      code: '01',
      title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
      legalBasis: 'Thông tư 01/2018/TT-VPCP, Mẫu số 01',
      verified: true,
    });
    expect(output.stderr).toBe('');
  });

  it('--json on 2025-07-01 prints the seven TT 03/2025 forms of NĐ 118/2025, marked unverified', async () => {
    expect(await hailongForms('--date', '2025-07-01', '--json')).toBe(0);
    const out = JSON.parse(output.stdout);
    expect(out.regime).toMatchObject({ decree: '118/2025/NĐ-CP', circular: '03/2025/TT-VPCP' });
    expect(out.forms.map((f: { code: string }) => f.code)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
    ]);
    expect(out.forms[4]).toMatchObject({ code: '05', title: 'Thông báo dừng giải quyết hồ sơ' });
    expect(out.verified).toBe(false);
    expect(out.forms.every((f: { verified: boolean }) => f.verified === false)).toBe(true);
  });

  it('without --json prints a Vietnamese table naming the regime and what is unverified', async () => {
    expect(await hailongForms('--date', '2026-03-02')).toBe(0);
    expect(output.stdout).toContain('Mẫu giấy tờ tại Bộ phận Một cửa áp dụng ngày 02/03/2026');
    expect(output.stdout).toContain(
      'Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP (áp dụng từ 01/07/2025)',
    );
    expect(output.stdout).toContain('07   Sổ theo dõi hồ sơ');
    expect(output.stdout).toContain('CHƯA kiểm chứng');
    expect(output.stdout).toContain('Lưu ý:');
  });

  it.each([
    ['2025-02-30', 'ngày 30 không có trong tháng 2/2025'],
    ['2025-7-1', 'không có dạng YYYY-MM-DD'],
    ['01/07/2025', 'không có dạng YYYY-MM-DD'],
    ['', 'không có dạng YYYY-MM-DD'],
  ])(
    'a bad date %j → exit 1, a Vietnamese message naming --date, nothing on output.stdout',
    async (date, why) => {
      expect(await hailongForms('--date', date, '--json')).toBe(1);
      expect(output.stdout).toBe('');
      expect(output.stderr).toContain('Lỗi: --date:');
      expect(output.stderr).toContain(why);
      expect(output.stderr).toContain('[DATE_INVALID]');
    },
  );

  it('a date before the first regime (NĐ 61/2018 took effect on 21/6/2018) → exit 1', async () => {
    expect(await hailongForms('--date', '2018-06-20', '--json')).toBe(1);
    expect(output.stdout).toBe('');
    expect(output.stderr).toContain('--date: ngày 20/06/2018 trước 21/06/2018');
    expect(output.stderr).toContain('[REGIME_NOT_FOUND]');
    expect(await hailongForms('--date', '2018-06-21', '--json')).toBe(0);
  });

  it('an unknown flag is a usage error (exit 2)', async () => {
    await expect(formsCommand.run(['--day', '2025-07-01'])).rejects.toBeInstanceOf(UsageError);
    expect(await hailongForms('--day', '2025-07-01')).toBe(2);
  });
});
