import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordSlip, recordStep } from '../dossier-events.ts';
import { STATUS, type Status } from '../dossier-status.ts';
import { refusalNeedsLegalBasis } from '../dossiers.errors.ts';
import * as repo from '../dossiers.repo.ts';
import { change, setStatus } from './step.ts';

/** Refuse in writing, with a reason and a legal basis (seed 001): Mẫu 03. */
export async function refuse(
  ctx: AppContext,
  actor: Actor,
  code: string,
  input: { reason: string; legalBasis: string },
) {
  if (input.reason.trim().length < 3 || input.legalBasis.trim().length < 5) {
    throw refusalNeedsLegalBasis(input.reason.trim().length < 3 ? 'reason' : 'legalBasis');
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
