import type { z } from 'zod';
import type { StepData } from '../workflow/step.schema.ts';
import { type DeadlinePolicy, policyLine } from './deadline-policies.ts';
import type * as repo from './feedback.repo.ts';
import type * as s from './feedback.schema.ts';
import { type FeedbackStatus, STATUS_NAMES } from './feedback-status.ts';
import { maskPersonalData } from './feedback-text.ts';

/** Presenters: each response of the feedback API built from rows, every field listed (feedback.schema.ts). */

type Summary = z.infer<typeof s.FeedbackSummary>;
type EventRow = Awaited<ReturnType<typeof repo.eventsOf>>[number];

/** The clock of the current step (feedback.queries.ts computes it on the unit's calendar). */
export type StepClock = Pick<Summary, 'deadline' | 'remainingWorkingDays' | 'overdue'>;

export function presentSummary(
  r: { f: repo.FeedbackRow; unitCode: string; categoryCode: string; categoryName: string },
  clock: StepClock,
): Summary {
  return {
    code: r.f.code,
    unitCode: r.unitCode,
    category: r.categoryCode,
    categoryName: r.categoryName,
    channel: r.f.channel as Summary['channel'],
    status: r.f.status as FeedbackStatus,
    statusName: STATUS_NAMES[r.f.status as FeedbackStatus],
    description: r.f.description,
    address: r.f.address,
    receivedAt: r.f.receivedAt.toISOString(),
    answerBy: r.f.answerBy.toISOString(),
    reopenedCount: r.f.reopenedCount,
    rating: r.f.rating as Summary['rating'],
    deadline: clock.deadline,
    remainingWorkingDays: clock.remainingWorkingDays,
    overdue: clock.overdue,
  };
}

/** A deadline policy with its source and the line the pages print ("Thời hạn theo: …"). */
export function presentPolicy(p: DeadlinePolicy): z.infer<typeof s.DeadlinePolicyInfo> {
  return {
    code: p.code,
    name: p.name,
    appliesTo: p.appliesTo,
    steps: {
      reject: p.steps.reject,
      transfer: p.steps.transfer,
      askInfo: p.steps.askInfo,
      answer: p.steps.answer,
      publish: p.steps.publish,
    },
    source: {
      document: p.source.document,
      article: p.source.article,
      status: p.source.status,
      verified: p.source.verified,
      note: p.source.note ?? null,
    },
    line: policyLine(p),
  };
}

export function presentEvent(e: EventRow): z.infer<typeof s.FeedbackEvent> {
  return {
    at: e.at.toISOString(),
    kind: e.kind,
    fromStatus: e.fromStatus as FeedbackStatus | null,
    toStatus: e.toStatus as FeedbackStatus | null,
    actor: e.actorLabel,
    data: e.data as StepData | null,
  };
}

export function presentDuplicate(c: {
  code: string;
  status: string;
  description: string;
  address: string | null;
  receivedAt: Date;
  score: number;
}): z.infer<typeof s.DuplicateSuggestion> {
  return {
    code: c.code,
    status: c.status as FeedbackStatus,
    statusName: STATUS_NAMES[c.status as FeedbackStatus],
    description: c.description,
    address: c.address,
    receivedAt: c.receivedAt.toISOString(),
    similarity: c.score,
  };
}

/** A published item for everyone: the reporter's personal data masked in every text. */
export function presentPublicItem(d: {
  f: repo.FeedbackRow;
  unitCode: string;
  unitName: string;
  categoryCode: string;
  categoryName: string;
}): z.infer<typeof s.PublicItem> {
  const f = d.f;
  const published = f.status === 'da_cong_khai';
  return {
    code: f.code,
    unitCode: d.unitCode,
    unitName: d.unitName,
    category: d.categoryCode,
    categoryName: d.categoryName,
    status: f.status as FeedbackStatus,
    statusName: STATUS_NAMES[f.status as FeedbackStatus],
    description: maskPersonalData(f.description, f.reporterName),
    address: f.address ? maskPersonalData(f.address, f.reporterName) : null,
    receivedAt: f.receivedAt.toISOString(),
    answer: published && f.answer ? maskPersonalData(f.answer, f.reporterName) : null,
    answeredAt: published ? (f.answeredAt?.toISOString() ?? null) : null,
    publishedAt: published ? (f.publishedAt?.toISOString() ?? null) : null,
  };
}
