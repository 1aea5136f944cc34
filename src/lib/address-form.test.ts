import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADDRESS_FORMS, addressText } from './address-form.ts';

describe('addressText', () => {
  it('speaks with one form of address, keeping capitals', () => {
    const text = 'Ông/Bà hài lòng không? Cảm ơn anh/chị. Anh/Chị có thể bỏ qua.';
    expect(addressText(text, 'Ông/Bà')).toBe('Ông/Bà hài lòng không? Cảm ơn ông/bà. Ông/Bà có thể bỏ qua.');
    expect(addressText(text, 'Anh/Chị')).toBe(
      'Anh/Chị hài lòng không? Cảm ơn anh/chị. Anh/Chị có thể bỏ qua.',
    );
  });

  it('leaves no other form behind, and is idempotent', () => {
    const piece = fc.constantFrom(
      'Ông/Bà',
      'ông/bà',
      'Anh/chị',
      'anh/chị',
      'Anh/Chị',
      ' thủ tục ',
      ', ',
      'Cảm ơn ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(...ADDRESS_FORMS), (pieces, form) => {
        const out = addressText(pieces.join(''), form);
        const other = form === 'Ông/Bà' ? /anh\/chị/i : /ông\/bà/i;
        expect(out).not.toMatch(other);
        expect(addressText(out, form)).toBe(out);
      }),
    );
  });
});
