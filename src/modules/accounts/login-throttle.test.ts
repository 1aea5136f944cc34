import { describe, expect, it } from 'vitest';
import { delaySeconds, loginWait, waitSeconds } from './login-throttle.ts';

const at = (s: number) => new Date(Date.UTC(2026, 5, 1, 1, 0, s));

describe('login throttle', () => {
  it('lets 3 failures pass, then doubles the wait from 1 s up to 15 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 12, 13, 40].map((n) => delaySeconds(n, 3))).toEqual([
      0, 0, 0, 1, 2, 4, 8, 512, 900, 900,
    ]);
  });

  it('counts the wait from the last failure', () => {
    const failures = { count: 5, last: at(10) }; // 4 s after 10 s
    expect(waitSeconds(failures, 3, at(10))).toBe(4);
    expect(waitSeconds(failures, 3, at(13))).toBe(1);
    expect(waitSeconds(failures, 3, at(14))).toBe(0);
  });

  it('takes the longer of the account-and-address wait and the address wait', () => {
    const none = { count: 0, last: null };
    expect(loginWait({ count: 4, last: at(0) }, none, at(0))).toBe(2);
    expect(loginWait(none, { count: 21, last: at(0) }, at(0))).toBe(2);
    expect(loginWait({ count: 3, last: at(0) }, { count: 22, last: at(0) }, at(0))).toBe(4);
  });
});
