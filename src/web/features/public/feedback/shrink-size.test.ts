import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jpegName, SHRINK_LONG_SIDE, shrunkSize } from './shrink-size.ts';

describe('the size a large photo is shrunk to', () => {
  it('brings a 4,000 × 3,000 phone photo to 2,000 × 1,500, upright or lying', () => {
    expect(shrunkSize(4000, 3000)).toEqual({ width: 2000, height: 1500 });
    expect(shrunkSize(3000, 4000)).toEqual({ width: 1500, height: 2000 });
  });

  it('never enlarges a small photo', () => {
    expect(shrunkSize(800, 600)).toEqual({ width: 800, height: 600 });
  });

  it('keeps the long side within the limit and each side scaled alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 20000 }), (w, h) => {
        const s = shrunkSize(w, h);
        expect(Math.max(s.width, s.height)).toBeLessThanOrEqual(Math.max(SHRINK_LONG_SIDE, 1));
        expect(s.width).toBeGreaterThanOrEqual(1);
        expect(s.height).toBeGreaterThanOrEqual(1);
        if (Math.max(w, h) <= SHRINK_LONG_SIDE) expect(s).toEqual({ width: w, height: h });
        else {
          // Each side is the exact scaled side, rounded (at least 1 px): the ratio is kept.
          const scale = SHRINK_LONG_SIDE / Math.max(w, h);
          expect(s.width).toBe(Math.max(1, Math.round(w * scale)));
          expect(s.height).toBe(Math.max(1, Math.round(h * scale)));
        }
      }),
    );
  });

  it('names the re-encoded file .jpg', () => {
    expect(jpegName('IMG_2026.HEIC.png')).toBe('IMG_2026.HEIC.jpg');
    expect(jpegName('den-duong.jpeg')).toBe('den-duong.jpg');
    expect(jpegName('.png')).toBe('anh.jpg');
  });
});
