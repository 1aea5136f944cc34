import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatPeriodVi,
  parsePeriod,
  period,
  periodBounds,
  periodContains,
  periodOf,
  previousPeriod,
} from './period.ts';

const iso = (d: Date) => d.toISOString();

describe('parsePeriod', () => {
  it('reads a year, a quarter and a month into canonical labels', () => {
    expect(period('2025')).toMatchObject({ kind: 'year', year: 2025, label: '2025' });
    expect(period(' 2025-q3 ')).toMatchObject({ kind: 'quarter', quarter: 3, label: '2025-Q3' });
    expect(period('2025-07')).toMatchObject({ kind: 'month', month: 7, label: '2025-07' });
  });

  it('explains in Vietnamese what is wrong', () => {
    const message = (s: string) => {
      const r = parsePeriod(s);
      return r.ok ? 'ok' : `${r.error.message} [${r.error.code}]`;
    };
    expect(message('2025-13')).toBe('kỳ "2025-13" không hợp lệ: tháng phải từ 01 đến 12 [PERIOD_INVALID]');
    expect(message('2025-Q5')).toBe('kỳ "2025-Q5" không hợp lệ: quý phải từ Q1 đến Q4 [PERIOD_INVALID]');
    expect(message('2025-7')).toBe(
      'kỳ "2025-7" không hợp lệ: cần dạng năm "2025", quý "2025-Q3" hoặc tháng "2025-07" [PERIOD_INVALID]',
    );
    expect(message('quý 3')).toMatch(/cần dạng/);
    expect(message('1900')).toBe('kỳ "1900" không hợp lệ: năm phải từ 1970 đến 2999 [PERIOD_INVALID]');
  });
});

describe('period bounds in Vietnam time', () => {
  it('start at 00:00 UTC+7, i.e. 17:00 UTC the day before, and end where the next period starts', () => {
    const y = periodBounds(period('2025'));
    expect([iso(y.start), iso(y.end)]).toEqual(['2024-12-31T17:00:00.000Z', '2025-12-31T17:00:00.000Z']);
    const q = periodBounds(period('2025-Q3'));
    expect([iso(q.start), iso(q.end)]).toEqual(['2025-06-30T17:00:00.000Z', '2025-09-30T17:00:00.000Z']);
    const m = periodBounds(period('2025-12'));
    expect([iso(m.start), iso(m.end)]).toEqual(['2025-11-30T17:00:00.000Z', '2025-12-31T17:00:00.000Z']);
  });

  it('put a response at 23:30 on 31/12 Vietnam time in the old year, and at 00:00 on 1/1 in the new one', () => {
    expect(periodContains(period('2024'), new Date('2024-12-31T16:30:00Z'))).toBe(true);
    expect(periodContains(period('2025'), new Date('2024-12-31T17:00:00Z'))).toBe(true);
    expect(periodContains(period('2024'), new Date('2024-12-31T17:00:00Z'))).toBe(false);
    expect(periodOf(new Date('2025-06-30T17:00:00Z'), 'quarter').label).toBe('2025-Q3');
    expect(periodOf(new Date('2025-06-30T16:59:59Z'), 'month').label).toBe('2025-06');
  });

  it('give the previous period across year ends', () => {
    expect(previousPeriod(period('2025')).label).toBe('2024');
    expect(previousPeriod(period('2025-Q1')).label).toBe('2024-Q4');
    expect(previousPeriod(period('2025-Q3')).label).toBe('2025-Q2');
    expect(previousPeriod(period('2025-01')).label).toBe('2024-12');
    expect(previousPeriod(period('2025-07')).label).toBe('2025-06');
  });

  it('tile time: every instant lies in exactly the period periodOf names, and periods are contiguous', () => {
    const kinds = ['year', 'quarter', 'month'] as const;
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1971-01-01T00:00:00Z'),
          max: new Date('2990-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...kinds),
        (instant, kind) => {
          const p = periodOf(instant, kind);
          expect(periodContains(p, instant)).toBe(true);
          expect(periodContains(previousPeriod(p), instant)).toBe(false);
          expect(iso(periodBounds(previousPeriod(p)).end)).toBe(iso(periodBounds(p).start));
          expect(period(p.label)).toEqual(p);
        },
      ),
    );
  });

  it('read for people', () => {
    expect(formatPeriodVi(period('2025'))).toBe('năm 2025');
    expect(formatPeriodVi(period('2025-Q3'))).toBe('quý III/2025');
    expect(formatPeriodVi(period('2025-07'))).toBe('tháng 7/2025');
  });
});
