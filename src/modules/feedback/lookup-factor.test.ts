import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_ALPHABET } from '../../lib/check-value.ts';
import { lookupCheck } from '../dossiers/lookup-check.ts';
import { feedbackCheck, matchFactor, normalisePhone } from './lookup-factor.ts';

const SECRET = 'test-secret';
const item = { code: 'PA-20261205-0003', reporterPhone: '0905 123 456', reporterEmail: 'Lan@Example.vn' };

describe('the second factor of a feedback lookup', () => {
  it('accepts the check value as printed, typed in lower case or with spaces', () => {
    const k = feedbackCheck(SECRET, item.code);
    expect(k).toMatch(new RegExp(`^[${CHECK_ALPHABET}]{6}$`));
    expect(matchFactor(SECRET, item, k)).toBe('check');
    expect(matchFactor(SECRET, item, ` ${k.slice(0, 3).toLowerCase()} ${k.slice(3)} `)).toBe('check');
  });

  it("never takes a dossier's check value of the same code, nor another report's", () => {
    expect(lookupCheck(SECRET, item.code)).not.toBe(feedbackCheck(SECRET, item.code));
    expect(matchFactor(SECRET, item, feedbackCheck(SECRET, 'PA-20261205-0004'))).toBeNull();
    expect(matchFactor('other-secret', item, feedbackCheck(SECRET, item.code))).toBeNull();
  });

  it('accepts the phone in any usual writing and the e-mail without case', () => {
    for (const p of ['0905123456', '+84 905 123 456', '84905123456', '0905.123.456'])
      expect(matchFactor(SECRET, item, p)).toBe('phone');
    expect(matchFactor(SECRET, item, 'lan@example.VN')).toBe('email');
    expect(matchFactor(SECRET, item, '0905123457')).toBeNull();
    expect(matchFactor(SECRET, item, 'lan@example.com')).toBeNull();
  });

  it('an anonymous report (no contact kept) is matched by its check value only', () => {
    const anonymous = { code: item.code, reporterPhone: null, reporterEmail: null };
    expect(matchFactor(SECRET, anonymous, '0905123456')).toBeNull();
    expect(matchFactor(SECRET, anonymous, '@')).toBeNull();
    expect(matchFactor(SECRET, anonymous, '')).toBeNull();
    expect(matchFactor(SECRET, anonymous, feedbackCheck(SECRET, item.code))).toBe('check');
  });

  it('normalises +84 and 0 to the same digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[35789]\d{8}$/), (rest) => {
        expect(normalisePhone(`+84${rest}`)).toBe(`0${rest}`);
        expect(normalisePhone(`0${rest}`)).toBe(`0${rest}`);
      }),
    );
  });

  it('no value other than the right ones opens the report', () => {
    const right = new Set([feedbackCheck(SECRET, item.code), '0905123456']);
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (given) => {
        const factor = matchFactor(SECRET, item, given);
        if (factor === 'phone') expect(normalisePhone(given)).toBe('0905123456');
        if (factor === 'email') expect(given.trim().toLowerCase()).toBe('lan@example.vn');
        if (factor === 'check') expect(right.has(given.toUpperCase().replace(/[\s-]/g, ''))).toBe(true);
      }),
    );
  });
});
