import type { Actor } from '../../../access/actor.ts';
import { authorize } from '../../../access/permissions.ts';
import type { AppContext } from '../../../lib/context.ts';
import { STATUS } from '../dossier-status.ts';
import * as queries from '../dossiers.queries.ts';
import * as repo from '../dossiers.repo.ts';

/** Still running (not waiting for the citizen): the clock counts, so lateness is the desk's. */
const RUNNING = [STATUS.REGISTERED, STATUS.ACCEPTED, STATUS.PROCESSING];

/**
 * A dossier still running past its due moment without an apology counts as a violation (seed 002).
 * Idempotent. The server's background worker runs it every few minutes; the pages that show
 * lateness (warnings, the month's figures, the register) run it first, so what they show as
 * overdue is already in the register.
 */
export async function recordOverdue(ctx: AppContext): Promise<number> {
  return repo.insertOverdueViolations(ctx.db, RUNNING, ctx.now());
}

/** Open dossiers at risk or past their due moment, after recording the overdue ones. */
export async function warningList(ctx: AppContext, actor: Actor, unitCode?: string, withinDays = 1) {
  authorize(actor, 'dossiers.read');
  await recordOverdue(ctx);
  return queries.warningList(ctx, actor, unitCode, withinDays);
}

/** The leader's month, after recording the overdue dossiers. */
export async function dashboard(ctx: AppContext, actor: Actor, unitCode: string | undefined, month: string) {
  authorize(actor, 'dossiers.read');
  await recordOverdue(ctx);
  return queries.dashboard(ctx, actor, unitCode, month);
}

/** The violation register of a month, after recording the overdue dossiers. */
export async function violationRegister(
  ctx: AppContext,
  actor: Actor,
  unitCode: string | undefined,
  month: string,
) {
  authorize(actor, 'dossiers.read');
  await recordOverdue(ctx);
  return queries.violationRegister(ctx, actor, unitCode, month);
}
