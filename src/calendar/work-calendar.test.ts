import { describe, expect, it } from 'vitest';
import { parseCalendarFile } from './calendar-file.ts';
import { isoWeekday, parseIsoDate } from './day-number.ts';
import { CalendarError } from './errors.ts';
import {
  calendarFromLists,
  calendarVersion,
  canonicalCalendarJson,
  vietnamCalendar,
} from './work-calendar.ts';

describe('calendar data and its version', () => {
  it('the Vietnamese calendar is plain, frozen data: 1968–2100, Monday–Friday, 07:30–17:00', () => {
    const vn = vietnamCalendar();
    expect(vn).toBe(vietnamCalendar());
    expect(Object.isFrozen(vn) && Object.isFrozen(vn.daysOff)).toBe(true);
    expect(vn.workWeek).toEqual([1, 2, 3, 4, 5]);
    expect(vn.officeHours).toEqual({ open: '07:30', close: '17:00' });
    expect(vn.daysOff[0]).toBe('1968-01-01');
    expect(vn.daysOff.at(-1)!.startsWith('2100-')).toBe(true);
    // The make-up Saturdays of the shipped notices (data/holidays), 2019 to 2026.
    expect(vn.workingDays).toEqual([
      '2019-01-05',
      '2019-05-04',
      '2024-05-04',
      '2025-04-26',
      '2026-01-10',
      '2026-08-22',
    ]);
    expect(JSON.parse(JSON.stringify(vn))).toEqual(vn);
  });

  it('names a calendar by the sha256 of its canonical JSON: same content, same version', () => {
    const a = calendarFromLists({
      daysOff: ['2025-01-02', '2025-01-01', '2025-01-02'],
      workingDays: ['2025-01-04'],
    });
    const b = calendarFromLists({ daysOff: ['2025-01-01', '2025-01-02'], workingDays: ['2025-01-04'] });
    expect(calendarVersion(a)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(calendarVersion(a)).toBe(calendarVersion(b));
    expect(canonicalCalendarJson(a)).toBe(
      '{"format":"hailong-work-calendar/1","daysOff":["2025-01-01","2025-01-02"],"officeHours":{"close":"17:00","open":"07:30"},"workWeek":[1,2,3,4,5],"workingDays":["2025-01-04"]}',
    );
    const other = [
      calendarFromLists({ daysOff: ['2025-01-01'], workingDays: ['2025-01-04'] }),
      calendarFromLists({ daysOff: ['2025-01-01', '2025-01-02'], workingDays: [] }),
      calendarFromLists({
        daysOff: ['2025-01-01', '2025-01-02'],
        workingDays: ['2025-01-04'],
        workWeek: [1, 2, 3, 4, 5, 6],
      }),
      calendarFromLists({
        daysOff: ['2025-01-01', '2025-01-02'],
        workingDays: ['2025-01-04'],
        officeHours: { open: '07:00', close: '17:00' },
      }),
    ];
    for (const c of other) expect(calendarVersion(c)).not.toBe(calendarVersion(a));
    // A plain object read back from storage has the version it was stored with.
    expect(calendarVersion(JSON.parse(JSON.stringify(vietnamCalendar())))).toBe(
      calendarVersion(vietnamCalendar()),
    );
  });

  it('refuses invalid calendars, naming the field', () => {
    const bad = (lists: Parameters<typeof calendarFromLists>[0]) => {
      try {
        calendarFromLists(lists);
      } catch (error) {
        return [(error as CalendarError).code, (error as CalendarError).field];
      }
      return 'accepted';
    };
    expect(bad({ daysOff: ['2025-02-29'] })).toEqual(['DATE_INVALID', 'daysOff[0]']);
    expect(bad({ workingDays: ['2025-01-04', 'tomorrow'] })).toEqual(['DATE_INVALID', 'workingDays[1]']);
    expect(bad({ daysOff: ['1967-12-31'] })).toEqual(['DATE_OUT_OF_RANGE', 'daysOff[0]']);
    expect(bad({ daysOff: ['2025-01-04'], workingDays: ['2025-01-04'] })).toEqual([
      'CALENDAR_INVALID',
      'workingDays',
    ]);
    expect(bad({ officeHours: { open: '17:00', close: '07:30' } })).toEqual([
      'CALENDAR_INVALID',
      'officeHours',
    ]);
    expect(bad({ officeHours: { open: '7:30', close: '17:00' } })).toEqual([
      'CALENDAR_INVALID',
      'officeHours',
    ]);
    expect(bad({ workWeek: [] })).toEqual(['CALENDAR_INVALID', 'workWeek']);
    expect(bad({ workWeek: [0, 1] })).toEqual(['CALENDAR_INVALID', 'workWeek']);
  });
});

describe('calendar files (--calendar FILE.json)', () => {
  it('reads {daysOff, workingDays}; weekends stay off unless listed; a BOM is tolerated', () => {
    const c = parseCalendarFile('\uFEFF{"daysOff": ["2025-09-02"], "workingDays": ["2025-08-30"]}');
    expect(c.daysOff).toEqual(['2025-09-02']);
    expect(c.workingDays).toEqual(['2025-08-30']);
    expect(isoWeekday(parseIsoDate('2025-08-30')!)).toBe(6);
    expect(parseCalendarFile('{}').daysOff).toEqual([]);
  });

  it('refuses what is not such an object, naming the key', () => {
    const code = (text: string) => {
      try {
        parseCalendarFile(text);
      } catch (error) {
        expect(error).toBeInstanceOf(CalendarError);
        return `${(error as CalendarError).code} ${(error as CalendarError).field ?? ''}`.trim();
      }
      return 'accepted';
    };
    expect(code('{"daysOff": ["2025-01-01"')).toBe('CALENDAR_INVALID');
    expect(code('[]')).toBe('CALENDAR_INVALID');
    expect(code('{"daysOff": "2025-01-01"}')).toBe('CALENDAR_INVALID daysOff');
    expect(code('{"daysOff": ["01/01/2025"]}')).toBe('DATE_INVALID daysOff[0]');
    expect(code('{"workingday": ["2025-04-26"]}')).toBe('CALENDAR_INVALID workingday');
  });
});
