import type { Actor } from '../../../access/actor.ts';
import { can } from '../../../access/permissions.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordSlip, recordStep } from '../dossier-events.ts';
import { notifyApplicant } from '../dossier-notify.ts';
import { STATUS, type Status } from '../dossier-status.ts';
import {
  secondSupplementForbidden,
  supplementAlreadyRequested,
  supplementIncomplete,
} from '../dossiers.errors.ts';
import * as repo from '../dossiers.repo.ts';
import { change, setStatus } from './step.ts';

export interface SupplementRequest {
  missing: string[];
  reason: string;
  contactOfficer?: string;
  /** A leader's written reason to ask a second time; the second request still counts as a violation. */
  overrideReason?: string;
}

/** Ask the citizen for supplements: at most once per dossier (seed 002); pauses the clock. */
export async function requestSupplement(
  ctx: AppContext,
  actor: Actor,
  code: string,
  input: SupplementRequest,
) {
  if (input.missing.length === 0 || input.reason.trim().length < 3) {
    throw supplementIncomplete(input.missing.length === 0 ? 'missing' : 'reason');
  }
  return change(ctx, actor, code, STATUS.SUPPLEMENT, async (tx, d, now) => {
    const second = d.d.supplementRequests >= 1;
    if (second) {
      if (!input.overrideReason || input.overrideReason.trim().length < 10) {
        throw supplementAlreadyRequested();
      }
      if (!can(actor, 'dossiers.override')) {
        throw secondSupplementForbidden();
      }
      await repo.insertViolation(tx, {
        unitId: d.d.unitId,
        officerId: d.d.handledBy,
        dossierId: d.d.id,
        kind: 'SECOND_SUPPLEMENT',
        at: now,
        note: input.overrideReason.trim(),
      });
    }
    await setStatus(tx, d, STATUS.SUPPLEMENT, now, {
      supplementRequests: d.d.supplementRequests + 1,
      pausedSince: now,
    });
    const data = {
      missing: input.missing,
      reason: input.reason,
      override: second ? input.overrideReason : undefined,
    };
    await recordStep(tx, actor, {
      dossierId: d.d.id,
      code,
      unitId: d.d.unitId,
      kind: 'supplement_requested',
      from: d.d.status as Status,
      to: STATUS.SUPPLEMENT,
      at: now,
      data,
    });
    await recordSlip(tx, actor, {
      dossierId: d.d.id,
      form: '02',
      at: now,
      content: { ...data, contactOfficer: input.contactOfficer ?? null, dueAt: d.d.dueAt.toISOString() },
    });
    await notifyApplicant(
      tx,
      ctx,
      { ...d.d, unitName: d.unitName },
      'dossier.supplement',
      { missing: input.missing, reason: input.reason },
      now,
      `supplement:${d.d.supplementRequests + 1}`,
    );
  });
}
