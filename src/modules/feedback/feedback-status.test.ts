import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDate, vietnamCalendar, workingDaysBetween } from '../../calendar/index.ts';
import { vnDate, vnDateTime } from '../../lib/time.ts';
import {
  canMove,
  currentDeadline,
  FEEDBACK_STATUSES,
  isClosed,
  open311Status,
  publishDeadline,
  receptionDeadlines,
  STATUS_NAMES,
} from './feedback-status.ts';

const vn = vietnamCalendar();
const at = (local: string) => new Date(`${local}:00+07:00`);

describe('the canonical states', () => {
  it('has the eight states of the issue, each with its Vietnamese name', () => {
    expect(FEEDBACK_STATUSES).toEqual([
      'cho_tiep_nhan',
      'tu_choi',
      'da_chuyen',
      'cho_bo_sung',
      'dang_xu_ly',
      'cho_duyet',
      'da_tra_loi',
      'da_cong_khai',
    ]);
    expect(STATUS_NAMES.cho_tiep_nhan).toBe('Chờ tiếp nhận');
    expect(STATUS_NAMES.cho_bo_sung).toBe('Chờ bổ sung thông tin');
  });

  it('moves from reception to refusal, transfer, a request for information or handling', () => {
    for (const to of ['tu_choi', 'da_chuyen', 'cho_bo_sung', 'dang_xu_ly'] as const)
      expect(canMove('cho_tiep_nhan', to)).toBe(true);
    expect(canMove('cho_tiep_nhan', 'da_tra_loi')).toBe(false);
  });

  it('answers only through a leader’s approval, publishes only an answer, and reopens to handling', () => {
    expect(canMove('dang_xu_ly', 'da_tra_loi')).toBe(false);
    expect(canMove('dang_xu_ly', 'cho_duyet')).toBe(true);
    expect(canMove('cho_duyet', 'da_tra_loi')).toBe(true);
    expect(canMove('cho_duyet', 'da_cong_khai')).toBe(false);
    expect(canMove('da_tra_loi', 'da_cong_khai')).toBe(true);
    expect(canMove('da_tra_loi', 'dang_xu_ly')).toBe(true);
    expect(canMove('da_cong_khai', 'dang_xu_ly')).toBe(true);
    expect(FEEDBACK_STATUSES.filter((to) => canMove('tu_choi', to))).toEqual([]);
  });

  it('maps to Open311 open/closed: closed once answered, published or refused', () => {
    expect(FEEDBACK_STATUSES.filter((s) => open311Status(s) === 'closed')).toEqual([
      'tu_choi',
      'da_tra_loi',
      'da_cong_khai',
    ]);
    expect(isClosed('cho_duyet')).toBe(false);
  });
});

describe('deadlines in working days', () => {
  it('skips Tết 2026 (16–20/02) and the weekend', () => {
    // Thursday 12/02/2026 09:00: +2 → Fri 13, (Tết 16–20), Mon 23.
    const d = receptionDeadlines(at('2026-02-12T09:00'), vn);
    expect(vnDateTime(d.rejectBy)).toBe('2026-02-23T09:00');
    expect(vnDateTime(d.transferBy)).toBe('2026-02-26T09:00');
    expect(vnDateTime(d.answerBy)).toBe('2026-03-12T09:00');
    // Answered on Friday 13/02 15:00: published by Tuesday 24/02 15:00.
    expect(vnDateTime(publishDeadline(at('2026-02-13T15:00'), vn))).toBe('2026-02-24T15:00');
  });

  it('counts a report sent on Saturday from Monday’s opening', () => {
    const d = receptionDeadlines(at('2026-03-07T20:00'), vn);
    expect(vnDateTime(d.rejectBy)).toBe('2026-03-11T07:30');
  });

  it('names the deadline of the current step', () => {
    const d = { ...receptionDeadlines(at('2026-03-02T09:00'), vn), publishBy: null };
    expect(currentDeadline({ ...d, status: 'cho_tiep_nhan' })?.kind).toBe('classify');
    expect(currentDeadline({ ...d, status: 'cho_duyet' })?.at).toEqual(d.answerBy);
    expect(currentDeadline({ ...d, status: 'cho_bo_sung' })).toBeNull();
    expect(currentDeadline({ ...d, status: 'da_cong_khai' })).toBeNull();
  });

  // Any instant from 2024 to 2027 (Tết 2024-02-10, 2025-01-29, 2026-02-17, 2027-02-06).
  const instants = fc
    .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 1) })
    .map((ms) => new Date(ms));
  const firstCounted = (received: Date) => {
    // The counting start date: the receipt date when it is a working date before closing, else the next one.
    const date = vnDate(received);
    const clock = vnDateTime(received).slice(11);
    return isWorkingDate(date, vn) && clock < '17:00' ? date : null;
  };

  it('property: every deadline falls on a working date (never a weekend, Tết or another holiday; a make-up Saturday counts)', () => {
    fc.assert(
      fc.property(instants, (received) => {
        const d = receptionDeadlines(received, vn);
        for (const due of [d.rejectBy, d.transferBy, d.answerBy, publishDeadline(received, vn)]) {
          const day = vnDate(due);
          const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
          if (weekday === 0 || weekday === 6) expect(vn.workingDays).toContain(day);
          expect(vn.daysOff).not.toContain(day);
          expect(isWorkingDate(day, vn)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: exactly 2, 5 and 15 working dates lie between the counting start and each deadline', () => {
    fc.assert(
      fc.property(instants, (received) => {
        const d = receptionDeadlines(received, vn);
        const start = firstCounted(received);
        const from = start ?? vnDate(received);
        // From a working start date the N-th working date after it; from a day off, the first working
        // date counts as the start, so N + 1 working dates lie after the received date.
        const extra = start ? 0 : 1;
        expect(workingDaysBetween(from, vnDate(d.rejectBy), vn)).toBe(2 + extra);
        expect(workingDaysBetween(from, vnDate(d.transferBy), vn)).toBe(5 + extra);
        expect(workingDaysBetween(from, vnDate(d.answerBy), vn)).toBe(15 + extra);
        expect(d.rejectBy.getTime()).toBeLessThan(d.transferBy.getTime());
        expect(d.transferBy.getTime()).toBeLessThan(d.answerBy.getTime());
        // At least as many calendar days as working days: weekends and holidays only add.
        expect(d.answerBy.getTime() - received.getTime()).toBeGreaterThan(15 * 86_400_000 - 86_400_000);
      }),
      { numRuns: 500 },
    );
  });

  it('property: a reception during Tết is answered 15 working days after the holiday', () => {
    const tet = fc.constantFrom('2024-02-12', '2025-01-29', '2026-02-17', '2027-02-09');
    fc.assert(
      fc.property(tet, fc.integer({ min: 0, max: 23 * 60 }), (day, minutes) => {
        const received = new Date(Date.parse(`${day}T00:00:00+07:00`) + minutes * 60_000);
        expect(isWorkingDate(day, vn)).toBe(false);
        const d = receptionDeadlines(received, vn);
        expect(workingDaysBetween(day, vnDate(d.answerBy), vn)).toBe(16);
        expect(vnDateTime(d.answerBy).slice(11)).toBe('07:30');
      }),
    );
  });
});
