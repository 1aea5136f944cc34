import type { Actor } from '../../../access/actor.ts';
import { refusalOf, slipFormOf } from '../../../law/regimes.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordSlip, recordStep } from '../dossier-events.ts';
import { canMove, STATUS, STATUS_NAMES, type Status } from '../dossier-status.ts';
import { cannotMove, refusalNeedsLegalBasis, refusalNotInRegime } from '../dossiers.errors.ts';
import { change, setStatus } from './step.ts';

/**
 * Refuse in writing, with a reason and a legal basis (seed 001), as the dossier's regime says
 * (data/regimes, `refusals`): at reception (Mới đăng ký, Được tiếp nhận → Không được tiếp nhận) on
 * the regime's Mẫu số 03; in processing under NĐ 61 a written answer returning the dossier (→ Dừng xử
 * lý; TT 01/2018 has no form for it); under NĐ 118 a dossier in processing is not refused but stopped
 * (TT 03/2025 Mẫu số 05), so refusing it answers 409 REFUSAL_NOT_IN_REGIME. The slip record keeps the
 * stage, so the paper prints that stage's heading and words.
 */
export async function refuse(
  ctx: AppContext,
  actor: Actor,
  code: string,
  input: { reason: string; legalBasis: string },
) {
  if (input.reason.trim().length < 3 || input.legalBasis.trim().length < 5) {
    throw refusalNeedsLegalBasis(input.reason.trim().length < 3 ? 'reason' : 'legalBasis');
  }
  return change(ctx, actor, code, null, async (tx, d, now) => {
    const from = d.d.status as Status;
    const rule = refusalOf(d.d.ruleSet, from);
    if (!rule) {
      // A closed dossier cannot be refused under any regime: the status machine's answer.
      if (!canMove(from, STATUS.NOT_ACCEPTED) && !canMove(from, STATUS.STOPPED))
        throw cannotMove(from, STATUS.STOPPED);
      throw refusalNotInRegime(
        d.d.ruleSet,
        from,
        STATUS_NAMES[from],
        slipFormOf(d.d.ruleSet, 'stop') && canMove(from, STATUS.STOPPED) ? 'stop' : null,
      );
    }
    const to = rule.toStatus as Status;
    if (!canMove(from, to)) throw cannotMove(from, to);
    await setStatus(tx, d, to, now, { pausedSince: null });
    const data = { reason: input.reason.trim(), legalBasis: input.legalBasis.trim(), stage: rule.stage };
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'refused',
      from,
      to,
      at: now,
      data,
    });
    await recordSlip(tx, actor, { dossierId: d.d.id, form: '03', at: now, content: data });
  });
}
