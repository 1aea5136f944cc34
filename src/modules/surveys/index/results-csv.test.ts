import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/csv.ts';
import { sipasTable } from '../testing/fixtures.ts';
import type { CriterionResult, UnitResult } from './index-engine.ts';
import { CSV_COLUMNS, indexTableCsv, indexTableJson } from './results-csv.ts';

function criterion(code: string, index: number | null, target: number | null = null): CriterionResult {
  return {
    code,
    title: `Tiêu chí ${code}`,
    index,
    ciLow: index === null ? null : index - 3.123456,
    ciHigh: index === null ? null : index + 3.123456,
    respondents: 40,
    target,
    gap: index === null || target === null ? null : index - target,
    change: null,
    questions: [],
  };
}

function unit(over: Partial<UnitResult>): UnitResult {
  return {
    unit: 'X',
    name: null,
    peerGroup: null,
    responses: 0,
    excluded: 0,
    overall: {
      index: null,
      ciLow: null,
      ciHigh: null,
      respondents: 0,
      target: null,
      gap: null,
      change: null,
    },
    rank: null,
    rankOf: 0,
    lowSample: true,
    sample: {
      respondents: 0,
      sd: 50,
      sdSource: 'assumed',
      halfWidth: 5,
      needed: 385,
      neededForMinSample: 30,
    },
    criteria: [],
    ...over,
  };
}

const TABLE = sipasTable([
  unit({
    unit: 'PS',
    // A comma and a quote in a name must survive the round trip.
    name: 'UBND phường Phương Sài, TP. "Nha Trang"',
    peerGroup: 'phuong',
    responses: 118,
    held: 12,
    excluded: 3,
    overall: {
      index: 76.456789,
      ciLow: 73.1,
      ciHigh: 79.8,
      respondents: 118,
      target: 80,
      gap: -3.543211,
      change: null,
    },
    rank: 1,
    rankOf: 2,
    lowSample: false,
    criteria: [criterion('C1', 72.26994, 70), criterion('C2', null)],
  }),
  unit({ unit: 'NT', name: 'Trạm y tế Vĩnh Hải', peerGroup: 'phuong', rankOf: 2 }),
]);

describe('indexTableCsv', () => {
  const csv = indexTableCsv(TABLE);

  it('is UTF-8 with a BOM and CRLF line endings', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('has one row per unit × (overall + each criterion), read back by parseCsv', () => {
    const [header, ...records] = parseCsv(csv);
    expect(header!.fields).toEqual([...CSV_COLUMNS]);
    const rows = records.map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r.fields[i]])));
    expect(rows.map((r) => `${r.unit_code}/${r.item}`)).toEqual([
      'PS/overall',
      'PS/C1',
      'PS/C2',
      'NT/overall',
    ]);

    expect(rows[0]).toEqual({
      questionnaire: 'SIPAS',
      period: '2025-Q3',
      unit_code: 'PS',
      unit_name: 'UBND phường Phương Sài, TP. "Nha Trang"',
      peer_group: 'phuong',
      responses: '118',
      item: 'overall',
      index: '76.4568',
      ci_low: '73.1',
      ci_high: '79.8',
      target: '80',
      gap: '-3.5432',
      rank: '1',
      rank_of: '2',
      low_sample: 'false',
      held: '12',
      excluded: '3',
    });
    expect(rows[1]).toMatchObject({
      item: 'C1',
      index: '72.2699',
      ci_low: '69.1465',
      target: '70',
      gap: '2.2699',
    });
    // Criteria are not ranked; a missing value is an empty field, not 0.
    expect(rows[1]).toMatchObject({ rank: '', rank_of: '', held: '12', excluded: '3' });
    expect(rows[2]).toMatchObject({ item: 'C2', index: '', ci_low: '', target: '', gap: '' });
    expect(rows[3]).toMatchObject({
      unit_name: 'Trạm y tế Vĩnh Hải',
      responses: '0',
      index: '',
      rank: '',
      rank_of: '',
      low_sample: 'true',
      // A publication frozen before holds existed has no count: empty, not 0.
      held: '',
      excluded: '0',
    });
  });

  it('writes dot decimals with at most 4 digits after the dot, never a decimal comma', () => {
    const [, ...records] = parseCsv(csv);
    const numeric = ['index', 'ci_low', 'ci_high', 'target', 'gap'].map((c) =>
      CSV_COLUMNS.indexOf(c as never),
    );
    for (const record of records) {
      for (const i of numeric) expect(record.fields[i]).toMatch(/^(-?\d+(\.\d{1,4})?)?$/);
    }
    expect(csv).toContain(',72.2699,');
  });
});

describe('indexTableJson', () => {
  it('is the whole table as pretty JSON', () => {
    const json = indexTableJson(TABLE);
    expect(json).toContain('\n  "questionnaire": "SIPAS",');
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(TABLE)));
  });
});
