import type { Translate } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/vi.ts';
import type { DocumentKind, Due, PlanStatus, Recurrence, TaskStatus } from './types.ts';

const PLAN_STATUS: Record<PlanStatus, MessageKey> = {
  draft: 'plans.status.draft',
  issued: 'plans.status.issued',
  closed: 'plans.status.closed',
};

const TASK_STATUS: Record<TaskStatus, MessageKey> = {
  chua_bat_dau: 'plans.task.status.chua_bat_dau',
  dang_thuc_hien: 'plans.task.status.dang_thuc_hien',
  hoan_thanh: 'plans.task.status.hoan_thanh',
  tam_dung: 'plans.task.status.tam_dung',
};

const RECURRENCE: Record<Recurrence, MessageKey> = {
  thuong_xuyen: 'plans.due.thuong_xuyen',
  hang_thang: 'plans.due.hang_thang',
  hang_quy: 'plans.due.hang_quy',
  trong_nam: 'plans.due.trong_nam',
};

const DOCUMENT_KIND: Record<DocumentKind, MessageKey> = {
  letter: 'docs.kind.letter',
  decision_index: 'docs.kind.decision_index',
  decision_plan: 'docs.kind.decision_plan',
};

export function planStatusLabel(t: Translate, status: string): string {
  const key = PLAN_STATUS[status as PlanStatus];
  return key ? t(key) : status;
}

export function planStatusTone(status: string): 'info' | 'neutral' {
  return status === 'issued' ? 'info' : 'neutral';
}

export function taskStatusLabel(t: Translate, status: string): string {
  const key = TASK_STATUS[status as TaskStatus];
  return key ? t(key) : status;
}

export function taskStatusTone(status: string): 'ok' | 'info' | 'warn' | 'neutral' {
  if (status === 'hoan_thanh') return 'ok';
  if (status === 'dang_thuc_hien') return 'info';
  if (status === 'tam_dung') return 'warn';
  return 'neutral';
}

export function recurrenceLabel(t: Translate, recurrence: string): string {
  const key = RECURRENCE[recurrence as Recurrence];
  return key ? t(key) : recurrence;
}

/** "Thời gian hoàn thành" as the annex prints it: a date, a rule, or the officer's words. */
export function dueText(t: Translate, due: Due, date: (iso: string) => string): string {
  if (due.kind === 'date') return date(due.date);
  if (due.kind === 'recurring') return recurrenceLabel(t, due.recurrence);
  return due.text;
}

export function documentKindLabel(t: Translate, kind: string): string {
  const key = DOCUMENT_KIND[kind as DocumentKind];
  return key ? t(key) : kind;
}

/** A named paragraph slot of a generated document, for its form label. */
export function slotLabel(t: Translate, slot: string, criteria: Map<string, string>): string {
  if (slot.startsWith('criterion.')) {
    const code = slot.slice('criterion.'.length);
    const title = criteria.get(code);
    return title ? t('docs.slot.criterionTitled', { code, title }) : t('docs.slot.criterion', { code });
  }
  const known: Record<string, MessageKey> = {
    authority: 'docs.slot.authority',
    basis: 'docs.slot.basis',
    articles: 'docs.slot.articles',
    purpose: 'docs.slot.purpose',
    solutions: 'docs.slot.solutions',
    funding: 'docs.slot.funding',
    organisation: 'docs.slot.organisation',
    request: 'docs.slot.request',
    closing: 'docs.slot.closing',
  };
  const key = known[slot];
  return key ? t(key) : slot;
}

/** Report periods: "2026-03" month, "2026-Q1" quarter, "2026-H1" half-year, "2026" year. */
export type ReportKind = 'month' | 'quarter' | 'half' | 'year';

export function reportPeriodLabel(kind: ReportKind, year: number, part: number): string {
  if (kind === 'month') return `${year}-${String(part).padStart(2, '0')}`;
  if (kind === 'quarter') return `${year}-Q${part}`;
  if (kind === 'half') return `${year}-H${part}`;
  return String(year);
}

export function parseReportPeriod(
  label: string | undefined,
): { kind: ReportKind; year: number; part: number } | null {
  const m = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$/.exec(label ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { kind: 'month', year, part: Number(m[2]) };
  if (m[3]) return { kind: 'quarter', year, part: Number(m[3]) };
  if (m[4]) return { kind: 'half', year, part: Number(m[4]) };
  return { kind: 'year', year, part: 1 };
}
