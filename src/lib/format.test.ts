import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateTimeVi, formatDateVi, formatNumberVi, formatPercentVi } from './format.ts';
import { fromVnDateTime, vnDate, vnDateTime } from './time.ts';

describe('Vietnamese number format', () => {
  it('uses a decimal comma and a thousands dot, always with the asked decimals', () => {
    expect(formatNumberVi(56.3)).toBe('56,30');
    expect(formatPercentVi(72.27)).toBe('72,27%');
    expect(formatNumberVi(12345.678)).toBe('12.345,68');
    expect(formatNumberVi(1234567, 0)).toBe('1.234.567');
    expect(formatNumberVi(-0.001)).toBe('0,00');
    expect(formatNumberVi(-10.73)).toBe('-10,73');
  });

  it('reads back to the rounded value', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (v) => {
        const back = Number(formatNumberVi(v).replace(/\./g, '').replace(',', '.'));
        expect(back).toBeCloseTo(Number(v.toFixed(2)), 2);
      }),
    );
  });
});

describe('Vietnam dates', () => {
  it('takes the date in Asia/Ho_Chi_Minh, not UTC', () => {
    expect(vnDate(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
    expect(vnDate(new Date('2024-12-31T16:59:59Z'))).toBe('2024-12-31');
    expect(formatDateVi(new Date('2024-12-31T17:00:00Z'))).toBe('01/01/2025');
    expect(formatDateVi('2025-03-09')).toBe('09/03/2025');
    expect(formatDateTimeVi(new Date('2025-07-01T01:05:00Z'))).toBe('08:05 01/07/2025');
  });

  it('converts wall-clock Vietnam time to the instant and back', () => {
    expect(fromVnDateTime('2025-01-01T07:30').toISOString()).toBe('2025-01-01T00:30:00.000Z');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1980-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (d) => {
          const minute = new Date(Math.floor(d.getTime() / 60000) * 60000);
          expect(fromVnDateTime(vnDateTime(minute)).getTime()).toBe(minute.getTime());
        },
      ),
    );
  });
});
