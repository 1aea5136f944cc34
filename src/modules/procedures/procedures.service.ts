import type { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import { authorize, isTopLevel } from '../../access/permissions.ts';
import type { AppContext } from '../../lib/context.ts';
import { compareVietnamese, foldVietnamese } from '../../lib/text.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { unitNotFound } from '../units/units.errors.ts';
import { findByCode as findUnitByCode } from '../units/units.repo.ts';
import type { ImportedProcedure } from './import/catalogue.ts';
import { checkProceduresOffThread } from './import/offload.ts';
import { planImport, type StoredProcedure } from './import/plan.ts';
import { importForbidden, procedureNotFound, proceduresImportInvalid } from './procedures.errors.ts';
import {
  presentImportResult,
  presentProcedure,
  presentProcedureAdmin,
  presentPublicProcedure,
} from './procedures.present.ts';
import * as repo from './procedures.repo.ts';
import type { ImportProceduresResult, PublicProcedureQuery } from './procedures.schema.ts';

/**
 * The catalogue of administrative procedures (thủ tục hành chính). It is shared by the whole
 * installation: a top-level admin imports it from a file; anyone can read the procedures in use
 * (the public listing, "niêm yết công khai"); a signed-in user also sees retired ones.
 */

export type ImportFormat = 'csv' | 'json';

/**
 * Check a whole file, then create new codes and update changed ones in one transaction, or write
 * nothing. Re-importing the same file changes nothing (no row, no audit entry).
 */
export async function importProcedures(
  ctx: AppContext,
  actor: Actor,
  text: string,
  format: ImportFormat,
  source = 'web',
  options: { demo?: boolean } = {},
): Promise<z.infer<typeof ImportProceduresResult>> {
  authorize(actor, 'units.manage');
  if (!isTopLevel(actor)) throw importForbidden();
  return ctx.db.transaction(async (tx) => {
    const unitsByCode = await repo.allUnits(tx);
    // Parsed and checked in a worker thread when the file is large (the event loop keeps serving).
    const check = await checkProceduresOffThread(text, format, { units: unitsByCode });
    if (!check.ok) throw proceduresImportInvalid(check.errors);

    const rows = await repo.findByCodes(
      tx,
      check.procedures.map((p) => p.code),
    );
    const unitLists = await repo.unitsOf(
      tx,
      rows.map((r) => r.id),
    );
    const existing = new Map(rows.map((r) => [r.code, stored(r, unitLists.get(r.id) ?? [])]));
    const ids = new Map(rows.map((r) => [r.code, r.id]));
    const plan = planImport(check.procedures, existing);

    const unitIds = (p: ImportedProcedure) => p.unitCodes.map((c) => unitsByCode.get(c)!.id);
    for (const p of plan.create) {
      // Demo data is labelled as such; an existing row keeps its label when updated.
      const id = await repo.insert(tx, { ...toRow(p), demo: options.demo ?? false });
      await repo.replaceUnits(tx, id, unitIds(p));
    }
    for (const p of plan.update) {
      const id = ids.get(p.code)!;
      await repo.update(tx, id, { ...toRow(p), active: true });
      await repo.replaceUnits(tx, id, unitIds(p));
    }
    const result = presentImportResult(plan);
    if (result.created + result.updated > 0) {
      await recordAudit(
        tx,
        actor,
        {
          action: 'procedure.import',
          entityType: 'procedure_import',
          entityId: source,
          // The catalogue is installation-wide; the row sits with the importing (top-level) unit.
          unitId: actor.kind === 'user' ? actor.unitId : null,
          data: { format, ...result },
        },
        ctx.now(),
      );
    }
    return result;
  });
}

/** One procedure for a signed-in user, retired or not, with every receiving unit. */
export async function getProcedure(ctx: AppContext, actor: Actor, code: string) {
  authorize(actor, 'units.read');
  const row = await repo.findByCode(ctx.db, code);
  if (!row) throw procedureNotFound(code);
  return presentProcedureAdmin(row, (await repo.unitsOf(ctx.db, [row.id])).get(row.id) ?? []);
}

/** The public listing: procedures in use, searched without diacritics, by field and receiving unit. */
export async function listPublicProcedures(ctx: AppContext, query: z.infer<typeof PublicProcedureQuery>) {
  const unit = query.unitCode ? await findUnitByCode(ctx.db, query.unitCode) : null;
  if (query.unitCode && !unit) throw unitNotFound(query.unitCode);
  const words = foldVietnamese(query.q ?? '')
    .split(' ')
    .filter(Boolean);
  const { rows, total } = await repo.searchCatalogue(ctx.db, {
    words,
    field: query.field || undefined,
    unitId: unit?.id,
    limit: query.limit,
    offset: query.offset,
  });
  const fields = (await repo.fieldsInUse(ctx.db, unit?.id)).sort(compareVietnamese);
  return {
    procedures: rows.map(presentProcedure),
    total,
    fields,
    unit: unit ? { code: unit.code, name: unit.name } : null,
  };
}

/** One procedure in use, with the open units that receive it. Retired ones are not public. */
export async function getPublicProcedure(ctx: AppContext, code: string) {
  const row = await repo.findByCode(ctx.db, code);
  if (!row?.active) throw procedureNotFound(code);
  return presentPublicProcedure(row, (await repo.unitsOf(ctx.db, [row.id])).get(row.id) ?? []);
}

function stored(row: repo.ProcedureRow, units: repo.ReceivingUnit[]): StoredProcedure {
  const p = presentProcedure(row);
  return { ...p, unitCodes: units.map((u) => u.code), active: row.active };
}

function toRow(p: ImportedProcedure): repo.NewProcedureRow {
  return {
    code: p.code,
    name: p.name,
    nameSearch: foldVietnamese(p.name),
    field: p.field,
    level: p.level,
    processingAmount: p.processingTime.amount,
    processingUnit: p.processingTime.unit,
    sameDayCutoff: p.processingTime.sameDayCutoff,
    fees: p.fees,
    documents: p.documents,
    forms: p.forms,
    legalBasis: p.legalBasis,
  };
}
