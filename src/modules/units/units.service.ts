import type { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import { authorize, can, isTopLevel, scopePrefix } from '../../access/permissions.ts';
import type { AppContext } from '../../lib/context.ts';
import { importInvalid } from '../../lib/errors.ts';
import { foldVietnamese } from '../../lib/text.ts';
import { vnDate } from '../../lib/time.ts';
import { searchUnits as rankUnits, requiredWords } from '../../lib/unit-search.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type ImportJob, type JobProgress, startImportJob } from '../imports/jobs.ts';
import { mapBasisOf } from './map-basis.ts';
import { buildTree, pathIds, presentUnit } from './unit-tree.ts';
import {
  cannotCloseOwnUnit,
  cannotMoveOwnUnit,
  closeBeforeStart,
  importOutsideScope,
  rootForbidden,
  unitClosed,
  unitCodeTaken,
  unitHasOpenChildren,
  unitNotFound,
  unitParentCycle,
  unitSucceedsItself,
  unitTypeTaken,
  unitTypeTopLevelOnly,
  unitTypeUnknown,
} from './units.errors.ts';
import { presentUnitOnDate } from './units.present.ts';
import * as repo from './units.repo.ts';
import type {
  CloseUnitBody,
  CreateUnitBody,
  CreateUnitTypeBody,
  UnitNode,
  UpdateUnitBody,
} from './units.schema.ts';
import { checkUnitsCsvOffThread } from './units-import.offload.ts';

/**
 * Load a unit by code and check the actor may use it for `permission`. Other modules call this
 * to turn a unit code from a request into a scoped unit.
 */
export async function requireUnit(
  ctx: AppContext,
  actor: Actor,
  code: string,
  permission: Parameters<typeof authorize>[1] = 'units.read',
): Promise<repo.UnitRow> {
  authorize(actor, permission);
  const unit = await repo.findByCode(ctx.db, code);
  if (!unit) throw unitNotFound(code);
  authorize(actor, permission, unit);
  return unit;
}

/** The subtree a query covers: the given unit's (which the actor must be allowed to see), or the actor's own. */
async function subtreePrefix(ctx: AppContext, actor: Actor, rootCode: string | undefined): Promise<string> {
  if (!rootCode) {
    authorize(actor, 'units.read');
    return scopePrefix(actor);
  }
  return (await requireUnit(ctx, actor, rootCode)).path;
}

/** The tree of open units (all with `includeClosed`; those valid that day with `on`). */
export async function listUnitTree(
  ctx: AppContext,
  actor: Actor,
  includeClosed: boolean,
  rootCode?: string,
  on?: string,
) {
  const rows = await repo.listSubtree(ctx.db, await subtreePrefix(ctx, actor, rootCode), includeClosed, on);
  return treeOf(ctx, rows);
}

/**
 * The units valid on `date` (both ends of their validity included) inside the actor's subtree,
 * depth first with siblings in Vietnamese order, each with the codes of its successors and
 * predecessors: the `hailong units list` contract.
 */
export async function listUnitsOn(ctx: AppContext, actor: Actor, date: string, rootCode?: string) {
  const prefix = await subtreePrefix(ctx, actor, rootCode);
  const rows = await repo.listSubtree(ctx.db, prefix, true, date);
  const links = await repo.successionsOn(ctx.db, prefix, date);
  const flat: { unit: UnitNode; depth: number }[] = [];
  const walk = (nodes: UnitNode[], depth: number) => {
    for (const unit of nodes) {
      flat.push({ unit, depth });
      walk(unit.children, depth + 1);
    }
  };
  walk(await treeOf(ctx, rows), 0);
  const successors = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  for (const { predecessor, successor } of links) {
    successors.set(predecessor, [...(successors.get(predecessor) ?? []), successor]);
    predecessors.set(successor, [...(predecessors.get(successor) ?? []), predecessor]);
  }
  return flat.map(({ unit, depth }) => ({
    depth,
    unit: presentUnitOnDate(unit, successors.get(unit.code) ?? [], predecessors.get(unit.code) ?? []),
  }));
}

/** Nest rows into trees; a parent outside the rows is still named by its code. */
async function treeOf(ctx: AppContext, rows: repo.UnitSummary[]) {
  const codes = new Map(rows.map((r) => [r.id, r.code]));
  const outside = rows.filter((r) => r.parentId !== null && !codes.has(r.parentId)).map((r) => r.parentId!);
  const outsideNames = await repo.namesByIds(ctx.db, outside);
  return buildTree(rows, (id) => codes.get(id) ?? outsideNames.get(id)?.code ?? null);
}

/**
 * How many units the database hands over for ranking, likeliest first: five pickers' worth. 500
 * made a search on 10,000 units 2,5 × slower (bench/units.ts) for no better first page.
 */
const SEARCH_CANDIDATES = 100;

export async function searchUnits(
  ctx: AppContext,
  actor: Actor,
  q: string,
  limit: number,
  withinCode?: string,
) {
  // The database narrows to units having every required word; the ranking is the pickers' one.
  const candidates = await repo.searchCandidates(
    ctx.db,
    await subtreePrefix(ctx, actor, withinCode),
    requiredWords(q),
    q,
    SEARCH_CANDIDATES,
  );
  const hits = rankUnits(q, candidates, limit);
  const ancestorIds = [...new Set(hits.flatMap((h) => pathIds(h.path).slice(0, -1)))];
  const names = await repo.namesByIds(ctx.db, ancestorIds);
  return hits.map((h) => {
    const ancestors = pathIds(h.path).slice(0, -1);
    const parentId = ancestors.at(-1);
    return {
      ...presentUnit(h, parentId === undefined ? null : (names.get(parentId)?.code ?? null)),
      ancestors: ancestors.map((id) => names.get(id)?.name ?? ''),
    };
  });
}

export async function getUnit(ctx: AppContext, actor: Actor, code: string) {
  const unit = await requireUnit(ctx, actor, code);
  const names = await repo.namesByIds(ctx.db, pathIds(unit.path).slice(0, -1));
  const ancestors = pathIds(unit.path)
    .slice(0, -1)
    .map((id) => names.get(id))
    .filter((a) => a !== undefined);
  const succession = await repo.successionsOf(ctx.db, unit.id);
  return {
    ...presentUnit(unit, ancestors.at(-1)?.code ?? null),
    ancestors,
    ...succession,
    basis: mapBasisOf(unit),
  };
}

export async function createUnit(ctx: AppContext, actor: Actor, body: z.infer<typeof CreateUnitBody>) {
  const parent = body.parentCode ? await requireUnit(ctx, actor, body.parentCode, 'units.manage') : null;
  if (!parent) {
    authorize(actor, 'units.manage');
    if (!isTopLevel(actor)) throw rootForbidden();
  }
  if (parent?.validTo) throw unitClosed(parent.code);
  await assertTypeExists(ctx, body.type);
  return ctx.db.transaction(async (tx) => {
    if (await repo.findByCode(tx, body.code)) throw unitCodeTaken(body.code);
    const [id] = await repo.reserveIds(tx, 1);
    const row: repo.NewUnitRow = {
      id: id!,
      code: body.code,
      name: body.name,
      nameSearch: foldVietnamese(body.name),
      type: body.type,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? ''}${id}.`,
      depth: (parent?.depth ?? -1) + 1,
      peerGroup: body.peerGroup ?? body.type,
      validFrom: body.validFrom ?? vnDate(ctx.now()),
    };
    await repo.insertMany(tx, [row]);
    await recordAudit(
      tx,
      actor,
      { action: 'unit.create', entityType: 'unit', entityId: body.code, unitId: id!, data: body },
      ctx.now(),
    );
    return presentUnit({ ...row, validTo: null, demo: false } as repo.UnitSummary, parent?.code ?? null);
  });
}

export async function updateUnit(
  ctx: AppContext,
  actor: Actor,
  code: string,
  patch: z.infer<typeof UpdateUnitBody>,
) {
  const unit = await requireUnit(ctx, actor, code, 'units.manage');
  if (unit.validTo) throw unitClosed(code);
  if (patch.type) await assertTypeExists(ctx, patch.type);
  const newParent = patch.parentCode ? await requireUnit(ctx, actor, patch.parentCode, 'units.manage') : null;
  if (newParent) {
    if (newParent.path.startsWith(unit.path)) throw unitParentCycle(code, newParent.code);
    if (newParent.validTo) throw unitClosed(newParent.code);
    // Moving one's own unit would put the user outside what they may manage.
    if (actor.kind === 'user' && unit.id === actor.unitId) {
      throw cannotMoveOwnUnit();
    }
  }
  return ctx.db.transaction(async (tx) => {
    const changes: Partial<repo.NewUnitRow> = {};
    if (patch.name) Object.assign(changes, { name: patch.name, nameSearch: foldVietnamese(patch.name) });
    if (patch.type) changes.type = patch.type;
    if (patch.peerGroup) changes.peerGroup = patch.peerGroup;
    if (newParent && newParent.id !== unit.parentId) {
      changes.parentId = newParent.id;
      await repo.movePaths(tx, unit.path, `${newParent.path}${unit.id}.`, newParent.depth + 1 - unit.depth);
    }
    const row = await repo.update(tx, unit.id, changes);
    await recordAudit(
      tx,
      actor,
      {
        action: 'unit.update',
        entityType: 'unit',
        entityId: code,
        unitId: unit.id,
        data: { before: pick(unit, patch), after: patch },
      },
      ctx.now(),
    );
    const parentCode =
      newParent?.code ?? (unit.parentId ? ((await repo.findById(tx, unit.parentId))?.code ?? null) : null);
    return presentUnit(row, parentCode);
  });
}

export async function closeUnit(
  ctx: AppContext,
  actor: Actor,
  code: string,
  body: z.infer<typeof CloseUnitBody>,
) {
  const unit = await requireUnit(ctx, actor, code, 'units.manage');
  if (unit.validTo) throw unitClosed(code);
  if (actor.kind === 'user' && unit.id === actor.unitId) {
    throw cannotCloseOwnUnit();
  }
  const validTo = body.validTo ?? vnDate(ctx.now());
  if (validTo < unit.validFrom) {
    throw closeBeforeStart(validTo);
  }
  const successors: repo.UnitRow[] = [];
  for (const successorCode of body.successorCodes) {
    if (successorCode === code) throw unitSucceedsItself();
    const successor = await requireUnit(ctx, actor, successorCode, 'units.manage');
    if (successor.validTo) throw unitClosed(successorCode);
    successors.push(successor);
  }
  return ctx.db.transaction(async (tx) => {
    const open = await repo.countOpenChildren(tx, unit.id);
    if (open > 0) throw unitHasOpenChildren(code, open);
    const row = await repo.update(tx, unit.id, { validTo });
    await repo.addSuccessors(
      tx,
      unit.id,
      successors.map((s) => s.id),
      validTo,
    );
    await recordAudit(
      tx,
      actor,
      {
        action: 'unit.close',
        entityType: 'unit',
        entityId: code,
        unitId: unit.id,
        data: { validTo, successorCodes: body.successorCodes },
      },
      ctx.now(),
    );
    return presentUnit(row, unit.parentId ? ((await repo.findById(tx, unit.parentId))?.code ?? null) : null);
  });
}

/** Lines that reach outside the actor's units: a permission problem (403), not a typo. */
const FORBIDDEN_LINES = new Set(['PARENT_FORBIDDEN', 'ROOT_FORBIDDEN', 'SUCCESSOR_FORBIDDEN']);

/**
 * Check a whole CSV, then write every unit in one transaction, or nothing. `onProgress` hears the
 * lines read while checking, then the units stored (a background job's progress).
 */
export async function importUnitsCsv(
  ctx: AppContext,
  actor: Actor,
  text: string,
  source = 'csv',
  onProgress: (progress: JobProgress) => void = () => {},
) {
  authorize(actor, 'units.manage');
  onProgress({ state: 'checking', rows: 0, total: null });
  return ctx.db.transaction(async (tx) => {
    const existing = await repo.allCodes(tx);
    const types = new Set((await repo.listTypes(tx)).map((t) => t.code));
    const validFrom = vnDate(ctx.now());
    // Parsed and checked in a worker thread when the file is large (the event loop keeps serving).
    const check = await checkUnitsCsvOffThread(text, {
      existing,
      types,
      scopePrefix: scopePrefix(actor),
      mayCreateRoot: isTopLevel(actor) && can(actor, 'units.manage'),
      today: validFrom,
      onRows: (rows) => onProgress({ state: 'checking', rows, total: null }),
    });
    if (!check.ok) {
      // A file that reaches outside the actor's units is a permission problem, not a typo: 403.
      if (check.errors.some((e) => FORBIDDEN_LINES.has(e.code))) {
        throw importOutsideScope(check.errors);
      }
      throw importInvalid(check.errors);
    }

    const ids = await repo.reserveIds(tx, check.units.length);
    const placed = new Map<string, { id: number; path: string; depth: number }>();
    const rows: repo.NewUnitRow[] = check.units.map((u, i) => {
      const id = ids[i]!;
      const parent = u.parentCode
        ? (placed.get(u.parentCode) ?? withDepth(existing.get(u.parentCode)!))
        : null;
      const self = { id, path: `${parent?.path ?? ''}${id}.`, depth: parent ? parent.depth + 1 : 0 };
      placed.set(u.code, self);
      return {
        ...self,
        code: u.code,
        name: u.name,
        nameSearch: foldVietnamese(u.name),
        type: u.type,
        parentId: parent?.id ?? null,
        peerGroup: u.peerGroup,
        validFrom: u.validFrom ?? validFrom,
        validTo: u.validTo,
      };
    });
    onProgress({ state: 'writing', rows: 0, total: rows.length });
    await repo.insertMany(tx, rows, (stored) =>
      onProgress({ state: 'writing', rows: stored, total: rows.length }),
    );
    const idOf = (code: string) => placed.get(code)?.id ?? existing.get(code)!.id;
    await repo.insertSuccessions(
      tx,
      check.units.flatMap((u) =>
        u.successorCodes.map((code) => ({
          predecessorId: idOf(u.code),
          successorId: idOf(code),
          effectiveOn: u.validTo!,
        })),
      ),
    );
    const codes = check.units.map((u) => u.code);
    await recordAudit(
      tx,
      actor,
      {
        action: 'unit.import',
        entityType: 'unit_import',
        entityId: source,
        unitId: rows[0]?.parentId ?? rows[0]?.id ?? null,
        data: { count: codes.length, codes },
      },
      ctx.now(),
    );
    return { imported: codes.length, codes };
  });
}

/**
 * The upload's entry point for a background import (`Prefer: respond-async`): refuses at once an
 * actor who may not import, then queues the import as a job whose progress its owner can follow.
 */
export function startUnitsImport(ctx: AppContext, actor: Actor, text: string, fileName: string): ImportJob {
  authorize(actor, 'units.manage');
  return startImportJob(ctx.log, actor, 'units', fileName, (onProgress) =>
    importUnitsCsv(ctx, actor, text, fileName, onProgress),
  );
}

export async function listUnitTypes(ctx: AppContext, actor: Actor) {
  authorize(actor, 'units.read');
  return repo.listTypes(ctx.db);
}

/** Unit types are shared by the whole installation: only a top-level admin may add one. */
export async function createUnitType(
  ctx: AppContext,
  actor: Actor,
  body: z.infer<typeof CreateUnitTypeBody>,
) {
  authorize(actor, 'units.manage');
  if (!isTopLevel(actor)) {
    throw unitTypeTopLevelOnly();
  }
  return ctx.db.transaction(async (tx) => {
    if ((await repo.listTypes(tx)).some((t) => t.code === body.code)) throw unitTypeTaken(body.code);
    await repo.insertType(tx, body);
    await recordAudit(
      tx,
      actor,
      { action: 'unit_type.create', entityType: 'unit_type', entityId: body.code, data: body },
      ctx.now(),
    );
    return body;
  });
}

async function assertTypeExists(ctx: AppContext, type: string) {
  if (!(await repo.listTypes(ctx.db)).some((t) => t.code === type)) throw unitTypeUnknown(type);
}

function withDepth(u: { id: number; path: string }) {
  return { ...u, depth: pathIds(u.path).length - 1 };
}

function pick(unit: repo.UnitRow, patch: object) {
  return Object.fromEntries(
    Object.keys(patch).map((k) => [k, k === 'parentCode' ? unit.parentId : unit[k as keyof repo.UnitRow]]),
  );
}
