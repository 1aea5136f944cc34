import { describe, expect, it } from 'vitest';
import { CHECK_ALPHABET, CHECK_LENGTH, checkMatches, lookupCheck } from './lookup-check.ts';

describe('the check value of a dossier code', () => {
  const secret = 'test-secret-0123456789abcdef0123456789';

  it('is 6 characters without look-alikes, the same for the same code, and differs with the secret', () => {
    const value = lookupCheck(secret, 'P09-20260302-0007');
    expect(value).toHaveLength(CHECK_LENGTH);
    expect(value).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(CHECK_ALPHABET).not.toMatch(/[01IO]/);
    expect(lookupCheck(secret, 'p09-20260302-0007 ')).toBe(value);
    expect(lookupCheck(`${secret}x`, 'P09-20260302-0007')).not.toBe(value);
  });

  it('gives neighbouring codes unrelated values: knowing one receipt tells nothing about the next', () => {
    const values = Array.from({ length: 1000 }, (_, i) =>
      lookupCheck(secret, `P09-20260302-${String(i + 1).padStart(4, '0')}`),
    );
    expect(new Set(values).size).toBeGreaterThan(995);
    // Every character of the alphabet turns up in every position.
    for (let p = 0; p < CHECK_LENGTH; p++) expect(new Set(values.map((v) => v[p])).size).toBe(32);
  });

  it('accepts what a person types (small letters, spaces, a dash) and refuses anything else', () => {
    const code = 'P09-20260302-0007';
    const value = lookupCheck(secret, code);
    expect(checkMatches(secret, code, value)).toBe(true);
    expect(checkMatches(secret, code, ` ${value.slice(0, 3).toLowerCase()}-${value.slice(3)} `)).toBe(true);
    expect(checkMatches(secret, code, value.slice(0, 5))).toBe(false);
    expect(checkMatches(secret, code, `${value}X`)).toBe(false);
    expect(checkMatches(secret, 'P09-20260302-0008', value)).toBe(false);
    expect(checkMatches(secret, code, '')).toBe(false);
  });
});
