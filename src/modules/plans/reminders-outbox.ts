import { systemActor } from '../../access/actor.ts';
import type { AppContext } from '../../lib/context.ts';
import { enqueue } from '../../messaging/outbox.ts';
import { publicBase } from '../dossiers/links.ts';
import * as unitsRepo from '../units/units.repo.ts';
import * as repo from './plans.repo.ts';
import { planReminders } from './use-cases/plan-reminders.ts';

/** Who is reminded about a unit's plan: its leaders and specialists that have a work email. */
const REMINDED_ROLES = ['leader', 'specialist'];

/**
 * Queue the plan reminders (overdue tasks, recurring tasks not reported in their period) as email
 * through the outbox. Each (task, kind, due moment, person) is queued once, so running this every
 * hour sends one reminder per missed deadline or period, not one per run. Returns how many were
 * queued now.
 */
export async function queuePlanReminders(ctx: AppContext): Promise<number> {
  const { reminders } = await planReminders(ctx, systemActor('plan-reminders'));
  if (reminders.length === 0) return 0;
  const unitCodes = [...new Set(reminders.map((r) => r.unitCode))];
  const codeOf = new Map((await unitsRepo.findByCodes(ctx.db, unitCodes)).map((u) => [u.id, u.code]));
  const people = (await repo.remindedUsers(ctx.db, [...codeOf.keys()], REMINDED_ROLES)).map((p) => ({
    ...p,
    unitCode: p.unitId === null ? undefined : codeOf.get(p.unitId),
  }));
  const now = ctx.now();
  let queued = 0;
  await ctx.db.transaction(async (tx) => {
    for (const r of reminders) {
      for (const person of people.filter((p) => p.unitCode === r.unitCode)) {
        const added = await enqueue(
          tx,
          {
            channel: 'email',
            recipient: person.email!,
            template: 'plan.task_reminder',
            payload: {
              name: person.name.slice(0, 100),
              unitName: r.unitName,
              plan: r.planTitle.slice(0, 300),
              task: r.task.slice(0, 1000),
              reminder: r.message.slice(0, 300),
              url: `${publicBase(ctx)}/ke-hoach/${r.planId}`,
            },
            dedupeKey: `plan-reminder:${r.taskId}:${r.kind}:${r.dueBy}:${person.id}`,
          },
          now,
        );
        if (added) queued++;
      }
    }
  });
  return queued;
}
