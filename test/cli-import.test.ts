import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hailongIn } from './cli-run.ts';

/**
 * `hailong responses import` on a large file: the result on stdout as before, the progress on
 * stderr (a small file stays silent: see cli-surveys.test.ts).
 */
const FIX = 'test/fixtures/index-check';
const dir = mkdtempSync(join(tmpdir(), 'hailong-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hailong = (...args: string[]) => hailongIn(join(dir, 'data'), ...args);

/** 12,000 copies of the fixture's first response: ≈ 330 kB, large enough to be checked in a worker. */
function bigFile(bad?: number): string {
  const [header, first] = readFileSync(`${FIX}/responses.csv`, 'utf8').split('\n');
  const rows = Array.from({ length: 12_000 }, (_, i) => (i === bad ? first!.replace(',3,', ',7,') : first!));
  const file = join(dir, `big-${bad ?? 'ok'}.csv`);
  writeFileSync(file, `${header}\n${rows.join('\n')}\n`);
  return file;
}

beforeAll(async () => {
  expect((await hailong('units', 'import', `${FIX}/units.csv`)).status).toBe(0);
  expect((await hailong('questionnaires', 'import', `${FIX}/questionnaire.json`)).status).toBe(0);
}, 300_000);

describe('hailong responses import of a large file', { timeout: 300_000 }, () => {
  it('refuses a bad line at the end with its number and imports nothing', async () => {
    const r = await hailong('responses', 'import', bigFile(11_999), '--questionnaire', 'TEST-Q');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('Dòng '))).toEqual([
      expect.stringMatching(/^Dòng 12001: .*"7".* \[OPTION_INVALID\]$/),
    ]);
  });

  it('prints the result on stdout and its progress on stderr', async () => {
    const r = await hailong('responses', 'import', bigFile(), '--questionnaire', 'TEST-Q');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Đã nhập 12000 phiếu của 1 đơn vị (phiếu TEST-Q, phiên bản 1).\n');
    expect(r.stderr.trim().split('\n')).toEqual([
      'Đang ghi: 0/12.000 phiếu (0%)',
      'Đang ghi: 2.000/12.000 phiếu (17%)',
      'Đang ghi: 4.000/12.000 phiếu (33%)',
      'Đang ghi: 6.000/12.000 phiếu (50%)',
      'Đang ghi: 8.000/12.000 phiếu (67%)',
      'Đang ghi: 10.000/12.000 phiếu (83%)',
      'Đang ghi: 12.000/12.000 phiếu (100%)',
    ]);
  });
});
