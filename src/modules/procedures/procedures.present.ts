import { compareVietnamese } from '../../lib/text.ts';
import type {
  DocumentKind,
  FormLink,
  ProcedureLevel,
  RequiredDocument,
  TimeUnit,
} from './import/catalogue.ts';
import type { ImportPlan } from './import/plan.ts';
import type * as repo from './procedures.repo.ts';
import type {
  ImportProceduresResult,
  Procedure,
  ProcedureAdminDetail,
  ProcedureDetail,
  UnitRef,
} from './procedures.schema.ts';
import { processingTimeText } from './time-limit.ts';

export function presentProcedure(row: repo.ProcedureRow): Procedure {
  return {
    code: row.code,
    name: row.name,
    field: row.field,
    level: row.level as ProcedureLevel,
    processingTime: {
      amount: row.processingAmount,
      unit: row.processingUnit as TimeUnit,
      sameDayCutoff: row.sameDayCutoff,
      text: processingTimeText({
        amount: row.processingAmount,
        unit: row.processingUnit,
        sameDayCutoff: row.sameDayCutoff,
      }),
    },
    fees: row.fees,
    documents: (row.documents as RequiredDocument[]).map((d) => ({
      name: d.name,
      kind: d.kind as DocumentKind,
      count: d.count,
    })),
    forms: (row.forms as FormLink[]).map((f) => ({ name: f.name, url: f.url })),
    legalBasis: row.legalBasis,
    demo: row.demo,
  };
}

/** Receiving units by Vietnamese name, then code. */
function presentUnits(units: repo.ReceivingUnit[]): UnitRef[] {
  return [...units]
    .sort((a, b) => compareVietnamese(a.name, b.name) || a.code.localeCompare(b.code))
    .map(({ code, name }) => ({ code, name }));
}

/** The public page of a procedure: only the open units that receive it. */
export function presentPublicProcedure(row: repo.ProcedureRow, units: repo.ReceivingUnit[]): ProcedureDetail {
  return { ...presentProcedure(row), units: presentUnits(units.filter((u) => u.validTo === null)) };
}

/** A procedure for a signed-in user: every receiving unit, whether it is in use, when it changed. */
export function presentProcedureAdmin(
  row: repo.ProcedureRow,
  units: repo.ReceivingUnit[],
): ProcedureAdminDetail {
  return {
    ...presentProcedure(row),
    units: presentUnits(units),
    active: row.active,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentImportResult(plan: ImportPlan): ImportProceduresResult {
  return {
    created: plan.create.length,
    updated: plan.update.length,
    unchanged: plan.unchanged.length,
    createdCodes: plan.create.map((p) => p.code),
    updatedCodes: plan.update.map((p) => p.code),
  };
}
