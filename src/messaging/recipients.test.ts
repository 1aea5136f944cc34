import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizeRecipient, normalizeVnMobile } from './recipients.ts';

describe('normalizeVnMobile', () => {
  it.each([
    ['0912345678', '84912345678'],
    ['+84912345678', '84912345678'],
    ['84912345678', '84912345678'],
    ['0912 345 678', '84912345678'],
    ['+84 (91) 234-5678', '84912345678'],
    ['0386.123.456', '84386123456'],
    ['0512345678', '84512345678'],
    ['0712345678', '84712345678'],
    ['0812345678', '84812345678'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeVnMobile(raw)).toBe(expected);
  });

  it.each([
    ['091234567', 'nine digits'],
    ['09123456789', 'eleven digits'],
    ['+849123456789', 'ten digits after +84'],
    ['0241234567', 'landline prefix 02'],
    ['02412345678', 'landline (11 digits)'],
    ['0112345678', 'no mobile range starts with 1'],
    ['912345678', 'no prefix'],
    ['+85912345678', 'another country'],
    ['0912345678a', 'a letter'],
    ['', 'empty'],
  ])('refuses %s (%s)', (raw) => {
    expect(normalizeVnMobile(raw)).toBeNull();
  });
});

describe('normalizeEmail', () => {
  it('accepts ordinary addresses and lower-cases the domain only', () => {
    expect(normalizeEmail(' Nguyen.Van.A@Example.GOV.vn ')).toBe('Nguyen.Van.A@example.gov.vn');
    expect(normalizeEmail('a+tag@sub.example.com')).toBe('a+tag@sub.example.com');
  });

  it.each([
    'plain',
    'a@b',
    '@example.com',
    'a@@example.com',
    'a b@example.com',
    'a..b@example.com',
    'a@-x.com',
    'ô@example.com',
  ])('refuses %s', (raw) => {
    expect(normalizeEmail(raw)).toBeNull();
  });
});

describe('normalizeRecipient', () => {
  it('checks by channel', () => {
    expect(normalizeRecipient('sms', '0912345678')).toBe('84912345678');
    expect(normalizeRecipient('zalo', '+84912345678')).toBe('84912345678');
    expect(normalizeRecipient('email', '0912345678')).toBeNull();
    expect(normalizeRecipient('sms', 'dan@example.vn')).toBeNull();
  });
});
