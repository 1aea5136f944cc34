import { and, desc, eq, inArray, like, sql } from 'drizzle-orm';
import type { Actor } from '../../access/actor.ts';
import { authorize, can, isInside, scopePrefix } from '../../access/permissions.ts';
import { remainingWorkingDays } from '../../calendar/index.ts';
import { queryRows } from '../../db/rows.ts';
import { feedbackCategories, feedbackItems, units } from '../../db/schema/index.ts';
import type { AppContext } from '../../lib/context.ts';
import { calendarByVersion, unitCalendar } from '../calendar/calendar.service.ts';
import { parsePeriod, periodBounds } from '../surveys/index/period.ts';
import { findByCode as findUnitByCode } from '../units/units.repo.ts';
import { requireUnit } from '../units/units.service.ts';
import { policyOf } from './deadline-policies.ts';
import { findDuplicates } from './duplicates.queries.ts';
import {
  feedbackNotFound,
  lookupKeyInvalid,
  lookupNotFound,
  periodInvalid,
  photoNotFound,
  tokenInvalid,
  unitNotFound,
} from './feedback.errors.ts';
import {
  presentDuplicate,
  presentEvent,
  presentPolicy,
  presentPublicItem,
  presentSummary,
  type StepClock,
} from './feedback.present.ts';
import * as repo from './feedback.repo.ts';
import { photoUrl } from './feedback-links.ts';
import {
  currentDeadline,
  DEADLINE_NAMES,
  type FeedbackStatus,
  isRateable,
  OPEN_STATUSES,
  STATUS_NAMES,
} from './feedback-status.ts';
import { maskPersonalData } from './feedback-text.ts';
import { feedbackFigures } from './figures.queries.ts';
import { matchFactor } from './lookup-factor.ts';
import { answerTemplateOf } from './use-cases/draft-answer.ts';
import { tokenMatches } from './use-cases/step.ts';

async function prefixFor(ctx: AppContext, actor: Actor, unitCode?: string): Promise<string> {
  authorize(actor, 'feedback.read');
  return unitCode ? (await requireUnit(ctx, actor, unitCode, 'feedback.read')).path : scopePrefix(actor);
}

/** Working days left before the deadline of the current step, or null when the unit's clock does not run. */
async function remaining(ctx: AppContext, f: repo.FeedbackRow, now: Date): Promise<StepClock> {
  const deadline = currentDeadline({ ...f, status: f.status as FeedbackStatus });
  if (!deadline) return { deadline: null, remainingWorkingDays: null, overdue: false };
  const calendar =
    (await calendarByVersion(ctx.db, f.calendarVersion)) ?? (await unitCalendar(ctx, f.unitId)).calendar;
  return {
    deadline: { kind: deadline.kind, name: DEADLINE_NAMES[deadline.kind], at: deadline.at.toISOString() },
    remainingWorkingDays: remainingWorkingDays(now, deadline.at, calendar),
    overdue: now.getTime() > deadline.at.getTime(),
  };
}

type Row = { f: repo.FeedbackRow; unitCode: string; categoryCode: string; categoryName: string };

async function summary(ctx: AppContext, r: Row, now: Date) {
  return presentSummary(r, await remaining(ctx, r.f, now));
}

const listColumns = {
  f: feedbackItems,
  unitCode: units.code,
  categoryCode: feedbackCategories.code,
  categoryName: feedbackCategories.name,
};

export interface FeedbackListQuery {
  unitCode?: string;
  status?: string;
  category?: string;
  mine?: boolean;
  q?: string;
  limit?: number;
}

export async function listFeedback(ctx: AppContext, actor: Actor, query: FeedbackListQuery) {
  const prefix = await prefixFor(ctx, actor, query.unitCode);
  const rows = await ctx.db
    .select(listColumns)
    .from(feedbackItems)
    .innerJoin(units, eq(units.id, feedbackItems.unitId))
    .innerJoin(feedbackCategories, eq(feedbackCategories.id, feedbackItems.categoryId))
    .where(
      and(
        prefix ? like(units.path, `${prefix}%`) : undefined,
        query.status ? eq(feedbackItems.status, query.status) : undefined,
        query.category ? eq(feedbackCategories.code, query.category) : undefined,
        query.mine && actor.kind === 'user' ? eq(feedbackItems.handlerId, actor.userId) : undefined,
        query.q
          ? sql`(${feedbackItems.code} ilike ${`%${query.q}%`} or ${feedbackItems.searchText} like ${`%${query.q.toLowerCase()}%`})`
          : undefined,
      ),
    )
    .orderBy(desc(feedbackItems.receivedAt), desc(feedbackItems.id))
    .limit(Math.min(query.limit ?? 100, 500));
  const now = ctx.now();
  return Promise.all(rows.map((r) => summary(ctx, r, now)));
}

/** One item for an officer: contact details only for those who handle feedback. */
export async function feedbackDetail(ctx: AppContext, actor: Actor, code: string) {
  authorize(actor, 'feedback.read');
  const d = await repo.findByCode(ctx.db, code);
  if (!d) throw feedbackNotFound(code);
  authorize(actor, 'feedback.read', { path: d.unitPath });
  const f = d.f;
  const status = f.status as FeedbackStatus;
  const people = await repo.usersByIds(ctx.db, [
    f.handlerId,
    f.receivedBy,
    f.answeredBy,
    f.approvedBy,
    f.officerId,
  ]);
  const person = (id: number | null) => (id === null ? null : (people.get(id) ?? null));
  const showContact = can(actor, 'feedback.handle');
  const events = await repo.eventsOf(ctx.db, f.id);
  const photos = await repo.photoIdsOf(ctx.db, f.id);
  const open = (OPEN_STATUSES as string[]).includes(status) && f.mergedIntoId === null;
  const duplicates = open ? await findDuplicates(ctx.db, f) : [];
  const mergedInto = f.mergedIntoId
    ? (await repo.codesByIds(ctx.db, [f.mergedIntoId])).get(f.mergedIntoId)
    : null;
  const linked = await ctx.db
    .select({ code: feedbackItems.code })
    .from(feedbackItems)
    .where(eq(feedbackItems.mergedIntoId, f.id));
  return {
    ...(await summary(ctx, d, ctx.now())),
    unitName: d.unitName,
    lat: f.lat,
    long: f.long,
    calledAt: f.calledAt?.toISOString() ?? null,
    reporter: {
      anonymous: !f.contactConsent,
      contactConsent: f.contactConsent,
      name: showContact ? f.reporterName : null,
      phone: showContact ? f.reporterPhone : null,
      email: showContact ? f.reporterEmail : null,
    },
    deadlines: {
      rejectBy: f.rejectBy.toISOString(),
      transferBy: f.transferBy.toISOString(),
      answerBy: f.answerBy.toISOString(),
      publishBy: f.publishBy?.toISOString() ?? null,
    },
    calendarVersion: f.calendarVersion,
    deadlinePolicy: presentPolicy(policyOf(f.deadlinePolicy)),
    handler: person(f.handlerId),
    receivedBy: person(f.receivedBy),
    answer: f.answer,
    answerDraft: status === 'dang_xu_ly' && !f.answer ? await answerTemplateOf(ctx, d) : null,
    answeredBy: person(f.answeredBy),
    approvedBy: person(f.approvedBy),
    answeredAt: f.answeredAt?.toISOString() ?? null,
    publishedAt: f.publishedAt?.toISOString() ?? null,
    ratingReason: f.ratingReason,
    officer: person(f.officerId),
    officerVerified: f.officerVerified,
    mergedInto: mergedInto ?? null,
    duplicatesLinked: linked.map((l) => l.code),
    duplicateSuggestions: duplicates.map(presentDuplicate),
    photos: photos.map((p) => ({ id: p.id, mime: p.mime, url: photoUrl('', f.code, p.id) })),
    events: events.map(presentEvent),
  };
}

export async function duplicatesOf(ctx: AppContext, actor: Actor, code: string) {
  const detail = await feedbackDetail(ctx, actor, code);
  return detail.duplicateSuggestions;
}

/** Open items whose current deadline is within `withinDays` working days, or past. */
export async function warningList(ctx: AppContext, actor: Actor, unitCode?: string, withinDays = 2) {
  const prefix = await prefixFor(ctx, actor, unitCode);
  const rows = await ctx.db
    .select(listColumns)
    .from(feedbackItems)
    .innerJoin(units, eq(units.id, feedbackItems.unitId))
    .innerJoin(feedbackCategories, eq(feedbackCategories.id, feedbackItems.categoryId))
    .where(
      and(
        prefix ? like(units.path, `${prefix}%`) : undefined,
        inArray(feedbackItems.status, [
          'cho_tiep_nhan',
          'da_chuyen',
          'dang_xu_ly',
          'cho_duyet',
          'da_tra_loi',
        ]),
      ),
    )
    .orderBy(feedbackItems.answerBy);
  const now = ctx.now();
  const out = [];
  for (const r of rows) {
    const s = await summary(ctx, r, now);
    if (s.remainingWorkingDays === null || s.remainingWorkingDays > withinDays) continue;
    out.push(s);
  }
  return out.sort((a, b) => (a.deadline?.at ?? '').localeCompare(b.deadline?.at ?? ''));
}

function periodOrThrow(label: string) {
  const parsed = parsePeriod(label);
  if (!parsed.ok) {
    throw periodInvalid(parsed.error.message);
  }
  return parsed.period;
}

/** Default threshold: an officer named in 3 or more verified complaints in the period is flagged. */
export const OFFICER_COMPLAINT_THRESHOLD = 3;

/**
 * Verified complaints per named officer in a period (by reception), for the officers of the
 * subtree. `flagged` marks those at or above the threshold (seed 002: "phản ánh đích danh nhiều lần").
 */
export async function officerComplaints(
  ctx: AppContext,
  actor: Actor,
  unitCode: string | undefined,
  periodLabel: string,
  min = OFFICER_COMPLAINT_THRESHOLD,
) {
  const prefix = await prefixFor(ctx, actor, unitCode);
  const { start, end } = periodBounds(periodOrThrow(periodLabel));
  const rows = await queryRows<{
    username: string;
    display_name: string;
    unit_code: string;
    complaints: number;
    items: string[];
  }>(
    ctx.db,
    sql`select u.username, u.display_name, ou.code as unit_code, count(*)::int as complaints,
               array_agg(f.code order by f.received_at) as items
        from feedback_items f
        join users u on u.id = f.officer_id
        join units ou on ou.id = u.unit_id
        where f.officer_verified and ou.path like ${`${prefix}%`}
          and f.received_at >= ${start.toISOString()}::timestamptz and f.received_at < ${end.toISOString()}::timestamptz
        group by u.username, u.display_name, ou.code
        order by complaints desc, u.username`,
  );
  return rows.map((r) => ({
    username: r.username,
    displayName: r.display_name,
    unitCode: r.unit_code,
    complaints: r.complaints,
    items: r.items,
    flagged: r.complaints >= min,
  }));
}

/** The leader's page: figures of the period, items per state, overdue items, officers named repeatedly. */
export async function dashboard(
  ctx: AppContext,
  actor: Actor,
  unitCode: string | undefined,
  periodLabel: string,
  min = OFFICER_COMPLAINT_THRESHOLD,
) {
  const prefix = await prefixFor(ctx, actor, unitCode);
  const p = periodOrThrow(periodLabel);
  const byStatus = await queryRows<{ status: string; n: number }>(
    ctx.db,
    sql`select f.status, count(*)::int as n from feedback_items f join units u on u.id = f.unit_id
        where u.path like ${`${prefix}%`} group by f.status`,
  );
  const now = ctx.now().toISOString();
  const [overdue] = await queryRows<{ n: number }>(
    ctx.db,
    sql`select count(*)::int as n from feedback_items f join units u on u.id = f.unit_id
        where u.path like ${`${prefix}%`}
          and ((f.status in ('cho_tiep_nhan', 'da_chuyen') and f.transfer_by < ${now}::timestamptz)
            or (f.status in ('dang_xu_ly', 'cho_duyet') and f.answer_by < ${now}::timestamptz)
            or (f.status = 'da_tra_loi' and f.publish_by < ${now}::timestamptz))`,
  );
  const officers = await officerComplaints(ctx, actor, unitCode, periodLabel, min);
  return {
    period: p.label,
    figures: await feedbackFigures(ctx, { pathPrefix: prefix }, p),
    byStatus: Object.fromEntries(byStatus.map((r) => [r.status, r.n])),
    overdue: overdue!.n,
    officerThreshold: min,
    flaggedOfficers: officers.filter((o) => o.flagged),
  };
}

/** Figures for the survey and plan modules, by unit code, checked against the actor's scope. */
export async function figuresFor(
  ctx: AppContext,
  actor: Actor,
  unitCode: string | undefined,
  periodLabel: string,
) {
  const prefix = await prefixFor(ctx, actor, unitCode);
  return {
    period: periodLabel,
    ...(await feedbackFigures(ctx, { pathPrefix: prefix }, periodOrThrow(periodLabel))),
  };
}

// ---------------------------------------------------------------------------------------------
// Public views: personal data removed.

/** An item as the public sees it: no contact, phone numbers and e-mails masked in the text. */
export const publicView = presentPublicItem;

/** Published answers, newest first; optionally of one unit's subtree and one category. */
export async function publicList(
  ctx: AppContext,
  query: { unitCode?: string; category?: string; limit?: number; offset?: number },
) {
  let prefix = '';
  if (query.unitCode) {
    const u = await findUnitByCode(ctx.db, query.unitCode);
    if (!u) throw unitNotFound(query.unitCode);
    prefix = u.path;
  }
  const rows = await ctx.db
    .select({ ...listColumns, unitName: units.name })
    .from(feedbackItems)
    .innerJoin(units, eq(units.id, feedbackItems.unitId))
    .innerJoin(feedbackCategories, eq(feedbackCategories.id, feedbackItems.categoryId))
    .where(
      and(
        eq(feedbackItems.status, 'da_cong_khai'),
        prefix ? like(units.path, `${prefix}%`) : undefined,
        query.category ? eq(feedbackCategories.code, query.category) : undefined,
      ),
    )
    .orderBy(desc(feedbackItems.publishedAt), desc(feedbackItems.id))
    .limit(Math.min(query.limit ?? 50, 200))
    .offset(query.offset ?? 0);
  return rows.map((r) => publicView(r));
}

export async function publicItem(ctx: AppContext, code: string) {
  const d = await repo.findByCode(ctx.db, code.trim().toUpperCase());
  if (d?.f.status !== 'da_cong_khai') throw feedbackNotFound(code);
  return publicView(d);
}

/** Events the reporter sees on the tracking page (no officer names, no internal notes). */
const REPORTER_EVENTS = new Set([
  'received',
  'accepted',
  'rejected',
  'transferred',
  'info_requested',
  'info_received',
  'approved',
  'published',
  'rated',
  'reopened',
  'merged',
]);

/** The reporter's tracking page: status, deadline, reasons and questions, the answer, and whether to rate. */
export async function trackingView(ctx: AppContext, code: string, token: string | undefined) {
  const d = await repo.findByCode(ctx.db, code.trim().toUpperCase());
  if (!d || !tokenMatches(ctx.secret, d.f, token)) throw tokenInvalid();
  return trackingOf(ctx, d);
}

/**
 * Following a report by its code (the page /phan-anh/theo-doi): without a key, only that the code
 * exists; with the check value, or the phone or e-mail given with it, the reporter's page, read
 * only (rating and adding information stay with the link). Never the reporter's contact.
 */
export async function lookupFeedback(ctx: AppContext, code: string, key: string | undefined) {
  const d = await repo.findByCode(ctx.db, code.trim().toUpperCase());
  if (!d) throw lookupNotFound(code.trim());
  if (!key) {
    return {
      verified: false as const,
      code: d.f.code,
      exists: true as const,
      message:
        'Phản ánh có trong hệ thống. Để xem tình trạng, nhập mã kiểm tra gồm 6 ký tự nhận được cùng mã phản ánh, hoặc số điện thoại hay email đã khai khi gửi.',
    };
  }
  const factor = matchFactor(ctx.secret, d.f, key);
  if (!factor) throw lookupKeyInvalid(d.f.code);
  const tracking = await trackingOf(ctx, d);
  // A phone or an e-mail may be known to others: the texts are shown as they would be published.
  const mask = (text: string) => maskPersonalData(text, d.f.reporterName);
  return {
    verified: true as const,
    factor,
    tracking: {
      ...tracking,
      description: mask(tracking.description),
      address: tracking.address ? mask(tracking.address) : null,
      answer: tracking.answer ? mask(tracking.answer) : null,
      mergedInto: tracking.mergedInto
        ? { ...tracking.mergedInto, answer: tracking.mergedInto.answer && mask(tracking.mergedInto.answer) }
        : null,
      timeline: tracking.timeline.map((e) => ({
        ...e,
        reason: e.reason && mask(e.reason),
        question: e.question && mask(e.question),
      })),
      canRate: false,
      canAddInfo: false,
    },
  };
}

async function trackingOf(ctx: AppContext, d: NonNullable<Awaited<ReturnType<typeof repo.findByCode>>>) {
  const f = d.f;
  const status = f.status as FeedbackStatus;
  const events = await repo.eventsOf(ctx.db, f.id);
  const answered = isRateable(status);
  // A merged duplicate shows the answer of the item it was merged into.
  const master = f.mergedIntoId ? await repo.findById(ctx.db, f.mergedIntoId) : undefined;
  const masterAnswered = master ? isRateable(master.f.status as FeedbackStatus) : false;
  const pick = (data: unknown, key: string) => {
    const v = (data as Record<string, unknown>)[key];
    return typeof v === 'string' ? v : undefined;
  };
  return {
    code: f.code,
    unitName: d.unitName,
    categoryName: d.categoryName,
    status,
    statusName: STATUS_NAMES[status],
    description: f.description,
    address: f.address,
    receivedAt: f.receivedAt.toISOString(),
    answerBy: f.answerBy.toISOString(),
    deadlinePolicy: presentPolicy(policyOf(f.deadlinePolicy)),
    answer: answered ? f.answer : null,
    answeredAt: answered ? (f.answeredAt?.toISOString() ?? null) : null,
    publishedAt: f.publishedAt?.toISOString() ?? null,
    rating: f.rating as 'satisfied' | 'dissatisfied' | null,
    canRate: answered && !f.rating,
    canAddInfo: status === 'cho_bo_sung',
    mergedInto: master
      ? {
          code: master.f.code,
          statusName: STATUS_NAMES[master.f.status as FeedbackStatus],
          answer: masterAnswered ? master.f.answer : null,
          answeredAt: masterAnswered ? (master.f.answeredAt?.toISOString() ?? null) : null,
        }
      : null,
    timeline: events
      .filter((e) => REPORTER_EVENTS.has(e.kind))
      .map((e) => ({
        at: e.at.toISOString(),
        kind: e.kind,
        statusName: e.toStatus ? STATUS_NAMES[e.toStatus as FeedbackStatus] : null,
        reason: pick(e.data, 'reason') ?? null,
        question: pick(e.data, 'question') ?? null,
      })),
  };
}

/**
 * A photo at its address: anyone may fetch it once the item's answer is published; before that
 * only officers who may read the item (its unit's subtree). Everyone else gets the same 404 as
 * for a photo that does not exist, so the address tells nothing about unpublished items.
 */
export async function photoOf(ctx: AppContext, actor: Actor | null, code: string, id: number) {
  const missing = () => photoNotFound(code, id);
  const d = await repo.findByCode(ctx.db, code.trim().toUpperCase());
  if (!d) throw missing();
  const published = d.f.status === 'da_cong_khai';
  const officer = actor !== null && can(actor, 'feedback.read') && isInside(actor, d.unitPath);
  if (!published && !officer) throw missing();
  const p = await repo.photo(ctx.db, d.f.id, id);
  if (!p) throw missing();
  return { ...p, published };
}
