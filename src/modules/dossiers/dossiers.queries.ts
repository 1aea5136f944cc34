import { and, desc, eq, gte, inArray, like, lt, sql } from 'drizzle-orm';
import type { Actor } from '../../access/actor.ts';
import { authorize, scopePrefix } from '../../access/permissions.ts';
import { remainingWorkingDays, workingDaysBetween } from '../../calendar/index.ts';
import { queryRows } from '../../db/rows.ts';
import { deskViolations, dossiers, procedures, units, users } from '../../db/schema/index.ts';
import { deskRegimeOf } from '../../law/regimes.ts';
import type { AppContext } from '../../lib/context.ts';
import { fromVnDateTime } from '../../lib/time.ts';
import { calendarByVersion, unitCalendar } from '../calendar/calendar.service.ts';
import { requireUnit } from '../units/units.service.ts';
import { isClosed, isWaitingForCitizen, ruleSetOn, STATUS_NAMES, type Status } from './dossier-status.ts';
import { dossierNotFound, lookupCheckInvalid, lookupNotFound, monthInvalid } from './dossiers.errors.ts';
import {
  presentDetail,
  presentPublicSlip,
  presentStanding,
  presentSummary,
  presentViolation,
} from './dossiers.present.ts';
import * as repo from './dossiers.repo.ts';
import { lookupUrl, publicBase, ratingUrl } from './links.ts';
import { checkMatches, lookupCheck } from './lookup-check.ts';
import { dossierStanding, type Standing } from './public-status.ts';

async function prefixFor(ctx: AppContext, actor: Actor, unitCode?: string): Promise<string> {
  authorize(actor, 'dossiers.read');
  return unitCode ? (await requireUnit(ctx, actor, unitCode, 'dossiers.read')).path : scopePrefix(actor);
}

/** The calendar the dossier's due moment was computed with (else the unit's current one). */
async function calendarOf(ctx: AppContext, d: repo.DossierRow) {
  return (await calendarByVersion(ctx.db, d.calendarVersion)) ?? (await unitCalendar(ctx, d.unitId)).calendar;
}

/** Remaining working days, or null when the clock is not running (closed, or waiting for the citizen). */
async function remaining(ctx: AppContext, d: repo.DossierRow, now: Date): Promise<number | null> {
  if (isClosed(d.status as Status) || isWaitingForCitizen(d.status as Status)) return null;
  return remainingWorkingDays(now, d.dueAt, await calendarOf(ctx, d));
}

/**
 * Where a dossier stands, in the one vocabulary (public-status.ts) the clock, the rating page, the
 * dossier page and the register share. A dossier closed in processing (status 8) was refused under a
 * regime that refuses in processing (NĐ 61: a written answer), stopped under one that stops (NĐ 118).
 */
export async function standingOf(ctx: AppContext, d: repo.DossierRow, unitName: string): Promise<Standing> {
  const calendar = await calendarOf(ctx, d);
  const refusesInProcessing = deskRegimeOf(d.ruleSet)?.refusals.some((r) => r.stage === 'processing');
  return dossierStanding({
    status: d.status,
    dueAt: d.dueAt,
    resultReadyAt: d.resultReadyAt,
    returnedAt: d.returnedAt,
    heldBy: d.heldBy,
    unitName,
    closedBy: refusesInProcessing ? 'refused' : 'stopped',
    now: ctx.now(),
    workingDaysBetween: (from, to) => workingDaysBetween(from, to, calendar),
  });
}

export interface DossierListQuery {
  unitCode?: string;
  status?: number;
  mine?: boolean;
  q?: string;
  limit?: number;
}

export async function listDossiers(ctx: AppContext, actor: Actor, query: DossierListQuery) {
  const prefix = await prefixFor(ctx, actor, query.unitCode);
  const rows = await ctx.db
    .select({ d: dossiers, unitCode: units.code, procedureName: procedures.name })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .where(
      and(
        prefix ? like(units.path, `${prefix}%`) : undefined,
        query.status ? eq(dossiers.status, query.status) : undefined,
        query.mine && actor.kind === 'user' ? eq(dossiers.handledBy, actor.userId) : undefined,
        query.q
          ? sql`(${dossiers.code} ilike ${`%${query.q}%`} or ${dossiers.applicantName} ilike ${`%${query.q}%`})`
          : undefined,
      ),
    )
    .orderBy(desc(dossiers.receivedAt))
    .limit(Math.min(query.limit ?? 100, 500));
  const now = ctx.now();
  return Promise.all(rows.map(async (r) => presentSummary(r.d, r, await remaining(ctx, r.d, now))));
}

/** Open dossiers at risk (due within `withinDays` working days) or already past their due moment. */
export async function warningList(ctx: AppContext, actor: Actor, unitCode?: string, withinDays = 1) {
  const prefix = await prefixFor(ctx, actor, unitCode);
  const rows = await ctx.db
    .select({ d: dossiers, unitCode: units.code, procedureName: procedures.name })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .where(and(prefix ? like(units.path, `${prefix}%`) : undefined, inArray(dossiers.status, [1, 2, 4])))
    .orderBy(dossiers.dueAt);
  const now = ctx.now();
  const out = [];
  for (const r of rows) {
    const left = await remaining(ctx, r.d, now);
    if (left === null || left > withinDays) continue;
    out.push({ ...presentSummary(r.d, r, left), overdue: now.getTime() > r.d.dueAt.getTime() });
  }
  return out;
}

export async function dossierDetail(ctx: AppContext, actor: Actor, code: string) {
  authorize(actor, 'dossiers.read');
  const d = await repo.findByCode(ctx.db, code);
  if (!d) throw dossierNotFound(code);
  authorize(actor, 'dossiers.read', { path: d.unitPath });
  const procedure = (await repo.procedureById(ctx.db, d.d.procedureId))!;
  const [handler] = d.d.handledBy
    ? await ctx.db
        .select({ username: users.username, name: users.displayName })
        .from(users)
        .where(eq(users.id, d.d.handledBy))
    : [];
  const [events, handovers, slips] = await Promise.all([
    repo.eventsOf(ctx.db, d.d.id),
    repo.handoversOf(ctx.db, d.d.id),
    repo.slipsOf(ctx.db, d.d.id),
  ]);
  return presentDetail(d, procedure, await remaining(ctx, d.d, ctx.now()), {
    standing: await standingOf(ctx, d.d, d.unitName),
    handledBy: handler ?? null,
    links: {
      ratingUrl: ratingUrl(publicBase(ctx), ctx.secret, d.d.code),
      lookupUrl: lookupUrl(publicBase(ctx), ctx.secret, d.d.code),
      lookupCheck: lookupCheck(ctx.secret, d.d.code),
    },
    events,
    handovers,
    slips,
  });
}

/** "Nguyễn Văn An" → "N.V.A." : the public clock shows no personal data beyond initials. */
export function initials(name: string): string {
  return `${name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toLocaleUpperCase('vi'))
    .join('.')}.`;
}

/** The public dossier clock: status, remaining working days, who holds it, pauses, slips. */
export async function publicLookup(ctx: AppContext, code: string, check: string | undefined) {
  const d = await repo.findByCode(ctx.db, code.trim().toUpperCase());
  if (!d) throw lookupNotFound(code);
  // Codes are sequential: without the check value printed on the receipt, only the existence shows.
  if (!check) {
    return {
      verified: false as const,
      code: d.d.code,
      exists: true as const,
      message:
        'Hồ sơ có trong hệ thống. Để xem tình trạng, nhập mã kiểm tra gồm 6 ký tự in cạnh mã hồ sơ trên giấy tiếp nhận và hẹn trả kết quả, hoặc quét mã QR trên giấy.',
    };
  }
  if (!checkMatches(ctx.secret, d.d.code, check)) {
    throw lookupCheckInvalid(d.d.code);
  }
  // Independent reads: in parallel on a server pool (PGlite runs them one after another).
  const [found, events, slips] = await Promise.all([
    repo.procedureById(ctx.db, d.d.procedureId),
    repo.eventsOf(ctx.db, d.d.id),
    repo.slipsOf(ctx.db, d.d.id),
  ]);
  const procedure = found!;
  const pauses = events
    .filter((e) => e.kind === 'supplement_requested' || e.kind === 'supplement_completed')
    .map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      reason: (e.data as { reason?: string }).reason ?? null,
    }));
  return {
    verified: true as const,
    code: d.d.code,
    unitName: d.unitName,
    procedure: procedure.name,
    applicant: initials(d.d.applicantName),
    status: d.d.status,
    statusName: STATUS_NAMES[d.d.status as Status],
    receivedAt: d.d.receivedAt.toISOString(),
    dueAt: d.d.dueAt.toISOString(),
    remainingWorkingDays: await remaining(ctx, d.d, ctx.now()),
    heldBy: d.d.heldBy,
    standing: presentStanding(await standingOf(ctx, d.d, d.unitName)),
    pauses,
    timeline: events.map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      statusName: e.toStatus ? STATUS_NAMES[e.toStatus as Status] : null,
    })),
    slips: slips.map(presentPublicSlip),
    regimeForms: deskRegimeOf(d.d.ruleSet)?.forms ?? [],
    resultReadyAt: d.d.resultReadyAt?.toISOString() ?? null,
    returnedAt: d.d.returnedAt?.toISOString() ?? null,
  };
}

/** Month "YYYY-MM" → [start, end) in Vietnam time. */
export function monthBounds(month: string): { start: Date; end: Date } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) {
    throw monthInvalid(month);
  }
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  return { start: fromVnDateTime(`${month}-01`), end: fromVnDateTime(`${next}-01`) };
}

/**
 * The leader's month (QĐ 766 rule): a dossier finished by its due moment is on time (the waiting for
 * supplements is already added to the due moment); one still open at the end of the month is judged
 * at the month's end. Early = finished on an earlier Vietnam date than the due date (public-status.ts).
 */
/** The register's form for a month: the regime in force on its first day (months never straddle 1/7/2025). */
function registerFormOf(start: Date) {
  const form = deskRegimeOf(ruleSetOn(start))?.forms.find((f) => f.slip === 'register');
  return form ?? null;
}

export async function dashboard(ctx: AppContext, actor: Actor, unitCode: string | undefined, month: string) {
  const prefix = await prefixFor(ctx, actor, unitCode);
  const { start, end } = monthBounds(month);
  const judged = new Date(Math.min(end.getTime(), ctx.now().getTime()));
  const [row] = await queryRows<{
    received: number;
    early: number;
    on_time: number;
    late: number;
    in_progress: number;
    refused: number;
  }>(
    ctx.db,
    sql`select
          count(*) filter (where d.received_at >= ${start.toISOString()}::timestamptz and d.received_at < ${end.toISOString()}::timestamptz)::int as received,
          count(*) filter (where d.result_ready_at >= ${start.toISOString()}::timestamptz and d.result_ready_at < ${end.toISOString()}::timestamptz and (d.result_ready_at at time zone 'Asia/Ho_Chi_Minh')::date < (d.due_at at time zone 'Asia/Ho_Chi_Minh')::date)::int as early,
          count(*) filter (where d.result_ready_at >= ${start.toISOString()}::timestamptz and d.result_ready_at < ${end.toISOString()}::timestamptz and d.result_ready_at <= d.due_at and (d.result_ready_at at time zone 'Asia/Ho_Chi_Minh')::date >= (d.due_at at time zone 'Asia/Ho_Chi_Minh')::date)::int as on_time,
          count(*) filter (where (d.result_ready_at >= ${start.toISOString()}::timestamptz and d.result_ready_at < ${end.toISOString()}::timestamptz and d.result_ready_at > d.due_at)
                              or (d.result_ready_at is null and d.status in (1, 2, 4) and d.due_at < ${judged.toISOString()}::timestamptz and d.received_at < ${end.toISOString()}::timestamptz))::int as late,
          count(*) filter (where d.result_ready_at is null and d.status in (1, 2, 4, 5, 6) and d.received_at < ${end.toISOString()}::timestamptz and d.due_at >= ${judged.toISOString()}::timestamptz)::int as in_progress,
          count(*) filter (where d.status in (3, 8) and d.updated_at >= ${start.toISOString()}::timestamptz and d.updated_at < ${end.toISOString()}::timestamptz)::int as refused
        from dossiers d join units u on u.id = d.unit_id
        where u.path like ${`${prefix}%`}`,
  );
  const [events] = await queryRows<{ supplements: number; apologies: number }>(
    ctx.db,
    sql`select
          count(*) filter (where e.kind = 'supplement_requested')::int as supplements,
          count(*) filter (where e.kind = 'apology')::int as apologies
        from dossier_events e join dossiers d on d.id = e.dossier_id join units u on u.id = d.unit_id
        where u.path like ${`${prefix}%`} and e.at >= ${start.toISOString()}::timestamptz and e.at < ${end.toISOString()}::timestamptz`,
  );
  const violations = await ctx.db
    .select({ kind: deskViolations.kind, n: sql<number>`count(*)::int` })
    .from(deskViolations)
    .innerJoin(units, eq(units.id, deskViolations.unitId))
    .where(and(like(units.path, `${prefix}%`), gte(deskViolations.at, start), lt(deskViolations.at, end)))
    .groupBy(deskViolations.kind);
  const finished = row!.early + row!.on_time + row!.late;
  return {
    month,
    received: row!.received,
    early: row!.early,
    onTime: row!.on_time,
    late: row!.late,
    inProgress: row!.in_progress,
    refused: row!.refused,
    onTimeRate: finished > 0 ? (100 * (row!.early + row!.on_time)) / finished : null,
    supplements: events!.supplements,
    apologies: events!.apologies,
    violations: Object.fromEntries(violations.map((v) => [v.kind, v.n])),
    register: registerFormOf(start),
  };
}

/** The violation register per unit and officer (the officer evaluation reads it later). */
export async function violationRegister(
  ctx: AppContext,
  actor: Actor,
  unitCode: string | undefined,
  month: string,
) {
  const prefix = await prefixFor(ctx, actor, unitCode);
  const { start, end } = monthBounds(month);
  const rows = await ctx.db
    .select({
      kind: deskViolations.kind,
      at: deskViolations.at,
      note: deskViolations.note,
      unitCode: units.code,
      unitName: units.name,
      dossier: dossiers.code,
      officer: users.username,
      officerName: users.displayName,
    })
    .from(deskViolations)
    .innerJoin(units, eq(units.id, deskViolations.unitId))
    .innerJoin(dossiers, eq(dossiers.id, deskViolations.dossierId))
    .leftJoin(users, eq(users.id, deskViolations.officerId))
    .where(and(like(units.path, `${prefix}%`), gte(deskViolations.at, start), lt(deskViolations.at, end)))
    .orderBy(deskViolations.at);
  return rows.map(presentViolation);
}
