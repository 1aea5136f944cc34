import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName, normalisePhone, sameApplicant, withinWindow } from './duplicates.ts';

describe('the same applicant at reception', () => {
  it('reads names alike whatever the case, diacritics and spaces', () => {
    expect(sameApplicant({ name: 'Nguyễn Văn An' }, { name: '  nguyen  van AN ' })).toBe(true);
    expect(sameApplicant({ name: 'Nguyễn Văn An' }, { name: 'Nguyễn Văn Anh' })).toBe(false);
    expect(sameApplicant({ name: 'Đỗ Thị Hà' }, { name: 'do thi ha' })).toBe(true);
  });

  it('needs the phones to match only when both dossiers have one', () => {
    expect(sameApplicant({ name: 'An', phone: '0905123456' }, { name: 'An', phone: '+84905123456' })).toBe(
      true,
    );
    expect(sameApplicant({ name: 'An', phone: '0905123456' }, { name: 'An', phone: '0905999999' })).toBe(
      false,
    );
    expect(sameApplicant({ name: 'An', phone: '0905123456' }, { name: 'An' })).toBe(true);
    expect(normalisePhone('0905.123.456')).toBe('0905123456');
  });

  it('is symmetric, and a name always matches itself however it is written (property)', () => {
    const names = fc.constantFrom('Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thu Hà');
    const phones = fc.option(fc.constantFrom('0905123456', '+84905123456', '0912000111'), { nil: null });
    fc.assert(
      fc.property(names, names, phones, phones, (a, b, pa, pb) => {
        const x = { name: a, phone: pa };
        const y = { name: b, phone: pb };
        expect(sameApplicant(x, y)).toBe(sameApplicant(y, x));
        expect(sameApplicant(x, { name: a.toUpperCase().normalize('NFD'), phone: pa })).toBe(true);
        expect(foldName(a)).toBe(foldName(` ${a.toLowerCase()} `));
      }),
    );
  });

  it('looks back five working days, today included', () => {
    expect([0, 1, 5].map(withinWindow)).toEqual([true, true, true]);
    expect([6, -1].map(withinWindow)).toEqual([false, false]);
  });
});
