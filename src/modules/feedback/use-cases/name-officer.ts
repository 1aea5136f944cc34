import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { findUserByUsername } from '../../accounts/accounts.repo.ts';
import * as errors from '../feedback.errors.ts';
import { recordStep } from '../feedback-events.ts';
import { change, officer, setItem } from './step.ts';

/**
 * Name the officer a complaint is about; verification comes after. The complaint lands on that
 * officer's record, so only an officer of the item's own unit or of a unit above it can be named.
 * The name is looked up only once the actor may handle the item, and a username of another unit
 * gets the very answer an unknown one gets: nobody learns other units' usernames here.
 */
export async function nameOfficer(ctx: AppContext, actor: Actor, code: string, username: string | null) {
  return change(ctx, code, officer(actor, 'feedback.handle'), null, async (tx, d, now) => {
    const user = username ? await findUserByUsername(tx, username.trim().toLowerCase()) : null;
    if (username && (!user || !d.unitPath.startsWith(user.unitPath))) {
      throw errors.namedOfficerNotFound();
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
