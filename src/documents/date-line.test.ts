import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/errors.ts';
import { dateLine, vietnameseDate } from './date-line.ts';

const NBSP = '\u00A0';

describe('dateLine (NĐ 30 ô số 4)', () => {
  it('writes the seeds’ dates: days below 10 and months 1–2 take a zero, other months do not', () => {
    expect(dateLine('Vạn Ninh', '2020-03-19')).toBe('Vạn Ninh, ngày 19 tháng 3 năm 2020');
    expect(dateLine('Nha Trang', '2018-07-03')).toBe('Nha Trang, ngày 03 tháng 7 năm 2018');
    // Seed 001 printed "tháng 04", which the decree does not ask for.
    expect(dateLine('Khánh Sơn', '2017-04-10')).toBe('Khánh Sơn, ngày 10 tháng 4 năm 2017');
  });

  it('pads January and February, which could otherwise be altered to 11 and 12 by hand', () => {
    expect(vietnameseDate('2023-01-05')).toBe('ngày 05 tháng 01 năm 2023');
    expect(vietnameseDate('2023-02-28')).toBe('ngày 28 tháng 02 năm 2023');
    expect(vietnameseDate('2023-12-31')).toBe('ngày 31 tháng 12 năm 2023');
  });

  it('leaves what is not yet known blank for the clerk, with spaces that cannot collapse', () => {
    expect(dateLine('Phương Sài', '2023-04')).toBe(`Phương Sài, ngày ${NBSP.repeat(6)} tháng 4 năm 2023`);
    expect(vietnameseDate('2023')).toBe(`ngày ${NBSP.repeat(6)} tháng ${NBSP.repeat(6)} năm 2023`);
    expect(vietnameseDate()).toMatch(/^ngày \u00A0+ tháng \u00A0+ năm \u00A0+$/);
  });

  it('refuses dates that do not exist, naming the field', () => {
    for (const bad of ['2023-02-29', '2023-13-01', '2023-4-1', '19/3/2020', '2023-00']) {
      expect(() => vietnameseDate(bad)).toThrow(AppError);
    }
    expect(vietnameseDate('2024-02-29')).toBe('ngày 29 tháng 02 năm 2024');
    try {
      vietnameseDate('2023-02-30');
    } catch (error) {
      expect((error as AppError).details).toEqual({ field: 'date' });
    }
  });
});
