import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { findUserByUsername } from '../../accounts/accounts.repo.ts';
import * as errors from '../feedback.errors.ts';
import { recordStep } from '../feedback-events.ts';
import { change, officer, setItem } from './step.ts';

/** Assign a handler: a user who sees the item's unit. */
export async function assign(ctx: AppContext, actor: Actor, code: string, username: string) {
  const user = await findUserByUsername(ctx.db, username);
  if (!user?.active) throw errors.officerNotFound(username);
  return change(ctx, code, officer(actor, 'feedback.handle'), null, async (tx, d, now) => {
    if (!d.unitPath.startsWith(user.unitPath)) {
      throw errors.invalid('username', 'Cán bộ không thuộc đơn vị đang giữ phản ánh');
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
