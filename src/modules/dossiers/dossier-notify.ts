import type { Db } from '../../db/client.ts';
import type { AppContext } from '../../lib/context.ts';
import { enqueue } from '../../messaging/outbox.ts';
import type { TemplateName } from '../../messaging/templates.ts';
import * as repo from './dossiers.repo.ts';
import { lookupUrl, publicBase } from './links.ts';

/**
 * Queue a message to the applicant about their dossier, in the same transaction as the step, and
 * only when they consented to be contacted (NĐ 13/2023): by email and by SMS when each is known.
 * `key` makes a repeated step (a second apology) a distinct message; the same step is queued once.
 */
export async function notifyApplicant(
  tx: Db,
  ctx: Pick<AppContext, 'publicUrl' | 'secret'>,
  d: repo.DossierRow & { unitName?: string },
  template: TemplateName,
  extra: Record<string, unknown>,
  now: Date,
  key = '',
): Promise<void> {
  if (!d.contactConsent || (!d.applicantEmail && !d.applicantPhone)) return;
  const procedure = (await repo.procedureById(tx, d.procedureId))!;
  const payload = {
    name: d.applicantName.slice(0, 100),
    unitName: d.unitName,
    code: d.code,
    procedure: procedure.name,
    lookupUrl: lookupUrl(publicBase(ctx), ctx.secret, d.code),
    ...extra,
  };
  const dedupeKey = `${template}:${d.code}${key ? `:${key}` : ''}`;
  if (d.applicantEmail)
    await enqueue(tx, { channel: 'email', recipient: d.applicantEmail, template, payload, dedupeKey }, now);
  if (d.applicantPhone)
    await enqueue(tx, { channel: 'sms', recipient: d.applicantPhone, template, payload, dedupeKey }, now);
}
