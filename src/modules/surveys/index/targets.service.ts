import { type Actor, actorLabel } from '../../../access/actor.ts';
import { authorize, isTopLevel, scopePrefix } from '../../../access/permissions.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { requireUnit } from '../../units/units.service.ts';
import { getQuestionnaire } from '../questionnaires/questionnaires.service.ts';
import { criterionUnknown, groupTargetTopOnly, targetForBoth } from './index.errors.ts';
import { presentTarget } from './index.present.ts';
import { replaceTarget, targetRowsWithUnits } from './index.repo.ts';
import { requirePeriod } from './index.service.ts';

/**
 * Targets (chỉ tiêu), e.g. 83 %: for a questionnaire code and a period, per peer group (set at the
 * top of the tree) or per unit (a unit's own target wins). `criterion`: a criterion code, null for
 * the overall index, or '*' for the overall index and every criterion.
 */
export interface TargetInput {
  questionnaire: string;
  period: string;
  peerGroup?: string;
  unitCode?: string;
  criterion: string | null;
  /** Percent 0–100; null removes the target. */
  value: number | null;
}

export async function setTarget(ctx: AppContext, actor: Actor, input: TargetInput) {
  authorize(actor, 'surveys.manage');
  if ((input.peerGroup === undefined) === (input.unitCode === undefined)) throw targetForBoth();
  if (input.peerGroup !== undefined && !isTopLevel(actor)) throw groupTargetTopOnly();
  const unit = input.unitCode ? await requireUnit(ctx, actor, input.unitCode, 'surveys.manage') : null;
  const version = await getQuestionnaire(ctx, input.questionnaire);
  const period = requirePeriod(input.period).label;
  const criterion = input.criterion;
  if (criterion !== null && criterion !== '*' && !version.compiled.criterionCodes.includes(criterion)) {
    throw criterionUnknown(version.code, criterion);
  }
  await ctx.db.transaction(async (tx) => {
    await replaceTarget(
      tx,
      {
        questionnaireCode: version.code,
        period,
        unitId: unit?.id ?? null,
        peerGroup: unit ? null : input.peerGroup!,
        criterion,
      },
      input.value,
      actorLabel(actor),
      ctx.now(),
    );
    await recordAudit(
      tx,
      actor,
      {
        action: 'target.set',
        entityType: 'target',
        entityId: `${version.code}/${period}/${unit?.code ?? input.peerGroup}/${criterion ?? 'overall'}`,
        unitId: unit?.id ?? null,
        data: { value: input.value },
      },
      ctx.now(),
    );
  });
  return listTargets(ctx, actor, version.code, period);
}

export async function listTargets(ctx: AppContext, actor: Actor, questionnaireCode: string, period: string) {
  authorize(actor, 'surveys.read');
  const prefix = scopePrefix(actor);
  const rows = await targetRowsWithUnits(ctx.db, questionnaireCode, requirePeriod(period).label);
  return rows.filter((r) => r.unitPath === null || r.unitPath.startsWith(prefix)).map(presentTarget);
}
