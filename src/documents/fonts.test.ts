import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONTS_DIR, SERIF_FILES } from './fonts.ts';
import { fontCodePoints } from './testing/ttf-cmap.ts';

/** Every letter Vietnamese writes beyond ASCII: base letters with their five tone marks. */
const VIETNAMESE =
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ' +
  'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';

describe('bundled fonts', () => {
  it.each(Object.entries(SERIF_FILES))('%s has a glyph for every Vietnamese letter', (_, file) => {
    const points = fontCodePoints(readFileSync(file));
    const missing = [...VIETNAMESE].filter((ch) => !points.has(ch.codePointAt(0)!));
    expect(missing).toEqual([]);
    // Also the no-break space used for blanks, and the en dash of "Văn phòng – Thống kê".
    expect(points.has(0xa0)).toBe(true);
    expect(points.has(0x2013)).toBe(true);
  });

  it('ships the licence and stays small enough to commit', () => {
    expect(readFileSync(join(FONTS_DIR, 'OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
    for (const file of Object.values(SERIF_FILES)) {
      expect(existsSync(file)).toBe(true);
      expect(statSync(file).size).toBeLessThan(2 * 1024 * 1024);
    }
  });
});
