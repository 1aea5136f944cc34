import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { vnDate } from '../../../lib/time.ts';
import { presentReminder } from '../plans.present.ts';
import * as repo from '../plans.repo.ts';
import { prefixFor, summaries } from './plan-access.ts';

/**
 * Reminders of the issued plans of a subtree: overdue tasks and recurring tasks without an update
 * in their period. The server queues them by email to the unit's leaders and specialists that have
 * a work email (reminders-outbox.ts); this list is what the plan pages show.
 */
export async function planReminders(ctx: AppContext, actor: Actor, unitCode?: string) {
  const prefix = await prefixFor(ctx, actor, unitCode);
  const all = await summaries(ctx, await repo.listPlans(ctx.db, { prefix, status: 'issued' }));
  const today = vnDate(ctx.now());
  const reminders = all.flatMap((s) =>
    s.tasks
      .filter((t) => s.reminders.has(t.id))
      .map((t) => presentReminder(s.row, t, s.reminders.get(t.id)!)),
  );
  reminders.sort((a, b) =>
    a.kind === b.kind ? (a.dueBy < b.dueBy ? -1 : 1) : a.kind === 'overdue' ? -1 : 1,
  );
  return {
    today,
    queued: 0,
    delivery:
      'Nhắc việc được gửi qua email (hộp thư đi) tới lãnh đạo và chuyên viên của đơn vị có khai báo email công vụ, mỗi hạn một lần.',
    reminders,
  };
}
