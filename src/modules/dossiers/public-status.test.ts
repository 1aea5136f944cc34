import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnamCalendar, workingDaysBetween } from '../../calendar/index.ts';
import { dossierStanding, type StandingInput, timelinessOf } from './public-status.ts';

const calendar = vietnamCalendar();
const between = (from: string, to: string) => workingDaysBetween(from, to, calendar);
const at = (local: string) => new Date(`${local}:00+07:00`);

function standing(fields: Partial<StandingInput> & { status: number }) {
  return dossierStanding({
    dueAt: at('2026-03-06T17:00'),
    resultReadyAt: null,
    returnedAt: null,
    heldBy: null,
    unitName: 'UBND phường Tây Nha Trang',
    now: at('2026-03-03T09:00'),
    workingDaysBetween: between,
    ...fields,
  });
}

describe('the words of a dossier’s standing', () => {
  it('says where an open dossier is, and only then "Đang giải quyết tại"', () => {
    expect(standing({ status: 2 }).phrase).toBe('Đang giải quyết tại UBND phường Tây Nha Trang');
    expect(standing({ status: 4, heldBy: 'Phòng Tư pháp' }).phrase).toBe('Đang giải quyết tại Phòng Tư pháp');
    expect(standing({ status: 5, heldBy: 'Phòng Tư pháp' }).phrase).toBe('Tạm dừng chờ bổ sung hồ sơ');
    expect(standing({ status: 8, closedBy: 'stopped' }).phrase).toBe('Đã dừng giải quyết hồ sơ');
    expect(standing({ status: 8, closedBy: 'refused' }).phrase).toBe('Đã từ chối giải quyết hồ sơ');
    expect(standing({ status: 3 }).phrase).toBe('Đã từ chối tiếp nhận hồ sơ');
  });

  it('judges a returned dossier by when its result was ready, in working days', () => {
    // Due Friday 6/3 17:00; ready Wednesday 4/3: two working days early (Thursday, Friday).
    const early = standing({
      status: 10,
      resultReadyAt: at('2026-03-04T10:00'),
      returnedAt: at('2026-03-09T08:00'),
    });
    expect(early).toMatchObject({
      timeliness: 'early',
      workingDays: 2,
      verdict: 'Trước hạn 2 ngày làm việc',
    });
    expect(early.phrase).toBe('Đã trả kết quả trước hạn 2 ngày làm việc');
    // Ready on the due date before the due moment: on time, whatever the hour.
    expect(standing({ status: 10, resultReadyAt: at('2026-03-06T08:00') }).phrase).toBe(
      'Đã trả kết quả đúng hạn',
    );
    // Ready Tuesday 10/3: late by Monday and Tuesday.
    expect(standing({ status: 10, resultReadyAt: at('2026-03-10T09:00') }).phrase).toBe(
      'Đã trả kết quả quá hạn 2 ngày làm việc',
    );
    // Late within the due date itself.
    expect(standing({ status: 9, resultReadyAt: at('2026-03-06T17:30') }).phrase).toBe(
      'Đã có kết quả quá hạn',
    );
  });

  it('judges an open dossier past its due moment late, as of now', () => {
    const late = standing({ status: 4, now: at('2026-03-09T10:00') });
    expect(late).toMatchObject({ timeliness: 'late', workingDays: 1, verdict: 'Quá hạn 1 ngày làm việc' });
    expect(standing({ status: 4 }).timeliness).toBeNull();
  });
});

describe('the standing (properties)', () => {
  const moments = fc
    .integer({ min: Date.parse('2025-07-01T00:00:00+07:00'), max: Date.parse('2027-11-30T00:00:00+07:00') })
    .map((ms) => new Date(ms - (ms % 60_000)));
  const input = fc.record({
    status: fc.integer({ min: 1, max: 10 }),
    dueAt: moments,
    resultReadyAt: fc.option(moments, { nil: null }),
    returnedAt: fc.option(moments, { nil: null }),
    heldBy: fc.option(fc.constantFrom('Phòng Tư pháp', 'Chi nhánh Văn phòng đăng ký đất đai'), { nil: null }),
    closedBy: fc.constantFrom('refused', 'stopped', null),
    now: moments,
  });

  it('never says "đang giải quyết" of a dossier that has left processing', () => {
    fc.assert(
      fc.property(input, (x) => {
        const s = dossierStanding({ ...x, unitName: 'UBND xã An', workingDaysBetween: between });
        const open = [1, 2, 4].includes(x.status);
        expect(s.phrase.toLowerCase().includes('đang giải quyết')).toBe(open);
        expect(s.place !== null).toBe(open);
      }),
    );
  });

  it('a finished dossier is on time or early exactly when it was finished by its due moment', () => {
    fc.assert(
      fc.property(input, (x) => {
        const s = dossierStanding({ ...x, unitName: 'UBND xã An', workingDaysBetween: between });
        const done = x.resultReadyAt ?? x.returnedAt;
        if (![9, 10].includes(x.status) || !done) return;
        expect(s.timeliness === 'late').toBe(done.getTime() > x.dueAt.getTime());
        expect(s.phrase.includes('quá hạn')).toBe(done.getTime() > x.dueAt.getTime());
        expect(s.phrase.startsWith(x.status === 10 ? 'Đã trả kết quả' : 'Đã có kết quả')).toBe(true);
      }),
    );
  });

  it('counts days early or late as never negative, and none when on time', () => {
    fc.assert(
      fc.property(moments, moments, (done, due) => {
        const v = timelinessOf(done, due, between);
        expect(v.workingDays).toBeGreaterThanOrEqual(0);
        if (v.timeliness === 'on_time') expect(v.workingDays).toBe(0);
      }),
    );
  });
});
