import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  businessDate,
  businessMonth,
  dateProblem,
  instant,
  instantProblem,
  offsetInstant,
  parseDateTimeVi,
  parseDateVi,
  parseInstant,
} from './dates.ts';
import { formatDateVi } from './format.ts';

describe('the strict date reader', () => {
  it('accepts real dates, leap days included, and refuses impossible ones instead of rolling over', () => {
    expect(dateProblem('2028-02-29')).toBeNull();
    expect(dateProblem('2026-12-31')).toBeNull();
    expect(dateProblem('2026-02-29')).toContain('ngày 29 không có trong tháng 2/2026');
    expect(dateProblem('2100-02-29')).toContain('ngày 29'); // 2100 is not a leap year
    expect(dateProblem('2026-04-31')).toContain('ngày 31');
    expect(dateProblem('2026-13-01')).toContain('tháng 13');
    expect(dateProblem('2026-00-10')).toContain('tháng 0');
    expect(dateProblem('2026-01-00')).toContain('ngày 0');
    expect(dateProblem('1999-12-31')).toContain('năm 1999');
    expect(dateProblem('2101-01-01')).toContain('năm 2101');
    expect(dateProblem('26-3-1')).toContain('YYYY-MM-DD');
    expect(dateProblem('1990-05-01', { min: 1945, max: 2100 })).toBeNull();
  });

  it('checks every part of an instant and reads it in Vietnam time unless an offset is given', () => {
    expect(instantProblem('2026-03-02T14:30')).toBeNull();
    expect(instantProblem('2026-03-02T14:30:59.123Z')).toBeNull();
    expect(instantProblem('2026-03-02T14:30:00+07:00')).toBeNull();
    expect(instantProblem('2026-12-01T25:61')).toContain('giờ 25');
    expect(instantProblem('2026-12-01T24:00')).toContain('giờ 24');
    expect(instantProblem('2026-12-01T23:60')).toContain('phút 60');
    expect(instantProblem('2026-12-01T23:59:60')).toContain('giây 60');
    expect(instantProblem('2026-02-30T08:00')).toContain('ngày 30');
    expect(instantProblem('1900-01-01T08:00')).toContain('năm 1900');
    expect(instantProblem('2026-03-02T14:30+15:00')).toContain('múi giờ');
    expect(instantProblem('2026-03-02 14:30')).not.toBeNull();
    expect(parseInstant('2026-03-02T14:30').toISOString()).toBe('2026-03-02T07:30:00.000Z');
    expect(parseInstant('2026-03-02T14:30Z').toISOString()).toBe('2026-03-02T14:30:00.000Z');
    expect(() => parseInstant('2026-02-30T08:00')).toThrow(RangeError);
  });

  it('an offset instant needs its offset and real parts', () => {
    expect(offsetInstant.safeParse('2026-03-02T07:00:00Z').success).toBe(true);
    expect(offsetInstant.safeParse('2026-03-02T14:00+07:00').success).toBe(true);
    expect(offsetInstant.safeParse('2026-03-02T07:00').success).toBe(false);
    expect(offsetInstant.safeParse('1900-03-02T07:00:00Z').success).toBe(false);
  });

  it('reads a business month strictly', () => {
    expect(businessMonth.safeParse('2026-03').success).toBe(true);
    expect(businessMonth.safeParse('2026-13').error?.issues[0]?.message).toContain('tháng 13');
    expect(businessMonth.safeParse('9999-12').error?.issues[0]?.message).toContain('năm 9999');
    expect(businessMonth.safeParse('2026-3').success).toBe(false);
  });

  it('gives request schemas a Vietnamese message', () => {
    const date = businessDate.safeParse('2026-02-30');
    expect(date.success).toBe(false);
    expect(date.error?.issues[0]?.message).toMatch(/^Ngày không hợp lệ: ngày 30/);
    const moment = instant.safeParse(' 2026-03-02T14:30 ');
    expect(moment).toEqual({ success: true, data: '2026-03-02T14:30' });
  });
});

describe('dates as Vietnamese write them', () => {
  it('reads day first, with or without leading zeros and with any usual separator', () => {
    expect(parseDateVi('05/12/2026')).toEqual({ date: '2026-12-05' });
    expect(parseDateVi('5/12/2026')).toEqual({ date: '2026-12-05' });
    expect(parseDateVi(' 5-1-2026 ')).toEqual({ date: '2026-01-05' });
    expect(parseDateVi('05.12.2026')).toEqual({ date: '2026-12-05' });
    expect(parseDateVi('2026-12-05')).toEqual({ date: '2026-12-05' });
  });

  it('says why a date is not one, in Vietnamese', () => {
    expect(parseDateVi('31/02/2026')).toEqual({ problem: expect.stringContaining('tháng 2/2026') });
    expect(parseDateVi('12/2026')).toEqual({ problem: expect.stringContaining('dd/mm/yyyy') });
    expect(parseDateVi('')).toEqual({ problem: expect.stringContaining('dd/mm/yyyy') });
  });

  it('reads back every date it prints (formatDateVi)', () => {
    const day = fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseDateVi(formatDateVi(iso))).toEqual({ date: iso });
      }),
    );
  });
});

describe('moments as Vietnamese write them', () => {
  it('reads the date and the time in either order', () => {
    expect(parseDateTimeVi('05/12/2026 14:30')).toEqual({ value: '2026-12-05T14:30' });
    expect(parseDateTimeVi('14:30 5/12/2026')).toEqual({ value: '2026-12-05T14:30' });
    expect(parseDateTimeVi('8h05 01/07/2025')).toEqual({ value: '2025-07-01T08:05' });
  });

  it('says what is missing or wrong', () => {
    expect(parseDateTimeVi('05/12/2026')).toEqual({ problem: expect.stringContaining('thiếu giờ') });
    expect(parseDateTimeVi('05/12/2026 24:10')).toEqual({ problem: expect.stringContaining('24:10') });
    expect(parseDateTimeVi('30/02/2026 10:00')).toEqual({ problem: expect.stringContaining('tháng 2/2026') });
  });

  it('reads back every moment it is shown (dd/mm/yyyy hh:mm)', () => {
    const minute = fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2100-12-30T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(minute, (d) => {
        const local = d.toISOString().slice(0, 16);
        const shown = `${formatDateVi(local.slice(0, 10))} ${local.slice(11, 16)}`;
        expect(parseDateTimeVi(shown)).toEqual({ value: local });
      }),
    );
  });
});
