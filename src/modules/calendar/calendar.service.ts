import { type Actor, actorLabel } from '../../access/actor.ts';
import { authorize, isTopLevel } from '../../access/permissions.ts';
import {
  calendarStatus,
  calendarVersion,
  checkNoticeFile,
  DEFAULT_OFFICE_HOURS,
  DEFAULT_WORK_WEEK,
  holidaysOfYear,
  hungKingsDay,
  lunarNewYear,
  type NoticeFile,
  noticeOf,
  proposedHolidaysOf,
  vietnamCalendar,
  type WorkCalendar,
} from '../../calendar/index.ts';
import type { Db } from '../../db/client.ts';
import type { AppContext } from '../../lib/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireUnit } from '../units/units.service.ts';
import { noticeInvalid, officeHoursInverted, provinceAdminOnly } from './calendar.errors.ts';
import { presentOfficeHours, presentYearCalendar } from './calendar.present.ts';
import * as repo from './calendar.repo.ts';

/**
 * The working calendar a unit's dossiers are counted with: Vietnam's holidays (shipped notices,
 * overridden year by year by notices an admin entered) and the unit's office hours. Each calendar
 * used is stored by its content hash, so every due date names the exact calendar behind it.
 */

// One calendar object per content: the engine compiles each object once (see work-calendar.ts).
const byKey = new Map<string, { calendar: WorkCalendar; version: string }>();
// Admin notices per database, read again after NOTICES_TTL_MS of the context's clock (another
// server process may have saved one) and at once after this process saved one.
const noticesCache = new WeakMap<Db, { at: number; notices: Map<number, NoticeFile> }>();
const NOTICES_TTL_MS = 10_000;

async function adminNotices(ctx: AppContext): Promise<Map<number, NoticeFile>> {
  const now = ctx.now().getTime();
  const cached = noticesCache.get(ctx.db);
  if (cached && now - cached.at < NOTICES_TTL_MS && now >= cached.at) return cached.notices;
  const rows = await repo.allNotices(ctx.db);
  const notices = new Map(rows.map((r) => [r.year, r.notice as NoticeFile]));
  noticesCache.set(ctx.db, { at: now, notices });
  return notices;
}

export async function unitCalendar(
  ctx: AppContext,
  unitId: number,
): Promise<{ calendar: WorkCalendar; version: string }> {
  const db = ctx.db;
  const hours = await repo.officeHoursOf(db, unitId);
  const notices = await adminNotices(ctx);
  const officeHours = hours ? { open: hours.open, close: hours.close } : DEFAULT_OFFICE_HOURS;
  const workWeek = hours ? hours.workWeek : DEFAULT_WORK_WEEK;
  const key = JSON.stringify([officeHours, workWeek, [...notices.entries()]]);
  let entry = byKey.get(key);
  if (!entry) {
    const calendar = vietnamCalendar({ officeHours, workWeek, notices });
    entry = { calendar, version: calendarVersion(calendar) };
    byVersion.set(entry.version, calendar);
    if (byKey.size > 100) byKey.clear();
    byKey.set(key, entry);
  }
  await repo.saveCalendar(db, entry.version, entry.calendar);
  return entry;
}

// A version names its content, so a stored calendar never changes: keep one object per version.
const byVersion = new Map<string, WorkCalendar>();

/** A stored calendar by version (to explain or recompute an old due date). */
export async function calendarByVersion(db: Db, version: string): Promise<WorkCalendar | undefined> {
  const cached = byVersion.get(version);
  if (cached) return cached;
  const row = await repo.calendarOfVersion(db, version);
  if (!row) return undefined;
  const calendar = row.calendar as WorkCalendar;
  if (byVersion.size > 100) byVersion.clear();
  byVersion.set(version, calendar);
  return calendar;
}

/**
 * An admin enters or corrects the official notice of a year (days off, make-up working days, with
 * the document number and date). Existing due dates do not move; recalculating one is explicit.
 */
export async function setNotice(ctx: AppContext, actor: Actor, year: number, notice: unknown) {
  authorize(actor, 'units.manage');
  if (!isTopLevel(actor)) throw provinceAdminOnly();
  const problems = checkNoticeFile(notice);
  if ((notice as { year?: unknown })?.year !== year) problems.push(`year: phải là ${year}`);
  if (problems.length > 0) {
    throw noticeInvalid(year, problems);
  }
  await ctx.db.transaction(async (tx) => {
    await repo.upsertNotice(tx, { year, notice, updatedBy: actorLabel(actor), updatedAt: ctx.now() });
    await recordAudit(
      tx,
      actor,
      { action: 'calendar.notice', entityType: 'calendar', entityId: String(year), data: notice },
      ctx.now(),
    );
  });
  noticesCache.delete(ctx.db);
}

/** The year as the desk counts it: holidays in force (an admin's notice first), make-up days, lunar dates. */
export async function yearCalendar(ctx: AppContext, year: number) {
  const notices = await adminNotices(ctx);
  const override = notices.get(year);
  const notice = override ?? noticeOf(year);
  const holidays = holidaysOfYear(year, override);
  return presentYearCalendar({
    year,
    lunarNewYear: lunarNewYear(year),
    hungKings: hungKingsDay(year),
    daysOff: holidays.daysOff,
    workingDays: holidays.workingDays,
    source: override ? ('admin' as const) : notice ? ('file' as const) : ('default' as const),
    notices: notice?.notices ?? [],
    // official | unverified | computed: a year is never shown as official unless its notice was checked.
    status: calendarStatus(year, override),
    // Announced as a holiday but not in force by law (24/11 from 2026): shown, never counted.
    proposed: proposedHolidaysOf(year),
  });
}

/** A unit's office hours (HH:MM, Vietnam time) and working week (1 = Monday … 7 = Sunday). */
export async function setOfficeHours(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  hours: { open: string; close: string; workWeek: number[] },
) {
  const unit = await requireUnit(ctx, actor, unitCode, 'units.manage');
  if (hours.open >= hours.close) {
    throw officeHoursInverted();
  }
  const workWeek = [...new Set(hours.workWeek)].sort();
  await ctx.db.transaction(async (tx) => {
    await repo.upsertOfficeHours(tx, { unitId: unit.id, open: hours.open, close: hours.close, workWeek });
    await recordAudit(
      tx,
      actor,
      {
        action: 'unit.office_hours',
        entityType: 'unit',
        entityId: unit.code,
        unitId: unit.id,
        data: { ...hours, workWeek },
      },
      ctx.now(),
    );
  });
  return presentOfficeHours(unit.code, { open: hours.open, close: hours.close, workWeek });
}
