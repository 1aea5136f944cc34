/**
 * Units' document headings over time (table `unit_headings`): the heading valid on a date, with the
 * guess from the unit's name when no row covers it (marked `fallback`), the import of a whole CSV
 * (checked first, one transaction, nothing half-written) and the list of a unit's headings.
 */
import type { Actor } from '../../access/actor.ts';
import { authorize, isInside, scopePrefix } from '../../access/permissions.ts';
import type { Db } from '../../db/client.ts';
import type { AppContext } from '../../lib/context.ts';
import { importInvalid } from '../../lib/errors.ts';
import { vnDate } from '../../lib/time.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as headingsRepo from './headings.repo.ts';
import {
  checkHeadingsCsv,
  FALLBACK_SOURCE,
  guessedHeading,
  type Heading,
  type HeadingUnit,
  pickHeading,
} from './headings.ts';
import { importOutsideScope } from './units.errors.ts';
import * as repo from './units.repo.ts';
import { requireUnit } from './units.service.ts';

function stored(row: headingsRepo.HeadingRow): Heading {
  return {
    parentAgency: row.parentAgency,
    issuingAgency: row.issuingAgency,
    place: row.place,
    short: row.short,
    deskName: row.deskName,
    source: row.source,
    validFrom: row.validFrom,
    validTo: row.validTo,
    fallback: false,
  };
}

/**
 * The heading a document of the unit takes on `date` (YYYY-MM-DD, Vietnam): the stored row whose
 * period contains it, else the guess from the unit's name and its parent's, marked `fallback`.
 */
export async function headingOn(db: Db, unitId: number, date: string): Promise<Heading> {
  const row = pickHeading(await headingsRepo.headingsOf(db, unitId), date);
  if (row) return stored(row);
  const unit = await repo.findById(db, unitId);
  if (!unit) throw new Error(`unit ${unitId} not found`);
  const parent = unit.parentId ? await repo.findById(db, unit.parentId) : undefined;
  return guessedHeading(unit, parent ?? null, date);
}

/** A unit's stored headings and the one valid on `date` (today by default), for its page. */
export async function unitHeadings(ctx: AppContext, actor: Actor, code: string, date?: string) {
  const unit = await requireUnit(ctx, actor, code);
  const on = date ?? vnDate(ctx.now());
  const rows = await headingsRepo.headingsOf(ctx.db, unit.id);
  return {
    unitCode: unit.code,
    date: on,
    current: await headingOn(ctx.db, unit.id, on),
    headings: rows.map(stored),
    fallbackLabel: FALLBACK_SOURCE,
  };
}

/** The heading of every unit valid on `date` inside the actor's scope (the CLI's list). */
export async function headingsOnDate(ctx: AppContext, actor: Actor, date: string) {
  authorize(actor, 'units.read');
  const rows = await repo.listSubtree(ctx.db, scopePrefix(actor), true, date);
  const out: { unitCode: string; unitName: string; heading: Heading }[] = [];
  for (const unit of rows) {
    out.push({ unitCode: unit.code, unitName: unit.name, heading: await headingOn(ctx.db, unit.id, date) });
  }
  return out;
}

/** Check a whole headings CSV, then replace the named units' headings in one transaction, or nothing. */
export async function importHeadingsCsv(ctx: AppContext, actor: Actor, text: string, source = 'csv') {
  authorize(actor, 'units.manage');
  return ctx.db.transaction(async (tx) => {
    const all = new Map((await repo.listSubtree(tx, '', true)).map((u) => [u.code, u]));
    const units = new Map<string, HeadingUnit>(
      [...all].map(([code, u]) => [
        code,
        { validFrom: u.validFrom, validTo: u.validTo, allowed: isInside(actor, u.path) },
      ]),
    );
    const check = checkHeadingsCsv(text, units);
    if (!check.ok) {
      if (check.errors.some((e) => e.code === 'UNIT_FORBIDDEN')) throw importOutsideScope(check.errors);
      throw importInvalid(check.errors);
    }
    const idOf = (code: string) => all.get(code)!.id;
    const unitIds = [...new Set(check.rows.map((r) => idOf(r.unitCode)))];
    await headingsRepo.replaceHeadings(
      tx,
      unitIds,
      check.rows.map(({ line: _line, unitCode, ...h }) => ({ ...h, unitId: idOf(unitCode) })),
    );
    await recordAudit(
      tx,
      actor,
      {
        action: 'unit.headings.import',
        entityType: 'unit_headings',
        entityId: source,
        unitId: unitIds[0] ?? null,
        data: { rows: check.rows.length, units: [...new Set(check.rows.map((r) => r.unitCode))] },
      },
      ctx.now(),
    );
    return { imported: check.rows.length, units: unitIds.length };
  });
}
