import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { type Actor, actorLabel } from '../../../access/actor.ts';
import { authorize, isTopLevel, scopePrefix } from '../../../access/permissions.ts';
import { surveyTargets, units } from '../../../db/schema/index.ts';
import type { AppContext } from '../../../lib/context.ts';
import { AppError } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { requireUnit } from '../../units/units.service.ts';
import { getQuestionnaire } from '../questionnaires/questionnaires.service.ts';
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
  if ((input.peerGroup === undefined) === (input.unitCode === undefined)) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Chỉ tiêu áp dụng cho một nhóm đơn vị hoặc một đơn vị, không cả hai.',
      {
        fields: [{ field: 'peerGroup', message: 'Chọn nhóm đơn vị hoặc đơn vị' }],
      },
    );
  }
  if (input.peerGroup !== undefined && !isTopLevel(actor)) {
    throw new AppError('FORBIDDEN', 'Chỉ cấp tỉnh đặt chỉ tiêu cho cả nhóm đơn vị.');
  }
  const unit = input.unitCode ? await requireUnit(ctx, actor, input.unitCode, 'surveys.manage') : null;
  const version = await getQuestionnaire(ctx, input.questionnaire);
  const period = requirePeriod(input.period).label;
  const criterion = input.criterion;
  if (criterion !== null && criterion !== '*' && !version.compiled.criterionCodes.includes(criterion)) {
    throw new AppError('VALIDATION_FAILED', `Phiếu ${version.code} không có tiêu chí "${criterion}".`, {
      fields: [{ field: 'criterion', message: `Không có tiêu chí "${criterion}"` }],
    });
  }
  const same: SQL | undefined = and(
    eq(surveyTargets.questionnaireCode, version.code),
    eq(surveyTargets.period, period),
    unit ? eq(surveyTargets.unitId, unit.id) : eq(surveyTargets.peerGroup, input.peerGroup!),
    criterion === null ? isNull(surveyTargets.criterionCode) : eq(surveyTargets.criterionCode, criterion),
  );
  await ctx.db.transaction(async (tx) => {
    await tx.delete(surveyTargets).where(same);
    if (input.value !== null) {
      await tx.insert(surveyTargets).values({
        questionnaireCode: version.code,
        period,
        peerGroup: unit ? null : input.peerGroup!,
        unitId: unit?.id ?? null,
        criterionCode: criterion,
        value: input.value,
        setBy: actorLabel(actor),
        setAt: ctx.now(),
      });
    }
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
  const rows = await ctx.db
    .select({
      peerGroup: surveyTargets.peerGroup,
      unitCode: units.code,
      unitPath: units.path,
      criterion: surveyTargets.criterionCode,
      value: surveyTargets.value,
      setBy: surveyTargets.setBy,
      setAt: surveyTargets.setAt,
    })
    .from(surveyTargets)
    .leftJoin(units, eq(units.id, surveyTargets.unitId))
    .where(
      and(
        eq(surveyTargets.questionnaireCode, questionnaireCode),
        eq(surveyTargets.period, requirePeriod(period).label),
      ),
    );
  return rows
    .filter((r) => r.unitPath === null || r.unitPath.startsWith(prefix))
    .map(({ unitPath: _path, setAt, ...r }) => ({ ...r, setAt: setAt.toISOString() }));
}
