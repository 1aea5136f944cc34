import { timingSafeEqual } from 'node:crypto';
import { type Actor, systemActor } from '../../../access/actor.ts';
import { authorize } from '../../../access/permissions.ts';
import type { Permission } from '../../../access/roles.ts';
import type { WorkCalendar } from '../../../calendar/index.ts';
import type { AppContext } from '../../../lib/context.ts';
import { calendarByVersion, unitCalendar } from '../../calendar/calendar.service.ts';
import * as errors from '../feedback.errors.ts';
import * as repo from '../feedback.repo.ts';
import { trackingHash } from '../feedback-links.ts';
import { canMove, type FeedbackStatus } from '../feedback-status.ts';

/** What every action on an item shares: the guard, the locked load, the checked move, the item write. */

export type Guard = (d: repo.LoadedItem) => void;

/** An officer's action: the permission, and the item inside the actor's subtree. */
export function officer(actor: Actor, permission: Permission): Guard {
  authorize(actor, permission);
  return (d) => authorize(actor, permission, { path: d.unitPath });
}

export async function change<T>(
  ctx: AppContext,
  code: string,
  guard: Guard,
  to: FeedbackStatus | null,
  fn: (tx: AppContext['db'], d: repo.LoadedItem, now: Date) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const d = await repo.findByCode(tx, code, true);
    if (!d) throw errors.feedbackNotFound(code);
    guard(d);
    const from = d.f.status as FeedbackStatus;
    if (to !== null && !canMove(from, to)) {
      throw errors.cannotMove(from, to);
    }
    return fn(tx, d, ctx.now());
  });
}

export async function setItem(
  tx: AppContext['db'],
  d: repo.LoadedItem,
  now: Date,
  patch: Partial<repo.FeedbackRow>,
) {
  await repo.updateItem(tx, d.f.id, { ...patch, updatedAt: now });
}

export async function calendarOf(ctx: AppContext, d: repo.FeedbackRow): Promise<WorkCalendar> {
  return (await calendarByVersion(ctx.db, d.calendarVersion)) ?? (await unitCalendar(ctx, d.unitId)).calendar;
}

export function needText(value: string | undefined, field: string, min = 5): string {
  const text = value?.trim() ?? '';
  if ([...text].length < min) throw errors.invalid(field, `Cần ít nhất ${min} ký tự`);
  return text;
}

export const lateBy = (now: Date, by: Date) => now.getTime() > by.getTime();

export function tokenMatches(secret: string, d: repo.FeedbackRow, token: string | undefined): boolean {
  if (!token) return false;
  const a = Buffer.from(trackingHash(secret, d.code, token));
  const b = Buffer.from(d.trackingHash);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function byToken(secret: string, token: string | undefined): Guard {
  return (d) => {
    if (!tokenMatches(secret, d.f, token)) throw errors.tokenInvalid();
  };
}

export const CITIZEN = systemActor('citizen');
