import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldVietnamese } from './text.ts';

describe('foldVietnamese', () => {
  it('lets "phuong sai" find "Phương Sài"', () => {
    expect(foldVietnamese('Phương Sài')).toBe('phuong sai');
    expect(foldVietnamese('UBND phường Phương Sài').includes(foldVietnamese('phuong sai'))).toBe(true);
  });

  it('maps đ/Đ to d and ignores composed vs decomposed input', () => {
    expect(foldVietnamese('Phước Đồng')).toBe('phuoc dong');
    expect(foldVietnamese('Vĩnh Hòa'.normalize('NFD'))).toBe(foldVietnamese('Vĩnh Hòa'.normalize('NFC')));
  });

  it('is idempotent and leaves no combining marks', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = foldVietnamese(s);
        expect(foldVietnamese(once)).toBe(once);
        expect(/[\u0300-\u036f]/.test(once)).toBe(false);
      }),
    );
  });
});

describe('compareVietnamese', () => {
  it('orders by Vietnamese alphabet, with numbers in numeric order', () => {
    const names = ['Vĩnh Thọ', 'Ân Phú', 'Đắk Lắk', 'Bình Định', 'Phường 10', 'Phường 2'];
    expect([...names].sort(compareVietnamese)).toEqual([
      'Ân Phú',
      'Bình Định',
      'Đắk Lắk',
      'Phường 2',
      'Phường 10',
      'Vĩnh Thọ',
    ]);
  });
});
