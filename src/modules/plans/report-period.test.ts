import { describe, expect, it } from 'vitest';
import { parseReportPeriod } from './report-period.ts';

describe('periods of the periodic reports', () => {
  it('reads a month, a quarter, a half-year and a year', () => {
    expect(parseReportPeriod('2026-03')).toMatchObject({
      kind: 'month',
      months: ['2026-03'],
      surveyPeriods: ['2026-03'],
      start: '2026-03-01',
      end: '2026-03-31',
      title: 'tháng 3 năm 2026',
    });
    expect(parseReportPeriod('2026-q1')).toMatchObject({
      label: '2026-Q1',
      kind: 'quarter',
      months: ['2026-01', '2026-02', '2026-03'],
      title: 'quý I năm 2026',
    });
    expect(parseReportPeriod('2026-H1')).toMatchObject({
      kind: 'half',
      surveyPeriods: ['2026-Q1', '2026-Q2'],
      end: '2026-06-30',
      title: '6 tháng đầu năm 2026',
    });
    expect(parseReportPeriod('2026-H2')).toMatchObject({
      start: '2026-07-01',
      title: '6 tháng cuối năm 2026',
    });
    expect(parseReportPeriod('2024')).toMatchObject({ kind: 'year', end: '2024-12-31', title: 'năm 2024' });
    expect(parseReportPeriod('2024').months).toHaveLength(12);
  });

  it('refuses anything else with PERIOD_INVALID', () => {
    for (const bad of ['2026-H3', '2026-13', '2026-Q5', '26', 'năm 2026']) {
      expect(() => parseReportPeriod(bad)).toThrow(expect.objectContaining({ code: 'PERIOD_INVALID' }));
    }
  });
});
