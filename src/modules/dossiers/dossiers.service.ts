import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../access/actor.ts';
import { authorize, can } from '../../access/permissions.ts';
import type { WorkCalendar } from '../../calendar/index.ts';
import { addWorkingDays, extendForSupplement, remainingWorkingDays } from '../../calendar/index.ts';
import { deskViolations, dossierHandovers, dossiers, users } from '../../db/schema/index.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { formatDateTimeVi } from '../../lib/format.ts';
import { vnDate, vnDateTime } from '../../lib/time.ts';
import { calendarByVersion, unitCalendar } from '../calendar/calendar.service.ts';
import { findProcedureForUnit } from '../procedures/procedures.repo.ts';
import { requireUnit } from '../units/units.service.ts';
import { recordSlip, recordStep } from './dossier-events.ts';
import { notifyApplicant } from './dossier-notify.ts';
import { canMove, isClosed, ruleSetOn, STATUS, STATUS_NAMES, type Status } from './dossier-status.ts';
import * as repo from './dossiers.repo.ts';
import { dueFor } from './due.ts';

export type DocumentKind = 'original' | 'certified_copy' | 'copy';

export interface Reception {
  unitCode: string;
  procedureCode: string;
  channel: 'direct' | 'online' | 'postal';
  applicant: {
    kind: 'person' | 'organisation';
    name: string;
    phone?: string;
    email?: string;
    address?: string;
  };
  contactConsent: boolean;
  documents: { name: string; kind: DocumentKind; count: number }[];
  /** Default: now. A desk may record a reception made earlier the same day (e.g. after an outage). */
  receivedAt?: Date;
  /** Username of the officer in charge; default: the receiving officer. */
  handledBy?: string;
}

/** Dossier code: unit code + reception date (Vietnam) + sequence of the day, e.g. P09-20260301-0007. */
export function dossierCode(unitCode: string, receivedAt: Date, sequence: number): string {
  return `${unitCode}-${vnDate(receivedAt).replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`;
}

async function userIdOf(ctx: AppContext, username: string): Promise<number> {
  const [u] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!u) throw new AppError('USER_NOT_FOUND', `Không có cán bộ "${username}".`);
  return u.id;
}

export async function receiveDossier(ctx: AppContext, actor: Actor, input: Reception) {
  const unit = await requireUnit(ctx, actor, input.unitCode, 'dossiers.handle');
  const procedure = await findProcedureForUnit(ctx.db, input.procedureCode, unit.id);
  if (!procedure) {
    throw new AppError(
      'PROCEDURE_NOT_FOUND',
      `${unit.name} không tiếp nhận thủ tục "${input.procedureCode}".`,
    );
  }
  const now = ctx.now();
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime() + 60_000) {
    throw new AppError('VALIDATION_FAILED', 'Thời điểm tiếp nhận không được sau hiện tại.', {
      fields: [{ field: 'receivedAt', message: 'Không được sau hiện tại' }],
    });
  }
  const { calendar, version } = await unitCalendar(ctx.db, unit.id);
  const legal = {
    amount: procedure.processingAmount,
    unit: procedure.processingUnit as 'working_days' | 'working_hours',
  };
  const dueAt = dueFor(receivedAt, legal, calendar);
  const actorUserId = actor.kind === 'user' ? actor.userId : null;
  const handledBy = input.handledBy ? await userIdOf(ctx, input.handledBy) : actorUserId;

  return ctx.db.transaction(async (tx) => {
    const code = dossierCode(unit.code, receivedAt, await repo.nextSequence(tx, unit.id, vnDate(receivedAt)));
    const [row] = await tx
      .insert(dossiers)
      .values({
        code,
        unitId: unit.id,
        procedureId: procedure.id,
        channel: input.channel,
        status: STATUS.ACCEPTED,
        ruleSet: ruleSetOn(receivedAt),
        applicantKind: input.applicant.kind,
        applicantName: input.applicant.name,
        applicantPhone: input.applicant.phone ?? null,
        applicantEmail: input.applicant.email ?? null,
        applicantAddress: input.applicant.address ?? null,
        contactConsent: input.contactConsent,
        documents: input.documents,
        receivedAt,
        receivedBy: actorUserId,
        handledBy,
        legalDays: procedure.processingAmount,
        dueAt,
        calendarVersion: version,
        heldBy: unit.name,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const d = row!;
    await recordStep(tx, actor, {
      dossierId: d.id,
      code,
      unitId: unit.id,
      kind: 'received',
      to: STATUS.ACCEPTED,
      at: now,
      data: { procedure: procedure.code, dueAt: dueAt.toISOString(), calendar: version },
    });
    await recordSlip(tx, actor, {
      dossierId: d.id,
      form: '01',
      at: now,
      content: {
        dueAt: dueAt.toISOString(),
        documents: input.documents,
        legalDays: procedure.processingAmount,
      },
    });
    await notifyApplicant(
      tx,
      ctx,
      { ...d, unitName: unit.name },
      'dossier.received',
      { dueAt: dueAt.toISOString() },
      now,
    );
    return d;
  });
}

type Loaded = NonNullable<Awaited<ReturnType<typeof repo.findByCode>>>;

/**
 * Load a dossier for a change: row-locked, in scope, and allowed to move to `to` (when given).
 * Every action below is one transaction: state, timeline, audit, slip and messages together.
 */
async function change<T>(
  ctx: AppContext,
  actor: Actor,
  code: string,
  to: Status | null,
  fn: (tx: AppContext['db'], d: Loaded, now: Date) => Promise<T>,
): Promise<T> {
  authorize(actor, 'dossiers.handle');
  return ctx.db.transaction(async (tx) => {
    const d = await repo.findByCode(tx, code, true);
    if (!d) throw new AppError('DOSSIER_NOT_FOUND', `Không có hồ sơ "${code}".`);
    authorize(actor, 'dossiers.handle', { path: d.unitPath });
    const from = d.d.status as Status;
    if (to !== null && !canMove(from, to)) {
      throw new AppError(
        'DOSSIER_STATE',
        `Hồ sơ đang ở trạng thái "${STATUS_NAMES[from]}", không chuyển sang "${STATUS_NAMES[to]}" được.`,
        { status: from, to },
      );
    }
    return fn(tx, d, ctx.now());
  });
}

async function setStatus(
  tx: AppContext['db'],
  d: Loaded,
  to: Status,
  now: Date,
  extra: Partial<typeof dossiers.$inferInsert> = {},
) {
  await tx
    .update(dossiers)
    .set({ status: to, updatedAt: now, ...extra })
    .where(eq(dossiers.id, d.d.id));
}

async function calendarOf(ctx: AppContext, d: Loaded): Promise<WorkCalendar> {
  return (
    (await calendarByVersion(ctx.db, d.d.calendarVersion)) ??
    (await unitCalendar(ctx.db, d.d.unitId)).calendar
  );
}

export async function startProcessing(ctx: AppContext, actor: Actor, code: string) {
  return change(ctx, actor, code, STATUS.PROCESSING, async (tx, d, now) => {
    await setStatus(tx, d, STATUS.PROCESSING, now);
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'processing',
      from: d.d.status as Status,
      to: STATUS.PROCESSING,
      at: now,
    });
  });
}

export interface SupplementRequest {
  missing: string[];
  reason: string;
  contactOfficer?: string;
  /** A leader's written reason to ask a second time; the second request still counts as a violation. */
  overrideReason?: string;
}

/** Ask the citizen for supplements: at most once per dossier (seed 002); pauses the clock. */
export async function requestSupplement(
  ctx: AppContext,
  actor: Actor,
  code: string,
  input: SupplementRequest,
) {
  if (input.missing.length === 0 || input.reason.trim().length < 3) {
    throw new AppError('VALIDATION_FAILED', 'Yêu cầu bổ sung phải nêu giấy tờ còn thiếu và lý do.', {
      fields: [{ field: input.missing.length === 0 ? 'missing' : 'reason', message: 'Bắt buộc' }],
    });
  }
  return change(ctx, actor, code, STATUS.SUPPLEMENT, async (tx, d, now) => {
    const second = d.d.supplementRequests >= 1;
    if (second) {
      if (!input.overrideReason || input.overrideReason.trim().length < 10) {
        throw new AppError(
          'SUPPLEMENT_ALREADY_REQUESTED',
          'Hồ sơ này đã được yêu cầu bổ sung một lần; chỉ được yêu cầu bổ sung một lần. Nếu thật cần, lãnh đạo đơn vị phải ghi rõ lý do (sẽ tính là vi phạm).',
        );
      }
      if (!can(actor, 'dossiers.override')) {
        throw new AppError('FORBIDDEN', 'Chỉ lãnh đạo đơn vị được cho phép yêu cầu bổ sung lần hai.');
      }
      await tx.insert(deskViolations).values({
        unitId: d.d.unitId,
        officerId: d.d.handledBy,
        dossierId: d.d.id,
        kind: 'SECOND_SUPPLEMENT',
        at: now,
        note: input.overrideReason.trim(),
      });
    }
    await setStatus(tx, d, STATUS.SUPPLEMENT, now, {
      supplementRequests: d.d.supplementRequests + 1,
      pausedSince: now,
    });
    const data = {
      missing: input.missing,
      reason: input.reason,
      override: second ? input.overrideReason : undefined,
    };
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'supplement_requested',
      from: d.d.status as Status,
      to: STATUS.SUPPLEMENT,
      at: now,
      data,
    });
    await recordSlip(tx, actor, {
      dossierId: d.d.id,
      form: '02',
      at: now,
      content: { ...data, contactOfficer: input.contactOfficer ?? null, dueAt: d.d.dueAt.toISOString() },
    });
    await notifyApplicant(
      tx,
      ctx,
      { ...d.d, unitName: d.unitName },
      'dossier.supplement',
      { missing: input.missing, reason: input.reason },
      now,
      `supplement:${d.d.supplementRequests + 1}`,
    );
  });
}

/** The citizen completed the supplement: the clock resumes and the due moment moves by the days waited. */
export async function completeSupplement(ctx: AppContext, actor: Actor, code: string) {
  const found = await repo.findByCode(ctx.db, code);
  if (!found) throw new AppError('DOSSIER_NOT_FOUND', `Không có hồ sơ "${code}".`);
  const calendar = await calendarOf(ctx, found);
  return change(ctx, actor, code, STATUS.PROCESSING, async (tx, d, now) => {
    if (d.d.status !== STATUS.SUPPLEMENT || !d.d.pausedSince) {
      throw new AppError('DOSSIER_STATE', 'Hồ sơ không ở trạng thái chờ bổ sung.');
    }
    const dueAt = extendForSupplement(d.d.dueAt, d.d.pausedSince, now, calendar);
    const paused = remainingWorkingDays(d.d.dueAt, dueAt, calendar);
    await setStatus(tx, d, STATUS.PROCESSING, now, {
      dueAt,
      pausedSince: null,
      pausedWorkingDays: d.d.pausedWorkingDays + paused,
    });
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'supplement_completed',
      from: STATUS.SUPPLEMENT,
      to: STATUS.PROCESSING,
      at: now,
      data: { oldDueAt: d.d.dueAt.toISOString(), dueAt: dueAt.toISOString(), pausedWorkingDays: paused },
    });
    return { dueAt };
  });
}

/** Refuse in writing, with a reason and a legal basis (seed 001): Mẫu 03. */
export async function refuse(
  ctx: AppContext,
  actor: Actor,
  code: string,
  input: { reason: string; legalBasis: string },
) {
  if (input.reason.trim().length < 3 || input.legalBasis.trim().length < 5) {
    throw new AppError(
      'REFUSAL_NEEDS_LEGAL_BASIS',
      'Từ chối hồ sơ phải nêu rõ lý do và căn cứ pháp lý (điều, khoản, văn bản).',
      { fields: [{ field: input.reason.trim().length < 3 ? 'reason' : 'legalBasis', message: 'Bắt buộc' }] },
    );
  }
  const found = await repo.findByCode(ctx.db, code);
  const to: Status = found && found.d.status <= STATUS.ACCEPTED ? STATUS.NOT_ACCEPTED : STATUS.STOPPED;
  return change(ctx, actor, code, to, async (tx, d, now) => {
    await setStatus(tx, d, to, now, { pausedSince: null });
    const data = { reason: input.reason.trim(), legalBasis: input.legalBasis.trim() };
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'refused',
      from: d.d.status as Status,
      to,
      at: now,
      data,
    });
    await recordSlip(tx, actor, { dossierId: d.d.id, form: '03', at: now, content: data });
  });
}

/**
 * Apologise and set a new date (Mẫu 04) when the dossier will be late. Issued after the due moment
 * has passed, it is still recorded, and the lateness without apology counts as a violation.
 */
export async function apologise(
  ctx: AppContext,
  actor: Actor,
  code: string,
  input: { reason: string; newDueAt: Date; signerTitle: string; signerName: string },
) {
  if (input.reason.trim().length < 3) {
    throw new AppError('APOLOGY_INVALID', 'Phiếu xin lỗi phải nêu lý do chậm.', {
      fields: [{ field: 'reason', message: 'Bắt buộc' }],
    });
  }
  return change(ctx, actor, code, null, async (tx, d, now) => {
    if (isClosed(d.d.status as Status))
      throw new AppError('DOSSIER_STATE', 'Hồ sơ đã kết thúc, không cần xin lỗi hẹn lại.');
    if (input.newDueAt.getTime() <= Math.max(d.d.dueAt.getTime(), now.getTime())) {
      throw new AppError(
        'APOLOGY_INVALID',
        `Ngày hẹn mới phải sau ngày hẹn cũ (${formatDateTimeVi(d.d.dueAt)}) và sau hiện tại.`,
        {
          fields: [{ field: 'newDueAt', message: 'Phải sau ngày hẹn cũ' }],
        },
      );
    }
    if (now.getTime() > d.d.dueAt.getTime()) await lateWithoutApology(tx, d.d, now);
    await tx
      .update(dossiers)
      .set({ dueAt: input.newDueAt, apologies: d.d.apologies + 1, updatedAt: now })
      .where(eq(dossiers.id, d.d.id));
    const data = {
      reason: input.reason.trim(),
      oldDueAt: d.d.dueAt.toISOString(),
      newDueAt: input.newDueAt.toISOString(),
      signerTitle: input.signerTitle,
      signerName: input.signerName,
    };
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'apology',
      at: now,
      data,
    });
    await recordSlip(tx, actor, { dossierId: d.d.id, form: '04', at: now, content: data });
    await notifyApplicant(
      tx,
      ctx,
      { ...d.d, unitName: d.unitName },
      'dossier.apology',
      { reason: data.reason, oldDueAt: data.oldDueAt, newDueAt: data.newDueAt },
      now,
      `apology:${d.d.apologies + 1}`,
    );
  });
}

async function lateWithoutApology(tx: AppContext['db'], d: repo.DossierRow, now: Date) {
  await tx
    .insert(deskViolations)
    .values({
      unitId: d.unitId,
      officerId: d.handledBy,
      dossierId: d.id,
      kind: 'LATE_WITHOUT_APOLOGY',
      at: d.dueAt,
      note: `Quá hạn ${formatDateTimeVi(d.dueAt)} chưa có phiếu xin lỗi (ghi nhận ${formatDateTimeVi(now)})`,
    })
    .onConflictDoNothing();
}

/** The result is ready: before the due moment, the applicant is invited to collect it early. */
export async function resultReady(ctx: AppContext, actor: Actor, code: string) {
  return change(ctx, actor, code, STATUS.DONE, async (tx, d, now) => {
    await setStatus(tx, d, STATUS.DONE, now, { resultReadyAt: now, heldBy: d.unitName });
    const early = now.getTime() < d.d.dueAt.getTime();
    if (!early && now.getTime() > d.d.dueAt.getTime()) {
      const apologised = d.d.apologies > 0;
      if (!apologised) await lateWithoutApology(tx, d.d, now);
    }
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'result_ready',
      from: d.d.status as Status,
      to: STATUS.DONE,
      at: now,
      data: { early },
    });
    if (early) {
      await recordSlip(tx, actor, {
        dossierId: d.d.id,
        form: 'invitation',
        at: now,
        content: { readyAt: now.toISOString(), dueAt: d.d.dueAt.toISOString() },
      });
      await notifyApplicant(
        tx,
        ctx,
        { ...d.d, unitName: d.unitName },
        'dossier.ready_early',
        { dueAt: d.d.dueAt.toISOString() },
        now,
      );
    }
    return { early };
  });
}

export async function returnResult(ctx: AppContext, actor: Actor, code: string) {
  return change(ctx, actor, code, STATUS.RETURNED, async (tx, d, now) => {
    await setStatus(tx, d, STATUS.RETURNED, now, { returnedAt: now });
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'returned',
      from: STATUS.DONE,
      to: STATUS.RETURNED,
      at: now,
    });
    await notifyApplicant(
      tx,
      ctx,
      { ...d.d, unitName: d.unitName },
      'dossier.returned',
      { returnedAt: now.toISOString() },
      now,
    );
  });
}

export async function withdraw(ctx: AppContext, actor: Actor, code: string, reason: string) {
  return change(ctx, actor, code, STATUS.WITHDRAWN, async (tx, d, now) => {
    await setStatus(tx, d, STATUS.WITHDRAWN, now, { pausedSince: null });
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'withdrawn',
      from: d.d.status as Status,
      to: STATUS.WITHDRAWN,
      at: now,
      data: { reason },
    });
  });
}

/** Hand the dossier to another agency (Mẫu 05 lines). */
export async function handOver(
  ctx: AppContext,
  actor: Actor,
  code: string,
  input: { toAgency: string; givenBy: string; dueAt?: Date },
) {
  return change(ctx, actor, code, null, async (tx, d, now) => {
    if (isClosed(d.d.status as Status)) throw new AppError('DOSSIER_STATE', 'Hồ sơ đã kết thúc.');
    const [h] = await tx
      .insert(dossierHandovers)
      .values({
        dossierId: d.d.id,
        fromAgency: d.d.heldBy ?? d.unitName,
        toAgency: input.toAgency,
        givenAt: now,
        givenBy: input.givenBy,
        dueAt: input.dueAt ?? null,
      })
      .returning();
    await tx.update(dossiers).set({ heldBy: input.toAgency, updatedAt: now }).where(eq(dossiers.id, d.d.id));
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'handover',
      at: now,
      data: { from: h!.fromAgency, to: input.toAgency, givenBy: input.givenBy },
    });
    return h!;
  });
}

export async function receiveHandover(
  ctx: AppContext,
  actor: Actor,
  code: string,
  id: number,
  input: { receivedBy: string; result?: string },
) {
  return change(ctx, actor, code, null, async (tx, d, now) => {
    const [h] = await tx
      .update(dossierHandovers)
      .set({ receivedAt: now, receivedBy: input.receivedBy, result: input.result ?? null })
      .where(
        and(
          eq(dossierHandovers.id, id),
          eq(dossierHandovers.dossierId, d.d.id),
          sql`${dossierHandovers.receivedAt} is null`,
        ),
      )
      .returning();
    if (!h) throw new AppError('NOT_FOUND', 'Không có lượt bàn giao đang chờ nhận này.');
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'handover_received',
      at: now,
      data: { agency: h.toAgency, receivedBy: input.receivedBy },
    });
    return h;
  });
}

/**
 * Recompute the due moment with the unit's current calendar — the only way a calendar change
 * reaches an existing dossier: explicit, audited, with both dates on the timeline.
 */
export async function recalculateDue(ctx: AppContext, actor: Actor, code: string, reason: string) {
  const found = await repo.findByCode(ctx.db, code);
  if (!found) throw new AppError('DOSSIER_NOT_FOUND', `Không có hồ sơ "${code}".`);
  const procedure = await repo.procedureById(ctx.db, found.d.procedureId);
  const { calendar, version } = await unitCalendar(ctx.db, found.d.unitId);
  return change(ctx, actor, code, null, async (tx, d, now) => {
    if (isClosed(d.d.status as Status)) throw new AppError('DOSSIER_STATE', 'Hồ sơ đã kết thúc.');
    const base = dueFor(
      d.d.receivedAt,
      { amount: procedure.processingAmount, unit: procedure.processingUnit as 'working_days' },
      calendar,
    );
    // Days already waited for supplements keep counting.
    const dueAt =
      d.d.pausedWorkingDays > 0 ? extendByWorkingDays(base, d.d.pausedWorkingDays, calendar) : base;
    await tx
      .update(dossiers)
      .set({ dueAt, calendarVersion: version, updatedAt: now })
      .where(eq(dossiers.id, d.d.id));
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'due_recalculated',
      at: now,
      data: {
        reason,
        oldDueAt: d.d.dueAt.toISOString(),
        dueAt: dueAt.toISOString(),
        oldCalendar: d.d.calendarVersion,
        calendar: version,
      },
    });
    return { dueAt, calendarVersion: version };
  });
}

/** The same clock time, `days` working dates later. */
function extendByWorkingDays(due: Date, days: number, calendar: WorkCalendar): Date {
  const date = addWorkingDays(vnDate(due), days, calendar);
  return new Date(Date.parse(`${date}T${vnDateTime(due).slice(11, 16)}:00+07:00`));
}
