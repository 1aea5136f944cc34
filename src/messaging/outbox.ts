import type { z } from 'zod';
import type { Db } from '../db/client.ts';
import {
  invalidPayload,
  invalidRecipient,
  missingDedupeKey,
  unknownChannel,
  unknownTemplate,
} from './notifications.errors.ts';
import { insertMessage } from './outbox.repo.ts';
import { normalizeRecipient } from './recipients.ts';
import { CHANNELS, type Channel } from './sender.ts';
import { isTemplateName, PAYLOAD_SCHEMAS, type TemplateName } from './templates.ts';

export interface NewMessage {
  channel: Channel;
  recipient: string;
  template: TemplateName;
  payload: Record<string, unknown>;
  /** Same (channel, key) → queued once, e.g. `received:<dossier code>`. */
  dedupeKey: string;
}

/**
 * Queue a message in the caller's transaction, so it is sent if and only if the change that caused
 * it commits. The recipient is checked and normalised (84xxxxxxxxx for SMS and Zalo) and the
 * payload checked against its template first: a bad message throws VALIDATION_FAILED and writes
 * nothing. Returns false when the same (channel, dedupeKey) was already queued.
 */
export async function enqueue(tx: Db, msg: NewMessage, now: Date): Promise<boolean> {
  const checked = checkMessage(msg);
  return insertMessage(tx, {
    channel: checked.channel,
    recipient: checked.recipient,
    template: checked.template,
    payload: checked.payload,
    dedupeKey: checked.dedupeKey,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
  });
}

/** The validation enqueue does, without writing: throws VALIDATION_FAILED naming the field. */
export function checkMessage(msg: NewMessage): NewMessage {
  if (!(CHANNELS as readonly string[]).includes(msg.channel)) throw unknownChannel(msg.channel);
  if (!isTemplateName(msg.template)) throw unknownTemplate(msg.template);
  const recipient = normalizeRecipient(msg.channel, msg.recipient);
  if (!recipient) throw invalidRecipient(msg.channel, msg.recipient);
  const dedupeKey = msg.dedupeKey.trim();
  if (!dedupeKey) throw missingDedupeKey();
  const parsed = PAYLOAD_SCHEMAS[msg.template].safeParse(msg.payload);
  if (!parsed.success) throw invalidPayload(msg.template, parsed.error as z.ZodError);
  return { ...msg, recipient, dedupeKey, payload: parsed.data as Record<string, unknown> };
}
