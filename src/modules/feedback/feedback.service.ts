import { timingSafeEqual } from 'node:crypto';
import { and, eq, isNull, like, or, sql } from 'drizzle-orm';
import { type Actor, systemActor } from '../../access/actor.ts';
import { authorize, can, isInside } from '../../access/permissions.ts';
import type { Permission } from '../../access/roles.ts';
import { extendForSupplement, type WorkCalendar } from '../../calendar/index.ts';
import { feedbackItems, feedbackPhotos, units } from '../../db/schema/index.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { formatDateVi } from '../../lib/format.ts';
import { vnDate } from '../../lib/time.ts';
import { calendarByVersion, unitCalendar } from '../calendar/calendar.service.ts';
import { categoryNotFound } from './categories.service.ts';
import * as repo from './feedback.repo.ts';
import { recordStep } from './feedback-events.ts';
import { newTrackingToken, trackingHash, trackingUrl } from './feedback-links.ts';
import { notifyReporter, reporterLink } from './feedback-notify.ts';
import {
  canMove,
  type FeedbackStatus,
  isClosed,
  isRateable,
  publishDeadline,
  receptionDeadlines,
  reopenedAnswerDeadline,
  STATUS_NAMES,
} from './feedback-status.ts';
import {
  mentions,
  PHOTO_MAX_BYTES,
  PHOTO_MAX_COUNT,
  type PhotoMime,
  placeName,
  searchKey,
  sniffImage,
} from './feedback-text.ts';
import { cleanPhoto } from './photo-clean.ts';

export type Channel = 'web' | 'hotline' | 'counter' | 'kiosk' | 'open311';
export const OFFICER_CHANNELS = ['hotline', 'counter', 'kiosk'] as const;

export interface PhotoUpload {
  bytes: Uint8Array;
  /** The file name the client gave, for error messages only. */
  name?: string;
}

export interface Intake {
  channel: Channel;
  categoryCode: string;
  /** The unit the reporter chose; default: suggested from the category and the address. */
  unitCode?: string;
  description: string;
  address?: string;
  lat?: number;
  long?: number;
  reporter?: { name?: string; phone?: string; email?: string };
  /** Contact details are kept only with consent (NĐ 13/2023); without it the item is anonymous. */
  contactConsent: boolean;
  /** Hotline: when the call came in (the reception moment). */
  calledAt?: Date;
  photos?: PhotoUpload[];
  /** Open311: the partner's API token. */
  apiTokenId?: number | null;
  /** Open311 `media_url`: recorded on the reception event, never fetched. */
  mediaUrl?: string;
  /** Open311 `address_id` (a partner's address key): recorded on the reception event. */
  addressId?: string;
}

/** Feedback code: reception date (Vietnam) + sequence of the day, e.g. PA-20260302-0007. */
export function feedbackCode(receivedAt: Date, sequence: number): string {
  return `PA-${vnDate(receivedAt).replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`;
}

export function feedbackNotFound(code: string): AppError {
  return new AppError('FEEDBACK_NOT_FOUND', `Không có phản ánh, kiến nghị "${code}".`);
}

function invalid(field: string, message: string, text?: string): AppError {
  return new AppError('VALIDATION_FAILED', text ?? `Dữ liệu không hợp lệ: ${field}: ${message}`, {
    fields: [{ field, message }],
  });
}

/**
 * Photos: at most 3, each at most 5 MB, JPEG/PNG/WebP by their bytes and decodable as such, then
 * re-encoded without any metadata (photo-clean.ts). All checked before anything is written.
 */
export async function checkPhotos(photos: PhotoUpload[]): Promise<{ mime: PhotoMime; bytes: Uint8Array }[]> {
  if (photos.length > PHOTO_MAX_COUNT) {
    throw new AppError('PHOTO_INVALID', `Chỉ gửi được tối đa ${PHOTO_MAX_COUNT} ảnh.`, {
      fields: [{ field: 'photos', message: `Tối đa ${PHOTO_MAX_COUNT} ảnh` }],
    });
  }
  const checked = photos.map((p, i) => {
    const label = p.name ? `"${p.name}"` : `số ${i + 1}`;
    if (p.bytes.length > PHOTO_MAX_BYTES) {
      throw new AppError('PAYLOAD_TOO_LARGE', `Ảnh ${label} lớn hơn 5 MB.`, {
        fields: [{ field: `photos[${i}]`, message: 'Tối đa 5 MB' }],
      });
    }
    const mime = sniffImage(p.bytes);
    if (!mime) {
      throw new AppError('PHOTO_INVALID', `Ảnh ${label} không phải JPEG, PNG hoặc WebP.`, {
        fields: [{ field: `photos[${i}]`, message: 'Chỉ nhận JPEG, PNG, WebP' }],
      });
    }
    return { mime, bytes: p.bytes, label };
  });
  const cleaned: { mime: PhotoMime; bytes: Uint8Array }[] = [];
  for (const [i, p] of checked.entries()) {
    const bytes = await cleanPhoto(p.bytes, p.mime);
    if (!bytes) {
      throw new AppError(
        'PHOTO_INVALID',
        `Ảnh ${p.label} bị hỏng hoặc không phải ảnh thật, không đọc được.`,
        {
          fields: [{ field: `photos[${i}]`, message: 'Không đọc được ảnh' }],
        },
      );
    }
    cleaned.push({ mime: p.mime, bytes });
  }
  return cleaned;
}

async function activeCategory(ctx: AppContext, code: string) {
  const category = await repo.categoryByCode(ctx.db, code);
  if (!category?.c.active) throw categoryNotFound(code);
  return category;
}

/** An active category by code (the public form, Open311 service_code). */
export const publicCategory = activeCategory;

const openUnit = (today: string) => or(isNull(units.validTo), sql`${units.validTo} > ${today}`);

/**
 * The unit that handles an item: the one the reporter chose (inside the category's area), else the
 * deepest unit of the category's area whose name the address mentions ("… xã An …"), else the
 * fallback (the officer's own unit for a call or a counter report), else the category's own unit.
 */
export async function suggestUnit(
  ctx: AppContext,
  category: repo.LoadedCategory,
  address?: string | null,
  unitCode?: string,
  /** Before the category's own unit: e.g. the unit of the officer taking the call. */
  fallbackUnitId?: number,
) {
  const today = vnDate(ctx.now());
  if (unitCode) {
    const [u] = await ctx.db
      .select()
      .from(units)
      .where(and(eq(units.code, unitCode), openUnit(today)));
    if (!u?.path.startsWith(category.unitPath)) {
      throw invalid(
        'unitCode',
        'Đơn vị không nhận phản ánh thuộc lĩnh vực này',
        `${category.unitName} không nhận phản ánh lĩnh vực "${category.c.name}" cho đơn vị "${unitCode}".`,
      );
    }
    return u;
  }
  const area = await ctx.db
    .select()
    .from(units)
    .where(and(like(units.path, `${category.unitPath}%`), openUnit(today)));
  const own = area.find((u) => u.id === category.c.unitId);
  if (address) {
    const named = area
      .filter((u) => mentions(address, placeName(u.name)))
      .sort((a, b) => b.depth - a.depth || b.name.length - a.name.length);
    if (named[0]) return named[0];
  }
  const fallback = fallbackUnitId === undefined ? undefined : area.find((u) => u.id === fallbackUnitId);
  if (fallback) return fallback;
  if (!own) throw categoryNotFound(category.c.code);
  return own;
}

/**
 * Receive one item from any channel: validate the whole request, compute the deadlines on the
 * unit's working calendar, then in one transaction give it a code, store it and its photos, log
 * the reception (timeline + audit) and queue the reception message (consent only).
 * `actor` is the officer for hotline/counter/kiosk, the partner's token user or null for Open311
 * and the web form.
 */
export async function receiveFeedback(
  ctx: AppContext,
  actor: Actor | null,
  input: Intake,
  options: { baseUrl: string },
) {
  const officerChannel = (OFFICER_CHANNELS as readonly string[]).includes(input.channel);
  if (officerChannel) {
    if (!actor) throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp nhận phản ánh.');
    authorize(actor, 'feedback.handle');
  }
  const category = await activeCategory(ctx, input.categoryCode);
  const ownUnit = officerChannel && actor?.kind === 'user' ? actor.unitId : undefined;
  const unit = await suggestUnit(ctx, category, input.address, input.unitCode, ownUnit);
  if (officerChannel) authorize(actor!, 'feedback.handle', unit);
  const description = input.description.trim();
  if ([...description].length < 10) throw invalid('description', 'Cần ít nhất 10 ký tự');
  const now = ctx.now();
  let receivedAt = now;
  if (input.channel === 'hotline') {
    if (!input.calledAt) throw invalid('calledAt', 'Cần thời điểm cuộc gọi');
    if (input.calledAt.getTime() > now.getTime() + 60_000)
      throw invalid('calledAt', 'Không được sau hiện tại');
    receivedAt = input.calledAt;
  }
  const photos = await checkPhotos(input.photos ?? []);
  const consent = input.contactConsent === true;
  const reporter = consent ? (input.reporter ?? {}) : {};
  const { calendar, version } = await unitCalendar(ctx.db, unit.id);
  const deadlines = receptionDeadlines(receivedAt, calendar);
  const handler = category.c.defaultHandlerId
    ? ((await repo.userById(ctx.db, category.c.defaultHandlerId)) ?? null)
    : null;
  const handlerId = handler?.active && unit.path.startsWith(handler.unitPath) ? handler.id : null;
  const token = newTrackingToken();
  const stepActor = actor ?? systemActor(input.channel === 'open311' ? 'open311' : 'public-web');

  const item = await ctx.db.transaction(async (tx) => {
    const code = feedbackCode(receivedAt, await repo.nextSequence(tx, vnDate(receivedAt)));
    const [row] = await tx
      .insert(feedbackItems)
      .values({
        code,
        categoryId: category.c.id,
        unitId: unit.id,
        channel: input.channel,
        status: 'cho_tiep_nhan',
        description,
        searchText: searchKey(description),
        address: input.address?.trim() || null,
        lat: input.lat ?? null,
        long: input.long ?? null,
        reporterName: reporter.name?.trim() || null,
        reporterPhone: reporter.phone?.trim() || null,
        reporterEmail: reporter.email?.trim() || null,
        contactConsent: consent,
        calledAt: input.channel === 'hotline' ? receivedAt : null,
        receivedAt,
        receivedBy: actor?.kind === 'user' && officerChannel ? actor.userId : null,
        handlerId,
        calendarVersion: version,
        ...deadlines,
        trackingHash: trackingHash(ctx.secret, code, token),
        apiTokenId: input.apiTokenId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const f = row!;
    for (const p of photos)
      await tx.insert(feedbackPhotos).values({ itemId: f.id, mime: p.mime, bytes: p.bytes, createdAt: now });
    await recordStep(tx, stepActor, {
      itemId: f.id,
      code,
      unitId: unit.id,
      kind: 'received',
      to: 'cho_tiep_nhan',
      at: now,
      data: {
        channel: input.channel,
        category: category.c.code,
        unit: unit.code,
        anonymous: !consent,
        photos: photos.length,
        ...(input.channel === 'hotline' ? { calledAt: receivedAt.toISOString() } : {}),
        ...(input.mediaUrl ? { mediaUrl: input.mediaUrl } : {}),
        ...(input.addressId ? { addressId: input.addressId } : {}),
        rejectBy: deadlines.rejectBy.toISOString(),
        transferBy: deadlines.transferBy.toISOString(),
        answerBy: deadlines.answerBy.toISOString(),
        calendar: version,
      },
    });
    await notifyReporter(
      tx,
      { ...f, unitName: unit.name },
      'feedback.received',
      { url: trackingUrl(options.baseUrl, code, token), answerBy: deadlines.answerBy.toISOString() },
      now,
    );
    return f;
  });
  return { item, token, trackingUrl: trackingUrl(options.baseUrl, item.code, token), unit, category };
}

// ---------------------------------------------------------------------------------------------
// Actions on an item: one transaction each, the row locked, the move checked, event + audit.

type Guard = (d: repo.LoadedItem) => void;

/** An officer's action: the permission, and the item inside the actor's subtree. */
function officer(actor: Actor, permission: Permission): Guard {
  authorize(actor, permission);
  return (d) => authorize(actor, permission, { path: d.unitPath });
}

async function change<T>(
  ctx: AppContext,
  code: string,
  guard: Guard,
  to: FeedbackStatus | null,
  fn: (tx: AppContext['db'], d: repo.LoadedItem, now: Date) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const d = await repo.findByCode(tx, code, true);
    if (!d) throw feedbackNotFound(code);
    guard(d);
    const from = d.f.status as FeedbackStatus;
    if (to !== null && !canMove(from, to)) {
      throw new AppError(
        'FEEDBACK_STATE',
        `Phản ánh đang ở trạng thái "${STATUS_NAMES[from]}", không chuyển sang "${STATUS_NAMES[to]}" được.`,
        { status: from, to },
      );
    }
    return fn(tx, d, ctx.now());
  });
}

async function setItem(
  tx: AppContext['db'],
  d: repo.LoadedItem,
  now: Date,
  patch: Partial<typeof feedbackItems.$inferInsert>,
) {
  await tx
    .update(feedbackItems)
    .set({ ...patch, updatedAt: now })
    .where(eq(feedbackItems.id, d.f.id));
}

async function calendarOf(ctx: AppContext, d: repo.FeedbackRow): Promise<WorkCalendar> {
  return (
    (await calendarByVersion(ctx.db, d.calendarVersion)) ?? (await unitCalendar(ctx.db, d.unitId)).calendar
  );
}

function needText(value: string | undefined, field: string, min = 5): string {
  const text = value?.trim() ?? '';
  if ([...text].length < min) throw invalid(field, `Cần ít nhất ${min} ký tự`);
  return text;
}

const lateBy = (now: Date, by: Date) => now.getTime() > by.getTime();

/** Accept the item and start handling it (cho_tiep_nhan or da_chuyen → dang_xu_ly). */
export async function accept(ctx: AppContext, actor: Actor, code: string) {
  return change(ctx, code, officer(actor, 'feedback.handle'), 'dang_xu_ly', async (tx, d, now) => {
    const from = d.f.status as FeedbackStatus;
    if (from !== 'cho_tiep_nhan' && from !== 'da_chuyen') {
      throw new AppError('FEEDBACK_STATE', `Phản ánh đang ở trạng thái "${STATUS_NAMES[from]}".`);
    }
    const handlerId = d.f.handlerId ?? (actor.kind === 'user' ? actor.userId : null);
    await setItem(tx, d, now, { status: 'dang_xu_ly', handlerId });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'accepted',
      from,
      to: 'dang_xu_ly',
      at: now,
    });
  });
}

/** Refuse to handle, with a reason (≤ 2 working days; later is allowed and logged as late). */
export async function reject(ctx: AppContext, actor: Actor, code: string, reason: string) {
  const text = needText(reason, 'reason');
  return change(ctx, code, officer(actor, 'feedback.handle'), 'tu_choi', async (tx, d, now) => {
    await setItem(tx, d, now, { status: 'tu_choi' });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'rejected',
      from: d.f.status as FeedbackStatus,
      to: 'tu_choi',
      at: now,
      data: { reason: text, late: lateBy(now, d.f.rejectBy), rejectBy: d.f.rejectBy.toISOString() },
    });
  });
}

/**
 * Transfer to the competent unit with a reason (NĐ 20/2008: within 5 working days; a later
 * transfer is allowed and logged as late). The item moves to the receiving unit, which accepts
 * it; the deadlines stay those of the first reception.
 */
export async function transfer(
  ctx: AppContext,
  actor: Actor,
  code: string,
  input: { unitCode: string; reason: string; categoryCode?: string },
) {
  const reason = needText(input.reason, 'reason');
  const [target] = await ctx.db
    .select()
    .from(units)
    .where(and(eq(units.code, input.unitCode), openUnit(vnDate(ctx.now()))));
  if (!target) throw new AppError('UNIT_NOT_FOUND', `Không tìm thấy đơn vị có mã "${input.unitCode}".`);
  const category = input.categoryCode ? await activeCategory(ctx, input.categoryCode) : null;
  return change(ctx, code, officer(actor, 'feedback.handle'), 'da_chuyen', async (tx, d, now) => {
    if (target.id === d.f.unitId) throw invalid('unitCode', 'Phải là đơn vị khác đơn vị đang giữ');
    await setItem(tx, d, now, {
      status: 'da_chuyen',
      unitId: target.id,
      handlerId: null,
      ...(category ? { categoryId: category.c.id } : {}),
    });
    const data = {
      fromUnit: d.unitCode,
      toUnit: target.code,
      reason,
      late: lateBy(now, d.f.transferBy),
      transferBy: d.f.transferBy.toISOString(),
      ...(category ? { fromCategory: d.categoryCode, toCategory: category.c.code } : {}),
    };
    // Audited under the unit that transferred it; the receiving unit sees it on the item's timeline.
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'transferred',
      from: d.f.status as FeedbackStatus,
      to: 'da_chuyen',
      at: now,
      data,
    });
    return { unitCode: target.code };
  });
}

/** Ask the reporter for more information (within 5 working days of reception; later is logged as late). */
export async function requestInfo(ctx: AppContext, actor: Actor, code: string, question: string) {
  const text = needText(question, 'question');
  return change(ctx, code, officer(actor, 'feedback.handle'), 'cho_bo_sung', async (tx, d, now) => {
    await setItem(tx, d, now, { status: 'cho_bo_sung' });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'info_requested',
      from: d.f.status as FeedbackStatus,
      to: 'cho_bo_sung',
      at: now,
      data: { question: text, late: lateBy(now, d.f.transferBy), askBy: d.f.transferBy.toISOString() },
    });
  });
}

/**
 * The information came (from the reporter's tracking page, or noted by an officer): handling goes
 * on and the answer deadline moves by the working days spent waiting, as for a dossier supplement.
 */
async function infoArrived(ctx: AppContext, guard: Guard, stepActor: Actor, code: string, info: string) {
  const found = await repo.findByCode(ctx.db, code);
  if (!found) throw feedbackNotFound(code);
  const calendar = await calendarOf(ctx, found.f);
  return change(ctx, code, guard, 'dang_xu_ly', async (tx, d, now) => {
    if (d.f.status !== 'cho_bo_sung')
      throw new AppError('FEEDBACK_STATE', 'Phản ánh không chờ bổ sung thông tin.');
    const events = await repo.eventsOf(tx, d.f.id);
    const asked = [...events].reverse().find((e) => e.kind === 'info_requested');
    const answerBy = asked ? extendForSupplement(d.f.answerBy, asked.at, now, calendar) : d.f.answerBy;
    await setItem(tx, d, now, { status: 'dang_xu_ly', answerBy });
    await recordStep(tx, stepActor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'info_received',
      from: 'cho_bo_sung',
      to: 'dang_xu_ly',
      at: now,
      data: { info, oldAnswerBy: d.f.answerBy.toISOString(), answerBy: answerBy.toISOString() },
    });
  });
}

export async function infoReceived(ctx: AppContext, actor: Actor, code: string, note: string) {
  return infoArrived(ctx, officer(actor, 'feedback.handle'), actor, code, needText(note, 'note'));
}

/** The template of the item's category, filled in: the handler's starting point. */
export function fillTemplate(
  template: string,
  d: { code: string; receivedAt: Date; unitName: string; categoryName: string },
): string {
  return template
    .replaceAll('{code}', d.code)
    .replaceAll('{ma}', d.code)
    .replaceAll('{receivedDate}', formatDateVi(d.receivedAt))
    .replaceAll('{ngayTiepNhan}', formatDateVi(d.receivedAt))
    .replaceAll('{unitName}', d.unitName)
    .replaceAll('{donVi}', d.unitName)
    .replaceAll('{category}', d.categoryName)
    .replaceAll('{linhVuc}', d.categoryName)
    .trim();
}

export async function answerTemplateOf(ctx: AppContext, d: repo.LoadedItem): Promise<string> {
  return fillTemplate(await repo.answerTemplate(ctx.db, d.f.categoryId), {
    code: d.f.code,
    receivedAt: d.f.receivedAt,
    unitName: d.unitName,
    categoryName: d.categoryName,
  });
}

/** The handler's answer (from the category's template when no text is given) goes to a leader. */
export async function draftAnswer(ctx: AppContext, actor: Actor, code: string, text?: string) {
  const found = await repo.findByCode(ctx.db, code);
  if (!found) throw feedbackNotFound(code);
  const answer = (text?.trim() || (await answerTemplateOf(ctx, found))).trim();
  if ([...answer].length < 10) {
    throw invalid('text', 'Cần nội dung trả lời (lĩnh vực này chưa có mẫu trả lời)');
  }
  return change(ctx, code, officer(actor, 'feedback.handle'), 'cho_duyet', async (tx, d, now) => {
    await setItem(tx, d, now, {
      status: 'cho_duyet',
      answer,
      answeredBy: actor.kind === 'user' ? actor.userId : null,
    });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'answer_drafted',
      from: 'dang_xu_ly',
      to: 'cho_duyet',
      at: now,
      data: { fromTemplate: !text?.trim() },
    });
  });
}

/**
 * A leader approves the answer: it is given (da_tra_loi) now, the publication deadline is set,
 * and the reporter (and the reporters of merged duplicates) are told, with consent.
 */
export async function approve(ctx: AppContext, actor: Actor, code: string, options: { baseUrl: string }) {
  const found = await repo.findByCode(ctx.db, code);
  if (!found) throw feedbackNotFound(code);
  const calendar = await calendarOf(ctx, found.f);
  return change(ctx, code, officer(actor, 'feedback.approve'), 'da_tra_loi', async (tx, d, now) => {
    const publishBy = publishDeadline(now, calendar);
    const previous = (await repo.eventsOf(tx, d.f.id)).filter((e) => e.kind === 'approved').length;
    await setItem(tx, d, now, {
      status: 'da_tra_loi',
      answeredAt: now,
      approvedBy: actor.kind === 'user' ? actor.userId : null,
      publishBy,
      rating: null,
      ratingReason: null,
    });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'approved',
      from: 'cho_duyet',
      to: 'da_tra_loi',
      at: now,
      data: {
        onTime: !lateBy(now, d.f.answerBy),
        answerBy: d.f.answerBy.toISOString(),
        publishBy: publishBy.toISOString(),
        round: previous + 1,
      },
    });
    const key = `answer:${previous + 1}`;
    await notifyReporter(
      tx,
      { ...d.f, unitName: d.unitName },
      'feedback.answered',
      { url: await reporterLink(tx, options.baseUrl, code) },
      now,
      key,
    );
    const merged = await tx.select().from(feedbackItems).where(eq(feedbackItems.mergedIntoId, d.f.id));
    // The reporters of merged duplicates get the answer on their own tracking page.
    for (const m of merged) {
      await notifyReporter(
        tx,
        { ...m, unitName: d.unitName },
        'feedback.answered',
        { url: await reporterLink(tx, options.baseUrl, m.code) },
        now,
        `${code}:${key}`,
      );
    }
  });
}

/** A leader sends the draft back to the handler with a reason. */
export async function returnDraft(ctx: AppContext, actor: Actor, code: string, reason: string) {
  const text = needText(reason, 'reason');
  return change(ctx, code, officer(actor, 'feedback.approve'), 'dang_xu_ly', async (tx, d, now) => {
    await setItem(tx, d, now, { status: 'dang_xu_ly' });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'draft_returned',
      from: 'cho_duyet',
      to: 'dang_xu_ly',
      at: now,
      data: { reason: text },
    });
  });
}

/** Publish the approved answer on /phan-anh (≤ 2 working days after it; later is logged as late). */
export async function publish(ctx: AppContext, actor: Actor, code: string) {
  return change(ctx, code, officer(actor, 'feedback.handle'), 'da_cong_khai', async (tx, d, now) => {
    await setItem(tx, d, now, { status: 'da_cong_khai', publishedAt: now });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'published',
      from: 'da_tra_loi',
      to: 'da_cong_khai',
      at: now,
      data: { late: d.f.publishBy ? lateBy(now, d.f.publishBy) : false },
    });
  });
}

async function reopenIn(
  tx: AppContext['db'],
  stepActor: Actor,
  d: repo.LoadedItem,
  now: Date,
  calendar: WorkCalendar,
  data: Record<string, unknown>,
) {
  const answerBy = reopenedAnswerDeadline(now, calendar);
  await setItem(tx, d, now, { status: 'dang_xu_ly', reopenedCount: d.f.reopenedCount + 1, answerBy });
  await recordStep(tx, stepActor, {
    itemId: d.f.id,
    code: d.f.code,
    unitId: d.f.unitId,
    kind: 'reopened',
    from: d.f.status as FeedbackStatus,
    to: 'dang_xu_ly',
    at: now,
    data: { ...data, oldAnswerBy: d.f.answerBy.toISOString(), answerBy: answerBy.toISOString() },
  });
}

/** A review reopens an answered item (a leader, on a complaint or an inspection). */
export async function reopen(ctx: AppContext, actor: Actor, code: string, reason: string) {
  const text = needText(reason, 'reason');
  const found = await repo.findByCode(ctx.db, code);
  if (!found) throw feedbackNotFound(code);
  const calendar = await calendarOf(ctx, found.f);
  return change(ctx, code, officer(actor, 'feedback.approve'), 'dang_xu_ly', async (tx, d, now) => {
    if (!isRateable(d.f.status as FeedbackStatus)) {
      throw new AppError('FEEDBACK_STATE', 'Chỉ mở lại được phản ánh đã trả lời.');
    }
    await reopenIn(tx, actor, d, now, calendar, { reason: text, by: 'review' });
  });
}

/** Assign a handler: a user who sees the item's unit. */
export async function assign(ctx: AppContext, actor: Actor, code: string, username: string) {
  const user = await repo.userByUsername(ctx.db, username);
  if (!user?.active) throw new AppError('USER_NOT_FOUND', `Không có cán bộ "${username}".`);
  return change(ctx, code, officer(actor, 'feedback.handle'), null, async (tx, d, now) => {
    if (!d.unitPath.startsWith(user.unitPath)) {
      throw invalid('username', 'Cán bộ không thuộc đơn vị đang giữ phản ánh');
    }
    await setItem(tx, d, now, { handlerId: user.id });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'assigned',
      at: now,
      data: { handler: username },
    });
  });
}

/**
 * Merge a duplicate into the item it repeats: the duplicate is closed (tu_choi, "trùng nội dung")
 * and points to the other, which counts it; its reporter is told when the other is answered.
 */
export async function merge(ctx: AppContext, actor: Actor, code: string, intoCode: string) {
  if (code === intoCode) throw invalid('into', 'Không gộp một phản ánh vào chính nó');
  return change(ctx, code, officer(actor, 'feedback.handle'), 'tu_choi', async (tx, d, now) => {
    if (isClosed(d.f.status as FeedbackStatus) || d.f.mergedIntoId !== null) {
      throw new AppError('FEEDBACK_STATE', 'Phản ánh đã kết thúc, không gộp được.');
    }
    const into = await repo.findByCode(tx, intoCode, true);
    if (!into) throw feedbackNotFound(intoCode);
    authorize(actor, 'feedback.handle', { path: into.unitPath });
    if (into.f.mergedIntoId !== null || into.f.status === 'tu_choi') {
      throw new AppError('FEEDBACK_STATE', `Phản ánh "${intoCode}" đã đóng hoặc đã được gộp.`);
    }
    await setItem(tx, d, now, { status: 'tu_choi', mergedIntoId: into.f.id });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'merged',
      from: d.f.status as FeedbackStatus,
      to: 'tu_choi',
      at: now,
      data: { into: intoCode, reason: `Trùng nội dung với phản ánh ${intoCode}` },
    });
    await recordStep(tx, actor, {
      itemId: into.f.id,
      code: intoCode,
      unitId: into.f.unitId,
      kind: 'duplicate_linked',
      at: now,
      data: { duplicate: code },
    });
  });
}

/**
 * Name the officer a complaint is about; verification comes after. The complaint lands on that
 * officer's record, so only an officer of the item's own unit or of a unit above it can be named.
 * The name is looked up only once the actor may handle the item, and a username of another unit
 * gets the very answer an unknown one gets: nobody learns other units' usernames here.
 */
export async function nameOfficer(ctx: AppContext, actor: Actor, code: string, username: string | null) {
  return change(ctx, code, officer(actor, 'feedback.handle'), null, async (tx, d, now) => {
    const user = username ? await repo.userByUsername(tx, username.trim().toLowerCase()) : null;
    if (username && (!user || !d.unitPath.startsWith(user.unitPath))) {
      throw new AppError(
        'USER_NOT_FOUND',
        'Không có cán bộ này ở đơn vị xử lý phản ánh hoặc đơn vị cấp trên.',
        { field: 'username' },
      );
    }
    await setItem(tx, d, now, { officerId: user?.id ?? null, officerVerified: false });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'officer_named',
      at: now,
      data: { officer: username },
    });
  });
}

/**
 * Verify (or withdraw the verification of) the complaint about the named officer: by a leader of
 * that officer's own unit or of a unit above it (who answers for the officer), never by the officer.
 */
export async function verifyOfficer(
  ctx: AppContext,
  actor: Actor,
  code: string,
  verified: boolean,
  note?: string,
) {
  return change(ctx, code, officer(actor, 'feedback.handle'), null, async (tx, d, now) => {
    if (d.f.officerId === null) throw new AppError('FEEDBACK_STATE', 'Phản ánh chưa nêu tên cán bộ nào.');
    if (actor.kind === 'user' && actor.userId === d.f.officerId) {
      throw new AppError('FORBIDDEN', 'Cán bộ bị phản ánh không tự xác minh phản ánh về mình.');
    }
    const named = await repo.userById(tx, d.f.officerId);
    if (!named || !can(actor, 'feedback.approve') || !isInside(actor, named.unitPath)) {
      throw new AppError(
        'FORBIDDEN',
        'Chỉ lãnh đạo đơn vị của cán bộ bị phản ánh (hoặc đơn vị cấp trên) mới xác minh được phản ánh này.',
        { permission: 'feedback.approve' },
      );
    }
    await setItem(tx, d, now, { officerVerified: verified });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: verified ? 'officer_verified' : 'officer_unverified',
      at: now,
      data: note ? { note } : {},
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The reporter's side, by the tracking token.

export function tokenMatches(secret: string, d: repo.FeedbackRow, token: string | undefined): boolean {
  if (!token) return false;
  const a = Buffer.from(trackingHash(secret, d.code, token));
  const b = Buffer.from(d.trackingHash);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function tokenInvalid(): AppError {
  return new AppError(
    'FEEDBACK_TOKEN_INVALID',
    'Đường dẫn theo dõi không đúng. Hãy mở lại đường dẫn nhận được khi gửi phản ánh.',
  );
}

function byToken(secret: string, token: string | undefined): Guard {
  return (d) => {
    if (!tokenMatches(secret, d.f, token)) throw tokenInvalid();
  };
}

const CITIZEN = systemActor('citizen');

/**
 * The reporter rates the answer once per answer. "Not satisfied" needs a reason and reopens the
 * item (dang_xu_ly, a new 15-working-day answer deadline, reopened_count + 1).
 */
export async function rate(
  ctx: AppContext,
  code: string,
  token: string | undefined,
  input: { rating: 'satisfied' | 'dissatisfied'; reason?: string },
) {
  const found = await repo.findByCode(ctx.db, code);
  if (!found || !tokenMatches(ctx.secret, found.f, token)) throw tokenInvalid();
  const reason = input.reason?.trim() ?? '';
  if (input.rating === 'dissatisfied' && [...reason].length < 5) {
    throw invalid('reason', 'Hãy cho biết vì sao chưa hài lòng (ít nhất 5 ký tự)');
  }
  const calendar = await calendarOf(ctx, found.f);
  return change(ctx, code, byToken(ctx.secret, token), null, async (tx, d, now) => {
    const status = d.f.status as FeedbackStatus;
    if (!isRateable(status)) {
      throw new AppError('FEEDBACK_STATE', 'Phản ánh chưa có câu trả lời để đánh giá.', { status });
    }
    if (d.f.rating)
      throw new AppError('FEEDBACK_ALREADY_RATED', 'Câu trả lời này đã được đánh giá. Cảm ơn ông/bà.');
    await setItem(tx, d, now, { rating: input.rating, ratingReason: reason || null });
    await recordStep(tx, CITIZEN, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'rated',
      at: now,
      data: { rating: input.rating, ...(reason ? { reason } : {}) },
    });
    if (input.rating === 'dissatisfied') {
      await reopenIn(tx, CITIZEN, { ...d, f: { ...d.f, rating: input.rating } }, now, calendar, {
        reason,
        by: 'rating',
      });
    }
    return { rating: input.rating, reopened: input.rating === 'dissatisfied' };
  });
}

/** The reporter answers a request for more information from the tracking page. */
export async function reporterInfo(ctx: AppContext, code: string, token: string | undefined, text: string) {
  // A code that does not exist answers as a wrong token does: the public link is no existence oracle.
  const found = await repo.findByCode(ctx.db, code);
  if (!found || !tokenMatches(ctx.secret, found.f, token)) throw tokenInvalid();
  return infoArrived(ctx, byToken(ctx.secret, token), CITIZEN, code, needText(text, 'text'));
}
