import type { ImportedProcedure, ProcedureInput } from './catalogue.ts';

/** What the catalogue stores of a procedure: its content and whether it is still in use. */
export interface StoredProcedure extends ProcedureInput {
  active: boolean;
}

export interface ImportPlan {
  create: ImportedProcedure[];
  update: ImportedProcedure[];
  unchanged: ImportedProcedure[];
}
/** Sort the checked procedures by what writing them would do: a code already stored is updated. */
export function planImport(
  procedures: ImportedProcedure[],
  existing: Map<string, StoredProcedure>,
): ImportPlan {
  const plan: ImportPlan = { create: [], update: [], unchanged: [] };
  for (const p of procedures) {
    const stored = existing.get(p.code);
    if (!stored) plan.create.push(p);
    else if (stored.active && sameProcedure(p, stored)) plan.unchanged.push(p);
    else plan.update.push(p);
  }
  return plan;
}

/** Same content: receiving units compared as a set, documents and forms in order. */
export function sameProcedure(a: ProcedureInput, b: ProcedureInput): boolean {
  const units = (p: ProcedureInput) => [...new Set(p.unitCodes)].sort().join('\n');
  return (
    a.code === b.code &&
    a.name === b.name &&
    a.field === b.field &&
    a.level === b.level &&
    a.processingTime.amount === b.processingTime.amount &&
    a.processingTime.unit === b.processingTime.unit &&
    a.processingTime.sameDayCutoff === b.processingTime.sameDayCutoff &&
    a.fees === b.fees &&
    a.legalBasis === b.legalBasis &&
    JSON.stringify(a.documents.map((d) => [d.name, d.kind, d.count])) ===
      JSON.stringify(b.documents.map((d) => [d.name, d.kind, d.count])) &&
    JSON.stringify(a.forms.map((f) => [f.name, f.url])) ===
      JSON.stringify(b.forms.map((f) => [f.name, f.url])) &&
    units(a) === units(b)
  );
}
