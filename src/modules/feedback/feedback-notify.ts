import type { Db } from '../../db/client.ts';
import { enqueue } from '../../messaging/outbox.ts';
import { normalizeEmail, normalizeVnMobile } from '../../messaging/recipients.ts';
import type { TemplateName } from '../../messaging/templates.ts';
import { type FeedbackRow, receptionMessagePayload } from './feedback.repo.ts';
import { trackingUrl } from './feedback-links.ts';

/**
 * Queue a message to the reporter in the step's transaction, only when they consented to be
 * contacted (NĐ 13/2023) and left an address: by e-mail and by SMS when each is known.
 */
export async function notifyReporter(
  tx: Db,
  item: Pick<FeedbackRow, 'code' | 'contactConsent' | 'reporterEmail' | 'reporterPhone' | 'reporterName'> & {
    unitName?: string;
  },
  template: Extract<TemplateName, 'feedback.received' | 'feedback.answered'>,
  extra: Record<string, unknown> & { url: string },
  now: Date,
  key = '',
): Promise<void> {
  if (!item.contactConsent || (!item.reporterEmail && !item.reporterPhone)) return;
  const payload = {
    ...(item.reporterName ? { name: item.reporterName.slice(0, 100) } : {}),
    ...(item.unitName ? { unitName: item.unitName } : {}),
    code: item.code,
    ...extra,
  };
  const dedupeKey = `${template}:${item.code}${key ? `:${key}` : ''}`;
  // A landline (hotline callers) cannot receive an SMS: skip that channel rather than fail the step.
  if (item.reporterEmail && normalizeEmail(item.reporterEmail))
    await enqueue(tx, { channel: 'email', recipient: item.reporterEmail, template, payload, dedupeKey }, now);
  if (item.reporterPhone && normalizeVnMobile(item.reporterPhone))
    await enqueue(tx, { channel: 'sms', recipient: item.reporterPhone, template, payload, dedupeKey }, now);
}

/**
 * The link to send with an answer. The token is never stored raw, but the reporter already has
 * it: it went out in the reception message, whose text the outbox keeps. The answer message
 * repeats that same link, so the reporter can read and rate the answer in one tap; without one
 * (no reception message), the tracking page without a token.
 */
export async function reporterLink(tx: Db, baseUrl: string, code: string): Promise<string> {
  const payload = await receptionMessagePayload(tx, code);
  const url = (payload as { url?: unknown } | undefined)?.url;
  return typeof url === 'string' ? url : trackingUrl(baseUrl, code);
}
