import { eq, sql } from 'drizzle-orm';
import {
  calendarVersion,
  checkNoticeFile,
  DEFAULT_OFFICE_HOURS,
  DEFAULT_WORK_WEEK,
  type NoticeFile,
  vietnamCalendar,
  type WorkCalendar,
} from '../../calendar/index.ts';
import type { Db } from '../../db/client.ts';
import { calendarNotices, unitOfficeHours, workCalendars } from '../../db/schema/index.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { type Actor, actorLabel } from '../accounts/actor.ts';
import { authorize, isTopLevel } from '../accounts/permissions.ts';
import { recordAudit } from '../audit/audit.service.ts';

/**
 * The working calendar a unit's dossiers are counted with: Vietnam's holidays (shipped notices,
 * overridden year by year by notices an admin entered) and the unit's office hours. Each calendar
 * used is stored by its content hash, so every due date names the exact calendar behind it.
 */

// One calendar object per content: the engine compiles each object once (see work-calendar.ts).
const byKey = new Map<string, { calendar: WorkCalendar; version: string }>();
let noticesCache: { at: number; notices: Map<number, NoticeFile> } | null = null;
const NOTICES_TTL_MS = 10_000;

async function adminNotices(db: Db): Promise<Map<number, NoticeFile>> {
  if (noticesCache && Date.now() - noticesCache.at < NOTICES_TTL_MS) return noticesCache.notices;
  const rows = await db.select().from(calendarNotices);
  const notices = new Map(rows.map((r) => [r.year, r.notice as NoticeFile]));
  noticesCache = { at: Date.now(), notices };
  return notices;
}

export async function unitCalendar(
  db: Db,
  unitId: number,
): Promise<{ calendar: WorkCalendar; version: string }> {
  const [hours] = await db.select().from(unitOfficeHours).where(eq(unitOfficeHours.unitId, unitId));
  const notices = await adminNotices(db);
  const officeHours = hours ? { open: hours.open, close: hours.close } : DEFAULT_OFFICE_HOURS;
  const workWeek = hours ? hours.workWeek : DEFAULT_WORK_WEEK;
  const key = JSON.stringify([officeHours, workWeek, [...notices.entries()]]);
  let entry = byKey.get(key);
  if (!entry) {
    const calendar = vietnamCalendar({ officeHours, workWeek, notices });
    entry = { calendar, version: calendarVersion(calendar) };
    if (byKey.size > 100) byKey.clear();
    byKey.set(key, entry);
  }
  await db
    .insert(workCalendars)
    .values({ version: entry.version, calendar: entry.calendar })
    .onConflictDoNothing();
  return entry;
}

/** A stored calendar by version (to explain or recompute an old due date). */
export async function calendarByVersion(db: Db, version: string): Promise<WorkCalendar | undefined> {
  const [row] = await db.select().from(workCalendars).where(eq(workCalendars.version, version));
  return row?.calendar as WorkCalendar | undefined;
}

/**
 * An admin enters or corrects the official notice of a year (days off, make-up working days, with
 * the document number and date). Existing due dates do not move; recalculating one is explicit.
 */
export async function setNotice(ctx: AppContext, actor: Actor, year: number, notice: unknown) {
  authorize(actor, 'units.manage');
  if (!isTopLevel(actor)) throw new AppError('FORBIDDEN', 'Chỉ quản trị cấp tỉnh được sửa lịch nghỉ lễ.');
  const problems = checkNoticeFile(notice);
  if ((notice as { year?: unknown })?.year !== year) problems.push(`year: phải là ${year}`);
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Thông báo nghỉ lễ năm ${year} không hợp lệ: ${problems.join('; ')}`,
      {
        fields: problems.map((p) => ({ field: p.split(':')[0], message: p })),
      },
    );
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(calendarNotices)
      .values({ year, notice, updatedBy: actorLabel(actor), updatedAt: ctx.now() })
      .onConflictDoUpdate({
        target: calendarNotices.year,
        set: { notice, updatedBy: actorLabel(actor), updatedAt: sql`excluded.updated_at` },
      });
    await recordAudit(
      tx,
      actor,
      { action: 'calendar.notice', entityType: 'calendar', entityId: String(year), data: notice },
      ctx.now(),
    );
  });
  noticesCache = null;
}
