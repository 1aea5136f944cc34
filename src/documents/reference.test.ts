import { describe, expect, it } from 'vitest';
import { documentReference, shortDate } from './reference.ts';

const BLANK = '\u00A0'.repeat(6);

describe('documentReference', () => {
  it('names a document the way letters cite one', () => {
    expect(
      documentReference({ kind: 'quyet-dinh', number: 1081, symbol: 'QĐ-UBND', date: '2023-03-24' }),
    ).toBe('Quyết định số 1081/QĐ-UBND ngày 24/3/2023');
    expect(shortDate('2020-02-09')).toBe('09/02/2020');
  });

  it('keeps the blanks of a document not yet issued (seed 004)', () => {
    expect(documentReference({ kind: 'quyet-dinh', symbol: 'QĐ-SYT', date: '2023-02' })).toBe(
      `Quyết định số ${BLANK}/QĐ-SYT ngày ${BLANK}/02/2023`,
    );
  });
});
