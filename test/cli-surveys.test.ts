import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hailongIn } from './cli-run.ts';

/**
 * The index contract checked end to end through the CLI, on an independent dataset whose figures
 * were computed by hand (test/fixtures/index-check): blanks, "no opinion", question and criterion
 * weights, Vietnam-time edges of the year, and a tie.
 */
const FIX = 'test/fixtures/index-check';
const dir = mkdtempSync(join(tmpdir(), 'hailong-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hailong = (...args: string[]) => hailongIn(dir, ...args);

interface Question {
  code: string;
  index: number | null;
  answered: number;
  ciLow: number | null;
  ciHigh: number | null;
  distribution: Record<string, number>;
}
interface Unit {
  unit: string;
  name: string;
  peerGroup: string;
  responses: number;
  rank: number | null;
  rankOf: number;
  lowSample: boolean;
  held: number;
  excluded: number;
  overall: {
    index: number | null;
    ciLow: number | null;
    ciHigh: number | null;
    target: number | null;
    gap: number | null;
  };
  criteria: {
    code: string;
    index: number | null;
    target: number | null;
    gap: number | null;
    questions: Question[];
  }[];
}
async function indexJson(
  ...extra: string[]
): Promise<{ questionnaire: string; period: string; units: Unit[] }> {
  const r = await hailong('index', '--questionnaire', 'TEST-Q', '--period', '2025', '--json', ...extra);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}
const unitOf = (units: Unit[], code: string) => units.find((u) => u.unit === code)!;

beforeAll(async () => {
  expect((await hailong('units', 'import', `${FIX}/units.csv`)).status).toBe(0);
  const q = await hailong('questionnaires', 'import', `${FIX}/questionnaire.json`);
  expect(q.stdout).toContain('phiên bản 1');
}, 120_000);

describe('hailong responses import and hailong index', { timeout: 120_000 }, () => {
  it('refuses a bad file whole, one stderr line per bad line, and imports nothing', async () => {
    const r = await hailong('responses', 'import', `${FIX}/bad.csv`, '--questionnaire', 'TEST-Q');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('Dòng '))).toEqual([
      expect.stringMatching(/^Dòng 3: .*X9.* \[UNIT_UNKNOWN\]$/),
      expect.stringMatching(/^Dòng 4: .*2025-13-01T08:00.* \[TIMESTAMP_INVALID\]$/),
      expect.stringMatching(/^Dòng 5: .*A1.*"4".* \[OPTION_INVALID\]$/),
    ]);
    const after = await hailong('index', '--questionnaire', 'TEST-Q', '--period', '2025', '--json');
    expect(JSON.parse(after.stdout).units).toEqual([]);
  });

  it('imports the good file once; the same file again is refused', async () => {
    const r = await hailong('responses', 'import', `${FIX}/responses.csv`, '--questionnaire', 'TEST-Q');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Đã nhập 10 phiếu của 4 đơn vị');
    const again = await hailong('responses', 'import', `${FIX}/responses.csv`, '--questionnaire', 'TEST-Q');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('[IMPORT_DUPLICATE]');
  });

  it('gives the hand-computed indexes, distributions, counts and ranks', async () => {
    const { questionnaire, period, units } = await indexJson();
    expect({ questionnaire, period }).toEqual({ questionnaire: 'TEST-Q', period: '2025' });
    expect(units.map((u) => [u.unit, u.peerGroup, u.responses, u.rank, u.rankOf])).toEqual([
      ['X1', 'commune', 3, 1, 3],
      ['X2', 'commune', 2, 2, 3],
      ['X3', 'commune', 2, 2, 3],
      ['H1', 'health_station', 1, 1, 1],
    ]);

    const x1 = unitOf(units, 'X1');
    expect(x1.name).toBe('UBND xã Một, huyện A');
    expect(x1.lowSample).toBe(true);
    const [a, b] = x1.criteria;
    const [a1, a2] = a!.questions;
    // A1: 3 → 1, 9 → no opinion, 2 → 0.5 (the 2024 answer is outside the year in Vietnam time).
    expect(a1).toMatchObject({ code: 'A1', answered: 2, distribution: { '1': 0, '2': 50, '3': 50 } });
    expect(a1!.index).toBeCloseTo(75, 2);
    expect(a2).toMatchObject({ code: 'A2', answered: 2, distribution: { '1': 50, '2': 50 } });
    expect(a2!.index).toBeCloseTo(50, 2);
    // Wilson 95% for 1 of 2: [9,45; 90,55].
    expect(a2!.ciLow).toBeCloseTo(9.45, 1);
    expect(a2!.ciHigh).toBeCloseTo(90.55, 1);
    expect(b!.questions[0]).toMatchObject({
      answered: 2,
      distribution: { '1': 0, '2': 0, '3': 50, '4': 0, '5': 50 },
    });
    // Criterion A = (1 × 75 + 3 × 50) / 4; overall = (2 × 56,25 + 1 × 75) / 3.
    expect(a!.index).toBeCloseTo(56.25, 2);
    expect(b!.index).toBeCloseTo(75, 2);
    expect(x1.overall.index).toBeCloseTo(62.5, 2);
    expect(x1.overall.ciLow!).toBeLessThanOrEqual(62.5);
    expect(x1.overall.ciHigh!).toBeGreaterThanOrEqual(62.5);

    // X2 keeps 23:30 and 23:59:59 of 31/12 (Vietnam time); 17:00Z that day is already 2026.
    for (const code of ['X2', 'X3']) {
      const u = unitOf(units, code);
      expect(u.overall.index).toBeCloseTo(50, 2);
      expect(u.criteria.map((c) => c.index)).toEqual([50, 50]);
    }
    const h1 = unitOf(units, 'H1');
    expect(h1.overall.index).toBeCloseTo(200 / 3, 2);
    expect(h1.criteria[1]!.questions[0]!.distribution).toEqual({ '1': 100, '2': 0, '3': 0, '4': 0, '5': 0 });
  });

  it('applies --target to every criterion and the overall index, and --unit keeps the group rank', async () => {
    const x1 = unitOf((await indexJson('--target', '60')).units, 'X1');
    expect(x1.overall.target).toBe(60);
    expect(x1.overall.gap).toBeCloseTo(2.5, 2);
    expect(x1.criteria[0]).toMatchObject({ target: 60 });
    expect(x1.criteria[0]!.gap).toBeCloseTo(-3.75, 2);

    const only = (await indexJson('--unit', 'X3')).units;
    expect(only.map((u) => [u.unit, u.rank, u.rankOf])).toEqual([['X3', 2, 3]]);
  });

  it('pools a subtree only when asked: X1 alone, X1 with its health station', async () => {
    const pooled = (await indexJson('--pooled')).units;
    const x1 = unitOf(pooled, 'X1');
    expect(x1.responses).toBe(4);
    expect(unitOf(pooled, 'R').responses).toBe(8);
  });

  it('prints a table with a decimal comma for people, and exports the questionnaire back', async () => {
    const r = await hailong('index', '--questionnaire', 'TEST-Q', '--period', '2025');
    expect(r.stdout).toContain('62,50');
    expect(r.stdout).toContain('66,67');
    // What the figures leave out, as the last two columns and a closing line (issue #9).
    const header = r.stdout.split('\n')[1]!.split('\t');
    expect(header.slice(-2)).toEqual(['Tạm giữ', 'Bị loại']);
    expect(r.stdout).toContain(
      'Không tính vào chỉ số: 0 phiếu tạm giữ (chờ cán bộ rà soát), 0 phiếu bị loại',
    );
    expect((await indexJson()).units.map((u) => [u.unit, u.held, u.excluded])).toEqual([
      ['X1', 0, 0],
      ['X2', 0, 0],
      ['X3', 0, 0],
      ['H1', 0, 0],
    ]);
    const exported = await hailong('questionnaires', 'export', 'TEST-Q');
    expect(JSON.parse(exported.stdout)).toMatchObject({
      code: 'TEST-Q',
      criteria: [{ weight: 2 }, { weight: 1 }],
    });
    // A file without a source (unknown) exports without one; a template exports its own back.
    expect(JSON.parse(exported.stdout)).not.toHaveProperty('source');
    expect((await hailong('questionnaires', 'import', 'data/questionnaires/SIPAS-2017.json')).status).toBe(0);
    const sipas = await hailong('questionnaires', 'export', 'SIPAS-2017');
    expect(JSON.parse(sipas.stdout).source).toEqual(
      JSON.parse(readFileSync('data/questionnaires/SIPAS-2017.json', 'utf8')).source,
    );
    const bad = await hailong('index', '--questionnaire', 'TEST-Q', '--period', '2025-Q5');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('[PERIOD_INVALID]');
  });
});
