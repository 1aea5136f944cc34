import type { Actor } from '../../../access/actor.ts';
import { can, isInside } from '../../../access/permissions.ts';
import type { AppContext } from '../../../lib/context.ts';
import { findUserById } from '../../accounts/accounts.repo.ts';
import * as errors from '../feedback.errors.ts';
import { recordStep } from '../feedback-events.ts';
import { change, officer, setItem } from './step.ts';

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
    if (d.f.officerId === null) throw errors.feedbackState('Phản ánh chưa nêu tên cán bộ nào.');
    if (actor.kind === 'user' && actor.userId === d.f.officerId) {
      throw errors.noSelfVerification();
    }
    const named = await findUserById(tx, d.f.officerId);
    if (!named || !can(actor, 'feedback.approve') || !isInside(actor, named.unitPath)) {
      throw errors.verifierNotLeader();
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
