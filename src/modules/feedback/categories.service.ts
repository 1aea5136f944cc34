import type { Actor } from '../../access/actor.ts';
import { authorize, scopePrefix } from '../../access/permissions.ts';
import type { AppContext } from '../../lib/context.ts';
import { findUserByUsername } from '../accounts/accounts.repo.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findByCode as findUnitByCode } from '../units/units.repo.ts';
import { requireUnit } from '../units/units.service.ts';
import { DEADLINE_POLICIES, DEFAULT_POLICY, findPolicy, policyOf } from './deadline-policies.ts';
import {
  categoryCodeTaken,
  categoryNotFound,
  deadlinePolicyUnknown,
  handlerOutsideUnit,
  officerNotFound,
  unitNotFound,
} from './feedback.errors.ts';
import { presentPolicy } from './feedback.present.ts';
import * as repo from './feedback.repo.ts';

/**
 * Feedback categories (Open311 services). A category belongs to a unit and serves that unit and
 * every unit below it (a province's "Đèn đường" serves each commune); it names a default handler
 * and carries the answer template handlers start from. Categories are never deleted (items point
 * to them): `active: false` takes one off the forms.
 */
export interface CategoryInput {
  code: string;
  name: string;
  description?: string;
  group?: string;
  keywords?: string[];
  unitCode: string;
  /** Username of the default handler: a user who sees the category's unit. */
  defaultHandler?: string | null;
  answerTemplate?: string;
  active?: boolean;
  /** A code of data/feedback/deadline-policies.json; default nd20-2008. */
  deadlinePolicy?: string;
}

/** The policy code as given, checked against the file: an unknown code is refused whole (400). */
function checkedPolicy(code: string): string {
  if (!findPolicy(code))
    throw deadlinePolicyUnknown(
      code,
      DEADLINE_POLICIES.map((p) => p.code),
    );
  return code;
}

/** Every deadline policy a category may follow, with its source. */
export function listDeadlinePolicies() {
  return DEADLINE_POLICIES.map(presentPolicy);
}

function present(r: repo.LoadedCategory, handler?: string | null) {
  return {
    code: r.c.code,
    name: r.c.name,
    description: r.c.description,
    group: r.c.groupName,
    keywords: r.c.keywords,
    unitCode: r.unitCode,
    unitName: r.unitName,
    defaultHandler: handler ?? null,
    answerTemplate: r.c.answerTemplate,
    active: r.c.active,
    deadlinePolicy: presentPolicy(policyOf(r.c.deadlinePolicy)),
  };
}

export { categoryNotFound };

async function handlerId(ctx: AppContext, username: string | null | undefined, unitPath: string) {
  if (!username) return null;
  const u = await findUserByUsername(ctx.db, username);
  if (!u?.active) throw officerNotFound(username);
  if (!unitPath.startsWith(u.unitPath)) {
    throw handlerOutsideUnit(username);
  }
  return u.id;
}

async function handlerName(ctx: AppContext, id: number | null): Promise<string | null> {
  if (id === null) return null;
  return (await repo.usersByIds(ctx.db, [id])).get(id)?.username ?? null;
}

export async function createCategory(ctx: AppContext, actor: Actor, input: CategoryInput) {
  const unit = await requireUnit(ctx, actor, input.unitCode, 'feedback.manage');
  const deadlinePolicy = checkedPolicy(input.deadlinePolicy ?? DEFAULT_POLICY);
  if (await repo.categoryByCode(ctx.db, input.code)) {
    throw categoryCodeTaken(input.code);
  }
  const defaultHandlerId = await handlerId(ctx, input.defaultHandler, unit.path);
  await ctx.db.transaction(async (tx) => {
    await repo.insertCategory(tx, {
      code: input.code,
      name: input.name,
      description: input.description ?? '',
      groupName: input.group ?? '',
      keywords: input.keywords ?? [],
      unitId: unit.id,
      defaultHandlerId,
      answerTemplate: input.answerTemplate ?? '',
      active: input.active ?? true,
      deadlinePolicy,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'feedback_category.create',
        entityType: 'feedback_category',
        entityId: input.code,
        unitId: unit.id,
        data: { ...input },
      },
      ctx.now(),
    );
  });
  return getCategory(ctx, actor, input.code);
}

export async function updateCategory(
  ctx: AppContext,
  actor: Actor,
  code: string,
  patch: Partial<Omit<CategoryInput, 'code'>>,
) {
  authorize(actor, 'feedback.manage');
  const current = await repo.categoryByCode(ctx.db, code);
  if (!current) throw categoryNotFound(code);
  authorize(actor, 'feedback.manage', { path: current.unitPath });
  if (patch.deadlinePolicy !== undefined) checkedPolicy(patch.deadlinePolicy);
  const unit = patch.unitCode ? await requireUnit(ctx, actor, patch.unitCode, 'feedback.manage') : null;
  const unitPath = unit?.path ?? current.unitPath;
  const defaultHandlerId =
    patch.defaultHandler !== undefined
      ? await handlerId(ctx, patch.defaultHandler, unitPath)
      : current.c.defaultHandlerId;
  await ctx.db.transaction(async (tx) => {
    await repo.updateCategory(tx, current.c.id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.group !== undefined ? { groupName: patch.group } : {}),
      ...(patch.keywords !== undefined ? { keywords: patch.keywords } : {}),
      ...(patch.answerTemplate !== undefined ? { answerTemplate: patch.answerTemplate } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
      ...(patch.deadlinePolicy !== undefined ? { deadlinePolicy: patch.deadlinePolicy } : {}),
      ...(unit ? { unitId: unit.id } : {}),
      defaultHandlerId,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'feedback_category.update',
        entityType: 'feedback_category',
        entityId: code,
        unitId: unit?.id ?? current.c.unitId,
        data: patch,
      },
      ctx.now(),
    );
  });
  return getCategory(ctx, actor, code);
}

export async function getCategory(ctx: AppContext, actor: Actor, code: string) {
  authorize(actor, 'feedback.read');
  const r = await repo.categoryByCode(ctx.db, code);
  if (!r) throw categoryNotFound(code);
  return present(r, await handlerName(ctx, r.c.defaultHandlerId));
}

/**
 * Categories an officer works with: those of the unit's subtree and those that serve the unit
 * from above (the province's categories, for a commune).
 */
export async function listCategories(ctx: AppContext, actor: Actor, unitCode?: string) {
  authorize(actor, 'feedback.read');
  const path = unitCode
    ? (await requireUnit(ctx, actor, unitCode, 'feedback.read')).path
    : scopePrefix(actor);
  const rows = await repo.categoriesAround(ctx.db, path);
  return rows.map((r) => present(r, r.handler));
}

/** The categories a citizen may choose: active ones, those serving the given unit when there is one. */
export async function publicCategories(ctx: AppContext, unitCode?: string) {
  let path: string | null = null;
  if (unitCode) {
    const u = await findUnitByCode(ctx.db, unitCode);
    if (!u) throw unitNotFound(unitCode);
    path = u.path;
  }
  const rows = await repo.activeCategoriesServing(ctx.db, path);
  return rows.map((r) => ({
    code: r.c.code,
    name: r.c.name,
    description: r.c.description,
    group: r.c.groupName,
    keywords: r.c.keywords,
    unitCode: r.unitCode,
    unitName: r.unitName,
  }));
}
