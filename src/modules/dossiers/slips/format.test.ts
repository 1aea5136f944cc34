import { describe, expect, it } from 'vitest';
import { fromVnDateTime } from '../../../lib/time.ts';
import { formatTimeLimit, registerDateTime, slipDateTime, timeliness } from './format.ts';

const vn = fromVnDateTime;

describe('slip times', () => {
  it('writes a moment as the forms do, in Vietnam time', () => {
    expect(slipDateTime(vn('2026-03-02T08:05'))).toBe('08 giờ 05 phút, ngày 02/03/2026');
    // 20:30 UTC on 1 March is already 03:30 on 2 March in Vietnam.
    expect(slipDateTime(new Date('2026-03-01T20:30:00Z'))).toBe('03 giờ 30 phút, ngày 02/03/2026');
  });

  it('writes the register as dd/mm/yyyy HH:mm', () => {
    expect(registerDateTime(vn('2026-12-31T23:59'))).toBe('31/12/2026 23:59');
    expect(registerDateTime(new Date('2026-03-01T20:30:00Z'))).toBe('02/03/2026 03:30');
  });
});

describe('timeliness of a hand-over', () => {
  const due = vn('2026-03-05T16:30');

  it('is early on an earlier day, on time on the due day, late after the due moment', () => {
    expect(timeliness(vn('2026-03-04T16:00'), due)).toBe('Trước hạn');
    expect(timeliness(vn('2026-03-05T08:00'), due)).toBe('Đúng hạn');
    expect(timeliness(due, due)).toBe('Đúng hạn');
    expect(timeliness(vn('2026-03-05T16:31'), due)).toBe('Quá hạn');
    expect(timeliness(vn('2026-03-09T08:00'), due)).toBe('Quá hạn');
  });

  it('counts days in Vietnam, not in UTC', () => {
    // 06:00 on the due day in Vietnam is still the day before in UTC.
    expect(timeliness(vn('2026-03-05T06:00'), due)).toBe('Đúng hạn');
    // 23:30 the day before in Vietnam is the same UTC day as the due moment.
    expect(timeliness(vn('2026-03-04T23:30'), vn('2026-03-05T06:30'))).toBe('Trước hạn');
  });
});

describe('a legal time limit in words', () => {
  it('prints hours as hours and days as days, never one for the other', () => {
    expect(formatTimeLimit({ amount: 8, unit: 'working_hours' })).toBe('8 giờ làm việc');
    expect(formatTimeLimit({ amount: 3, unit: 'working_days' })).toBe('3 ngày làm việc');
    expect(formatTimeLimit({ amount: 1, unit: 'working_hours' })).toBe('1 giờ làm việc');
    expect(formatTimeLimit({ amount: 40, unit: 'working_days' })).toBe('40 ngày làm việc');
  });

  it('says a limit of 0 is handled at once', () => {
    expect(formatTimeLimit({ amount: 0, unit: 'working_days' })).toBe('giải quyết ngay khi nhận đủ hồ sơ');
    expect(formatTimeLimit({ amount: 0, unit: 'working_hours' })).toBe('giải quyết ngay khi nhận đủ hồ sơ');
  });
});
