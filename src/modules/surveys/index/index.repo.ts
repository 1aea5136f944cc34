import { and, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { surveyTargets, unitSuccessors, units } from '../../../db/schema/index.ts';

/** What the index table needs of a unit: its code, name, peer group and path. */
export interface IndexUnitRow {
  id: number;
  code: string;
  name: string;
  peerGroup: string;
  path: string;
  /** First day of validity (Vietnam date, YYYY-MM-DD). */
  validFrom: string;
}

export function indexUnitsByIds(db: Db, ids: number[]): Promise<IndexUnitRow[]> {
  return db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      peerGroup: units.peerGroup,
      path: units.path,
      validFrom: units.validFrom,
    })
    .from(units)
    .where(inArray(units.id, ids));
}

/** Every successor link by unit code (a few per reorganised unit, so all of them is small). */
export function successionLinks(db: Db): Promise<{ predecessor: string; successor: string }[]> {
  const p = alias(units, 'p');
  const s = alias(units, 's');
  return db
    .select({ predecessor: p.code, successor: s.code })
    .from(unitSuccessors)
    .innerJoin(p, eq(p.id, unitSuccessors.predecessorId))
    .innerJoin(s, eq(s.id, unitSuccessors.successorId));
}

/** Code and name of units by code (the predecessors a history names). */
export function unitNamesByCodes(db: Db, codes: string[]): Promise<{ code: string; name: string }[]> {
  return db.select({ code: units.code, name: units.name }).from(units).where(inArray(units.code, codes));
}

/** Stored targets of a questionnaire code and period (per peer group or unit id). */
export function targetRows(db: Db, questionnaireCode: string, period: string) {
  return db
    .select({
      peerGroup: surveyTargets.peerGroup,
      unitId: surveyTargets.unitId,
      criterion: surveyTargets.criterionCode,
      value: surveyTargets.value,
    })
    .from(surveyTargets)
    .where(and(eq(surveyTargets.questionnaireCode, questionnaireCode), eq(surveyTargets.period, period)));
}

/** The same targets with their unit's code and path and who set them, for the targets list. */
export function targetRowsWithUnits(db: Db, questionnaireCode: string, period: string) {
  return db
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
    .where(and(eq(surveyTargets.questionnaireCode, questionnaireCode), eq(surveyTargets.period, period)));
}

export type TargetWithUnit = Awaited<ReturnType<typeof targetRowsWithUnits>>[number];

export interface TargetKey {
  questionnaireCode: string;
  period: string;
  /** The unit's id, or else the peer group. */
  unitId: number | null;
  peerGroup: string | null;
  criterion: string | null;
}

/** Replaces the target of one key (questionnaire, period, unit or group, criterion); value null removes it. */
export async function replaceTarget(
  tx: Db,
  key: TargetKey,
  value: number | null,
  setBy: string,
  setAt: Date,
): Promise<void> {
  const same: SQL | undefined = and(
    eq(surveyTargets.questionnaireCode, key.questionnaireCode),
    eq(surveyTargets.period, key.period),
    key.unitId !== null ? eq(surveyTargets.unitId, key.unitId) : eq(surveyTargets.peerGroup, key.peerGroup!),
    key.criterion === null
      ? isNull(surveyTargets.criterionCode)
      : eq(surveyTargets.criterionCode, key.criterion),
  );
  await tx.delete(surveyTargets).where(same);
  if (value !== null) {
    await tx.insert(surveyTargets).values({
      questionnaireCode: key.questionnaireCode,
      period: key.period,
      peerGroup: key.unitId !== null ? null : key.peerGroup,
      unitId: key.unitId,
      criterionCode: key.criterion,
      value,
      setBy,
      setAt,
    });
  }
}
