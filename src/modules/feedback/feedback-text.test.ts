import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPersonalData, mentions, placeName, sniffImage } from './feedback-text.ts';

describe('personal data is removed before publication', () => {
  it('masks phone numbers in every usual writing, e-mails and identity numbers', () => {
    const text =
      'Gọi tôi 0905123456 hoặc 0905 123 456, +84 905.123.456, 84905123456; máy bàn 02583 822 123; ' +
      'thư an.nguyen@gmail.com; CCCD 079123456789.';
    const masked = maskPersonalData(text);
    expect(masked).not.toMatch(/905|822 123|gmail|079123456789/);
    expect(masked.match(/\*\*\*/g)).toHaveLength(7);
  });

  it('masks numbers written with the prefix in brackets or in full-width digits (issue #9)', () => {
    const cases = [
      'Gọi (+84)912345678 nhé',
      'Gọi (+84) 912 345 678 nhé',
      'Gọi (84)912345678 nhé',
      'Gọi ０９１２３４５６７８ nhé',
      'Gọi ０９１２ ３４５ ６７８ nhé',
      'Gọi ＋８４９１２３４５６７８ nhé',
      'Gọi （＋８４）９１２．３４５．６７８ nhé',
      'Gọi 0912\u00a0345\u00a0678 nhé',
      'Gọi 𝟎𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖 nhé',
    ];
    for (const text of cases) expect(maskPersonalData(text), text).toBe('Gọi *** nhé');
    expect(maskPersonalData('CCCD ０７９１２３４５６７８９, thư ａｎ@gmail.com')).toBe('CCCD ***, thư ***');
  });

  it('keeps amounts, dates, house numbers and the reporter-free text', () => {
    const text = 'Bị thu 1.500.000 đồng ngày 12/03/2026 tại số 45 Lê Lợi, tổ 7.';
    expect(maskPersonalData(text)).toBe(text);
  });

  it("masks the reporter's own name when it appears verbatim", () => {
    expect(maskPersonalData('Tôi là Nguyễn Văn An, ở tổ 3', 'Nguyễn Văn An')).toBe('Tôi là ***, ở tổ 3');
  });

  it('property: a Vietnamese mobile number inside any text never survives', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('3', '5', '7', '8', '9'),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }),
        fc.constantFrom('', ' ', '.', '-'),
        fc.string({ maxLength: 20 }).map((s) => s.replace(/\d/g, '')),
        (first, rest, sep, around) => {
          const digits = `0${first}${rest.join('')}`;
          const written = `${digits.slice(0, 4)}${sep}${digits.slice(4, 7)}${sep}${digits.slice(7)}`;
          const masked = maskPersonalData(`${around} ${written} ${around}`);
          expect(masked.replace(/\D/g, '')).not.toContain(digits.slice(1));
        },
      ),
    );
  });
});

describe('photos and places', () => {
  it('recognises JPEG, PNG and WebP by their bytes and nothing else', () => {
    expect(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    expect(sniffImage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffImage(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp');
    expect(sniffImage(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImage(new TextEncoder().encode('GIF89a'))).toBeNull();
  });

  it('matches a unit named in an address, ignoring diacritics and "UBND"', () => {
    expect(placeName('UBND xã Vạn Thắng')).toBe('xã Vạn Thắng');
    expect(mentions('Thôn 2, xa Van Thang, Vạn Ninh', placeName('UBND xã Vạn Thắng'))).toBe(true);
    expect(mentions('Thôn 2, xã Vạn Thắng Tây', 'xã Vạn Thắng')).toBe(true);
    expect(mentions('Thôn 2, xã Vạn Thạnh', 'xã Vạn Thắng')).toBe(false);
  });
});
