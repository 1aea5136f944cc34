import { type Actor, systemActor } from '../../../access/actor.ts';
import { authorize } from '../../../access/permissions.ts';
import type { AppContext } from '../../../lib/context.ts';
import { vnDate } from '../../../lib/time.ts';
import { findUserById } from '../../accounts/accounts.repo.ts';
import { unitCalendar } from '../../calendar/calendar.service.ts';
import { policyOf } from '../deadline-policies.ts';
import * as errors from '../feedback.errors.ts';
import * as repo from '../feedback.repo.ts';
import { recordStep } from '../feedback-events.ts';
import { newTrackingToken, trackingHash, trackingUrl } from '../feedback-links.ts';
import { notifyReporter } from '../feedback-notify.ts';
import { receptionDeadlines } from '../feedback-status.ts';
import { searchKey } from '../feedback-text.ts';
import { activeCategory, checkPhotos, type PhotoUpload, suggestUnit } from './intake.ts';

export type Channel = 'web' | 'hotline' | 'counter' | 'kiosk' | 'open311';

export const OFFICER_CHANNELS = ['hotline', 'counter', 'kiosk'] as const;

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
    if (!actor) throw errors.signInToReceive();
    authorize(actor, 'feedback.handle');
  }
  const category = await activeCategory(ctx, input.categoryCode);
  const ownUnit = officerChannel && actor?.kind === 'user' ? actor.unitId : undefined;
  const unit = await suggestUnit(ctx, category, input.address, input.unitCode, ownUnit);
  if (officerChannel) authorize(actor!, 'feedback.handle', unit);
  const description = input.description.trim();
  if ([...description].length < 10) throw errors.invalid('description', 'Cần ít nhất 10 ký tự');
  const now = ctx.now();
  let receivedAt = now;
  if (input.channel === 'hotline') {
    if (!input.calledAt) throw errors.invalid('calledAt', 'Cần thời điểm cuộc gọi');
    if (input.calledAt.getTime() > now.getTime() + 60_000)
      throw errors.invalid('calledAt', 'Không được sau hiện tại');
    receivedAt = input.calledAt;
  }
  const photos = await checkPhotos(input.photos ?? []);
  const consent = input.contactConsent === true;
  const reporter = consent ? (input.reporter ?? {}) : {};
  const { calendar, version } = await unitCalendar(ctx, unit.id);
  // The category's policy today, stored on the item: a later change of the category never rewrites it.
  const policy = policyOf(category.c.deadlinePolicy);
  const deadlines = receptionDeadlines(receivedAt, calendar, policy.steps);
  const handler = category.c.defaultHandlerId
    ? ((await findUserById(ctx.db, category.c.defaultHandlerId)) ?? null)
    : null;
  const handlerId = handler?.active && unit.path.startsWith(handler.unitPath) ? handler.id : null;
  const token = newTrackingToken();
  const stepActor = actor ?? systemActor(input.channel === 'open311' ? 'open311' : 'public-web');

  const item = await ctx.db.transaction(async (tx) => {
    const code = feedbackCode(receivedAt, await repo.nextSequence(tx, vnDate(receivedAt)));
    const f = await repo.insertItem(tx, {
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
      deadlinePolicy: policy.code,
      ...deadlines,
      trackingHash: trackingHash(ctx.secret, code, token),
      apiTokenId: input.apiTokenId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    for (const p of photos)
      await repo.insertPhoto(tx, { itemId: f.id, mime: p.mime, bytes: p.bytes, createdAt: now });
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
        deadlinePolicy: policy.code,
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
