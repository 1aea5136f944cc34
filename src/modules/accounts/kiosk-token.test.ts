import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type KioskBinding, readKioskToken, signKioskToken } from './kiosk-token.ts';

const SECRET = 'test-secret-0123456789abcdef0123456789';
const binding = fc.record({
  unitCode: fc.string({ minLength: 1, maxLength: 30 }),
  mode: fc.constant('survey' as const),
  boundAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  boundBy: fc.string({ minLength: 1, maxLength: 50 }),
}) satisfies fc.Arbitrary<KioskBinding>;

describe('kiosk binding tokens', () => {
  it('reads back what it signed', () => {
    fc.assert(
      fc.property(binding, (b) => {
        expect(readKioskToken(SECRET, signKioskToken(SECRET, b))).toEqual(b);
      }),
    );
  });

  it('refuses a token signed with another secret', () => {
    fc.assert(
      fc.property(binding, fc.string({ minLength: 8 }), (b, other) => {
        fc.pre(other !== SECRET);
        expect(readKioskToken(SECRET, signKioskToken(other, b))).toBeNull();
      }),
    );
  });

  it('refuses a token whose unit was edited, or any change of one character', () => {
    const token = signKioskToken(SECRET, {
      unitCode: 'A',
      mode: 'survey',
      boundAt: '2026-12-06T01:00:00.000Z',
      boundBy: 'officer.a',
    });
    const [prefix, payload, signature] = token.split('.') as [string, string, string];
    const edited = Buffer.from(
      JSON.stringify({ u: 'B', m: 'survey', t: '2026-12-06T01:00:00.000Z', b: 'officer.a' }),
    ).toString('base64url');
    expect(readKioskToken(SECRET, `${prefix}.${edited}.${signature}`)).toBeNull();
    fc.assert(
      fc.property(fc.nat({ max: token.length - 1 }), fc.constantFrom(...'abcXYZ019-_.'), (i, ch) => {
        fc.pre(token[i] !== ch);
        const changed = token.slice(0, i) + ch + token.slice(i + 1);
        const read = readKioskToken(SECRET, changed);
        // base64url's last character may carry unused bits: then the decoded bytes are the same.
        if (read) expect(read.unitCode).toBe('A');
      }),
    );
    expect(readKioskToken(SECRET, `${payload}`)).toBeNull();
    expect(readKioskToken(SECRET, '')).toBeNull();
  });
});
