import type { Actor } from '../../../access/actor.ts';
import { slipFormOf } from '../../../law/regimes.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordSlip, recordStep } from '../dossier-events.ts';
import { notifyApplicant } from '../dossier-notify.ts';
import { STATUS, type Status } from '../dossier-status.ts';
import { stopNotInRegime } from '../dossiers.errors.ts';
import { change, setStatus } from './step.ts';

/**
 * Dừng giải quyết: a dossier in processing, waiting for a supplement or for a financial obligation
 * is stopped (status 8) with its reason and legal basis, and the applicant gets the notice (TT 03/2025
 * Mẫu số 05). Only under a regime whose data has that notice: NĐ 61's TT 01/2018 has none, and we do
 * not invent one. One transaction: status, timeline, audit, slip and message.
 */
export async function stop(
  ctx: AppContext,
  actor: Actor,
  code: string,
  input: { reason: string; legalBasis: string },
) {
  return change(ctx, actor, code, STATUS.STOPPED, async (tx, d, now) => {
    if (!slipFormOf(d.d.ruleSet, 'stop')) throw stopNotInRegime(d.d.ruleSet);
    await setStatus(tx, d, STATUS.STOPPED, now, { pausedSince: null });
    const data = { reason: input.reason.trim(), legalBasis: input.legalBasis.trim() };
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'stopped',
      from: d.d.status as Status,
      to: STATUS.STOPPED,
      at: now,
      data,
    });
    await recordSlip(tx, actor, { dossierId: d.d.id, form: 'stop', at: now, content: data });
    await notifyApplicant(tx, ctx, { ...d.d, unitName: d.unitName }, 'dossier.stopped', data, now);
  });
}
