/**
 * The measures library: what a unit can do about a weak criterion. Shipped as data/measures/*.json
 * and loaded into the database the first time a questionnaire's library is used, then edited there
 * (the province adds, rewrites or retires measures; a retired one stays for history, inactive).
 * The library is shared by every unit, so only the top of the tree edits it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Actor } from '../../access/actor.ts';
import { authorize, isTopLevel } from '../../access/permissions.ts';
import type { AppContext } from '../../lib/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getQuestionnaire } from '../surveys/questionnaires/questionnaires.service.ts';
import { checkMeasuresFile, type MeasureFields, type MeasuresFile } from './measures-file.ts';
import { measureOn } from './offices.ts';
import {
  criterionUnknown,
  libraryTopLevelOnly,
  measureNotFound,
  measuresFileInvalid,
} from './plans.errors.ts';
import { presentMeasure } from './plans.present.ts';
import * as repo from './plans.repo.ts';
import type { Measure } from './plans.schema.ts';

export const MEASURES_DIR = new URL('../../../data/measures/', import.meta.url);

function rowsOf(file: MeasuresFile): repo.NewMeasureRow[] {
  return file.measures.map((m, i) => ({
    questionnaireCode: file.questionnaire,
    criterionCode: m.criterion,
    task: m.task,
    responsible: m.responsible,
    product: m.product,
    timing: m.timing,
    partners: m.partners,
    sortOrder: (i + 1) * 10,
  }));
}

/** The shipped file of a questionnaire's library, if there is one. */
export function shippedMeasures(questionnaireCode: string): MeasuresFile | null {
  if (!/^[A-Za-z0-9._-]+$/.test(questionnaireCode)) return null;
  const url = new URL(`${questionnaireCode}.json`, MEASURES_DIR);
  if (!existsSync(url)) return null;
  const check = checkMeasuresFile(readFileSync(url, 'utf8'));
  if (!check.ok) throw measuresFileInvalid(check.errors);
  return check.file;
}

/** Codes of the questionnaires that ship a measures library. */
export function shippedQuestionnaireCodes(): string[] {
  return readdirSync(MEASURES_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/**
 * Load the shipped library of a questionnaire the first time it is used (no row yet for its code).
 * Returns the number of measures loaded (0 when the library was already there or none ships).
 */
export async function ensureMeasures(ctx: AppContext, questionnaireCode: string): Promise<number> {
  if ((await repo.countMeasures(ctx.db, questionnaireCode)) > 0) return 0;
  const file = shippedMeasures(questionnaireCode);
  if (!file) return 0;
  return ctx.db.transaction(async (tx) => {
    await repo.lockMeasures(tx);
    if ((await repo.countMeasures(tx, questionnaireCode)) > 0) return 0;
    return (await repo.insertMeasures(tx, rowsOf(file))).length;
  });
}

export async function listMeasures(
  ctx: AppContext,
  actor: Actor,
  q: { questionnaire: string; criterion?: string; includeInactive?: boolean },
): Promise<Measure[]> {
  authorize(actor, 'surveys.read');
  await ensureMeasures(ctx, q.questionnaire);
  const rows = await repo.listMeasures(ctx.db, {
    questionnaireCode: q.questionnaire,
    criterionCode: q.criterion,
    includeInactive: q.includeInactive,
  });
  return rows.map(presentMeasure);
}

/**
 * Active measures by criterion code, for drafting. With `on`, each names the offices that exist on
 * that date at a unit of that type (offices.ts): a plan or letter for 2026 names no abolished body.
 */
export async function measuresByCriterion(
  ctx: AppContext,
  questionnaireCode: string,
  on?: { date: string; unitType: string },
) {
  await ensureMeasures(ctx, questionnaireCode);
  const rows = await repo.listMeasures(ctx.db, { questionnaireCode });
  const out: Record<string, Measure[]> = {};
  for (const row of rows) {
    const list = out[row.criterionCode] ?? [];
    const measure = presentMeasure(row);
    list.push(on ? measureOn(measure, on.date, on.unitType) : measure);
    out[row.criterionCode] = list;
  }
  return out;
}

function requireLibraryEditor(actor: Actor): void {
  authorize(actor, 'plans.manage');
  if (!isTopLevel(actor)) {
    throw libraryTopLevelOnly();
  }
}

async function criterionCodes(ctx: AppContext, questionnaireCode: string): Promise<string[] | undefined> {
  try {
    return (await getQuestionnaire(ctx, questionnaireCode)).definition.criteria.map((c) => c.code);
  } catch {
    // A library may be prepared before its questionnaire is imported.
    return undefined;
  }
}

/** Replace a questionnaire's whole library with a file, checked whole first. */
export async function importMeasures(ctx: AppContext, actor: Actor, content: string | unknown) {
  requireLibraryEditor(actor);
  const first = checkMeasuresFile(content);
  if (!first.ok) throw measuresFileInvalid(first.errors);
  const criteria = await criterionCodes(ctx, first.file.questionnaire);
  const check = checkMeasuresFile(content, criteria);
  if (!check.ok) throw measuresFileInvalid(check.errors);
  const file = check.file;
  const rows = await ctx.db.transaction(async (tx) => {
    await repo.lockMeasures(tx);
    await repo.deleteMeasures(tx, file.questionnaire);
    const inserted = await repo.insertMeasures(tx, rowsOf(file));
    await recordAudit(
      tx,
      actor,
      {
        action: 'measures.import',
        entityType: 'measures',
        entityId: file.questionnaire,
        data: { measures: inserted.length },
      },
      ctx.now(),
    );
    return inserted;
  });
  return { questionnaire: file.questionnaire, measures: rows.map(presentMeasure) };
}

export async function createMeasure(
  ctx: AppContext,
  actor: Actor,
  body: MeasureFields & { questionnaire: string; sortOrder?: number },
): Promise<Measure> {
  requireLibraryEditor(actor);
  const criteria = await criterionCodes(ctx, body.questionnaire);
  if (criteria && !criteria.includes(body.criterion)) {
    throw criterionUnknown(body.questionnaire, body.criterion, criteria);
  }
  await ensureMeasures(ctx, body.questionnaire);
  return ctx.db.transaction(async (tx) => {
    const [row] = await repo.insertMeasures(tx, [
      {
        questionnaireCode: body.questionnaire,
        criterionCode: body.criterion,
        task: body.task,
        responsible: body.responsible,
        product: body.product,
        timing: body.timing,
        partners: body.partners,
        sortOrder: body.sortOrder ?? 1000,
      },
    ]);
    await recordAudit(
      tx,
      actor,
      { action: 'measures.create', entityType: 'measure', entityId: String(row!.id), data: body },
      ctx.now(),
    );
    return presentMeasure(row!);
  });
}

export async function updateMeasure(
  ctx: AppContext,
  actor: Actor,
  id: number,
  patch: Partial<Omit<MeasureFields, 'criterion'>> & { sortOrder?: number; active?: boolean },
): Promise<Measure> {
  requireLibraryEditor(actor);
  const existing = await repo.findMeasure(ctx.db, id);
  if (!existing) throw measureNotFound(id);
  return ctx.db.transaction(async (tx) => {
    const row = await repo.updateMeasure(tx, id, patch);
    await recordAudit(
      tx,
      actor,
      { action: 'measures.update', entityType: 'measure', entityId: String(id), data: patch },
      ctx.now(),
    );
    return presentMeasure(row);
  });
}
