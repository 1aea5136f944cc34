import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentToStore, EMAIL_MASK, maskContacts, PHONE_MASK } from './mask.ts';

/** Vietnamese words without digits or '@', as a comment around a contact would hold. */
const words = fc
  .array(
    fc.constantFrom('Cán', 'bộ', 'nhiệt', 'tình', 'gọi', 'cho', 'tôi', 'số', 'hoặc', 'email', ':', ',', '.'),
    {
      maxLength: 8,
    },
  )
  .map((w) => w.join(' '));

/** A Vietnamese mobile as people write it: 0905 123 456, +84905123456, 0905.123.456, 84-905-123-456. */
const phone = fc
  .tuple(
    fc.constantFrom('3', '5', '7', '8', '9'),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }),
    fc.constantFrom('0', '+84', '84', '(+84) ', '+84 '),
    fc.constantFrom('', ' ', '.', '-'),
  )
  .map(([first, rest, prefix, sep]) => {
    const digits = `${first}${rest.join('')}`;
    const grouped = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)].join(sep);
    return { written: `${prefix}${grouped}`, significant: digits };
  });

const email = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9._]{0,10}$/),
    fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
    fc.constantFrom('vn', 'com.vn', 'gov.vn', 'com'),
  )
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

describe('maskContacts', () => {
  it('masks the examples of the issue', () => {
    for (const p of ['0905 123 456', '+84905123456', '0905.123.456', '0258 3 822 822']) {
      expect(maskContacts(`Gọi ${p} nhé`)).toBe(`Gọi ${PHONE_MASK} nhé`);
    }
    expect(maskContacts('Thư về a@b.vn ạ')).toBe(`Thư về ${EMAIL_MASK} ạ`);
  });

  it('never lets a phone number survive, whatever the words around it', () => {
    fc.assert(
      fc.property(words, phone, words, (before, p, after) => {
        const masked = maskContacts(`${before} ${p.written} ${after}`);
        expect(masked.replace(/\D/g, '')).not.toContain(p.significant);
        expect(masked).toContain(PHONE_MASK);
      }),
    );
  });

  it('never lets an e-mail address survive', () => {
    fc.assert(
      fc.property(words, email, words, (before, e, after) => {
        const masked = maskContacts(`${before} ${e} ${after}`);
        expect(masked).not.toContain('@');
        expect(masked).not.toContain(e);
      }),
    );
  });

  it('keeps text without contacts as it is, dates and short numbers included', () => {
    fc.assert(
      fc.property(words, (text) => {
        expect(maskContacts(text)).toBe(text);
      }),
    );
    const plain = 'Ngày 12/05/2026 chờ 3 giờ ở quầy số 2, phí 50.000 đồng.';
    expect(maskContacts(plain)).toBe(plain);
  });
});

describe('commentToStore', () => {
  it('stores nothing for an empty or blank comment, and trims the rest', () => {
    expect(commentToStore(undefined)).toBeNull();
    expect(commentToStore('   \n ')).toBeNull();
    expect(commentToStore('  Tốt  ')).toBe('Tốt');
  });
});
