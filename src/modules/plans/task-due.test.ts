import { describe, expect, it } from 'vitest';
import {
  type Due,
  dueDeadline,
  dueLabel,
  parseDue,
  planWindow,
  reminderFor,
  type TaskForReminder,
} from './task-due.ts';

const Y2026 = planWindow('2025');

function task(due: Due, extra: Partial<TaskForReminder> = {}): TaskForReminder {
  return { id: 1, due, status: 'dang_thuc_hien', progress: 20, lastUpdate: null, ...extra };
}

describe('reading "Thời gian hoàn thành" as officers write it (seed 004)', () => {
  it('knows the four recurring rules, dates in both forms, and keeps the rest as text', () => {
    expect(parseDue('Thường xuyên')).toEqual({ kind: 'recurring', recurrence: 'thuong_xuyen' });
    expect(parseDue('định kỳ hàng tháng')).toEqual({ kind: 'recurring', recurrence: 'hang_thang' });
    expect(parseDue('Hằng quý')).toEqual({ kind: 'recurring', recurrence: 'hang_quy' });
    expect(parseDue(' Trong năm ')).toEqual({ kind: 'recurring', recurrence: 'trong_nam' });
    expect(parseDue('31/3/2026')).toEqual({ kind: 'date', date: '2026-03-31' });
    expect(parseDue('2026-03-31')).toEqual({ kind: 'date', date: '2026-03-31' });
    expect(parseDue('31/02/2026')).toEqual({ kind: 'text', text: '31/02/2026' });
    for (const text of ['Tháng 01', 'Trong năm (nếu có)', 'Thường xuyên trong năm', 'Quý I'])
      expect(parseDue(text)).toEqual({ kind: 'text', text });
  });

  it('prints them back as the annex shows them', () => {
    expect(dueLabel({ kind: 'date', date: '2026-03-31' })).toBe('31/03/2026');
    expect(dueLabel({ kind: 'recurring', recurrence: 'hang_thang' })).toBe('Định kỳ hàng tháng');
    expect(dueLabel({ kind: 'text', text: 'Tháng 01' })).toBe('Tháng 01');
  });
});

describe('the plan window: the period after the index', () => {
  it('follows a year, a quarter and a month', () => {
    expect(planWindow('2025')).toEqual({ start: '2026-01-01', end: '2026-12-31', label: '2026' });
    expect(planWindow('2025-Q4')).toEqual({ start: '2026-01-01', end: '2026-03-31', label: '2026-Q1' });
    expect(planWindow('2024-Q1')).toEqual({ start: '2024-04-01', end: '2024-06-30', label: '2024-Q2' });
    expect(planWindow('2024-01')).toEqual({ start: '2024-02-01', end: '2024-02-29', label: '2024-02' });
  });

  it('resolves deadlines named in free text against the window', () => {
    expect(dueDeadline({ kind: 'text', text: 'Tháng 01' }, Y2026)).toBe('2026-01-31');
    expect(dueDeadline({ kind: 'text', text: 'Trong tháng 2' }, Y2026)).toBe('2026-02-28');
    expect(dueDeadline({ kind: 'text', text: 'Quý I' }, Y2026)).toBe('2026-03-31');
    expect(dueDeadline({ kind: 'text', text: 'Quý 3' }, Y2026)).toBe('2026-09-30');
    expect(dueDeadline({ kind: 'text', text: '6 tháng đầu năm' }, Y2026)).toBe('2026-06-30');
    expect(dueDeadline({ kind: 'text', text: 'Trong năm (nếu có)' }, Y2026)).toBe('2026-12-31');
    expect(dueDeadline({ kind: 'recurring', recurrence: 'trong_nam' }, Y2026)).toBe('2026-12-31');
    expect(dueDeadline({ kind: 'recurring', recurrence: 'thuong_xuyen' }, Y2026)).toBeNull();
    expect(dueDeadline({ kind: 'text', text: 'Khi có chỉ đạo' }, Y2026)).toBeNull();
  });
});

describe('reminders', () => {
  it('an unfinished task is overdue from the day after its deadline; a finished or paused one never', () => {
    const due: Due = { kind: 'date', date: '2026-02-15' };
    expect(reminderFor(task(due), '2026-02-15', Y2026)).toBeNull();
    expect(reminderFor(task(due), '2026-03-02', Y2026)).toEqual({
      taskId: 1,
      kind: 'overdue',
      deadline: '2026-02-15',
      daysLate: 15,
    });
    expect(reminderFor(task(due, { status: 'hoan_thanh', progress: 100 }), '2026-03-02', Y2026)).toBeNull();
    expect(reminderFor(task(due, { status: 'tam_dung' }), '2026-03-02', Y2026)).toBeNull();
    expect(reminderFor(task({ kind: 'text', text: 'Tháng 01' }), '2026-02-01', Y2026)).toMatchObject({
      kind: 'overdue',
      daysLate: 1,
    });
  });

  it('monthly work asks for an update each month of the window that has none', () => {
    const monthly: Due = { kind: 'recurring', recurrence: 'hang_thang' };
    expect(reminderFor(task(monthly, { lastUpdate: '2026-02-27' }), '2026-03-02', Y2026)).toEqual({
      taskId: 1,
      kind: 'recurring',
      recurrence: 'hang_thang',
      periodLabel: 'tháng 3/2026',
      dueBy: '2026-03-31',
    });
    expect(reminderFor(task(monthly, { lastUpdate: '2026-03-01' }), '2026-03-02', Y2026)).toBeNull();
    // Before and after the window: nothing.
    expect(reminderFor(task(monthly), '2025-12-20', Y2026)).toBeNull();
    expect(reminderFor(task(monthly), '2027-01-05', Y2026)).toBeNull();
  });

  it('quarterly work each quarter, continuous work every 30 days', () => {
    const quarterly: Due = { kind: 'recurring', recurrence: 'hang_quy' };
    expect(reminderFor(task(quarterly, { lastUpdate: '2026-03-30' }), '2026-04-02', Y2026)).toMatchObject({
      periodLabel: 'quý II/2026',
      dueBy: '2026-06-30',
    });
    expect(reminderFor(task(quarterly, { lastUpdate: '2026-04-01' }), '2026-06-02', Y2026)).toBeNull();
    const continuous: Due = { kind: 'recurring', recurrence: 'thuong_xuyen' };
    expect(reminderFor(task(continuous, { lastUpdate: '2026-02-01' }), '2026-03-02', Y2026)).toBeNull();
    expect(reminderFor(task(continuous, { lastUpdate: '2026-01-31' }), '2026-03-02', Y2026)).toMatchObject({
      kind: 'recurring',
      recurrence: 'thuong_xuyen',
    });
  });
});
