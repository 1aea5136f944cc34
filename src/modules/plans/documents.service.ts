/**
 * Official documents generated from the data, in the NĐ 30/2020 layout:
 * - `letter`: the follow-up letter of seed 003, issued by a unit to its own staff and bodies;
 * - `decision_index`: the decision approving and publishing an index, its ranking table annexed;
 * - `decision_plan`: the improvement plan issued by a decision, its task table annexed (seed 004).
 *
 * A document goes: draft (the model plus the editable text, see doc-text.ts) → the officer edits
 * the text → issue, which takes the next number of the issuing unit's register for the year, dates
 * it, freezes the model in `issued_documents` and, for a plan, marks the plan issued. Figures are
 * never part of the editable text: they are regenerated from the published snapshot (or the plan's
 * tasks) at every draft, preview and issue.
 */

import { type Actor, actorId } from '../../access/actor.ts';
import { authorize, scopePrefix } from '../../access/permissions.ts';
import {
  buildDocx,
  buildPdf,
  DOCX_MIME,
  numberLine,
  type OfficialDocument,
  PDF_MIME,
} from '../../documents/index.ts';
import type { AppContext } from '../../lib/context.ts';
import { vnDate } from '../../lib/time.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getPublication } from '../surveys/publications/publications.service.ts';
import { getQuestionnaire } from '../surveys/questionnaires/questionnaires.service.ts';
import { headingOn } from '../units/headings.service.ts';
import type { UnitRow } from '../units/units.repo.ts';
import { findById as findUnitById } from '../units/units.repo.ts';
import { requireUnit } from '../units/units.service.ts';
import { type Agency, agencyOf, agencyWithHeading, committeeSignature } from './agency.ts';
import {
  DECISION_INDEX_SLOTS,
  decisionIndexDocument,
  defaultDecisionIndexText,
} from './doc-decision-index.ts';
import { DECISION_PLAN_SLOTS, decisionPlanDocument, defaultDecisionPlanText } from './doc-decision-plan.ts';
import { defaultLetterText, letterDocument, letterSlots, type MeasureText } from './doc-letter.ts';
import { applyEdits, type DocumentText, type TextEdits } from './doc-text.ts';
import { type UnitIndexQuery, unitIndex } from './index-source.ts';
import { letterBodiesFor } from './letter-bodies.ts';
import { committeeName, FILL_HINT, letterExtras } from './letter-sources.ts';
import { measuresByCriterion } from './measures.service.ts';
import { documentNotFound, planState, validation } from './plans.errors.ts';
import { presentDraft, presentIssued, presentIssuedWithContent } from './plans.present.ts';
import * as repo from './plans.repo.ts';
import type { IssuedDocument } from './plans.schema.ts';
import { getPlan } from './use-cases/get-plan.ts';

export const DOCUMENT_KINDS = ['letter', 'decision_index', 'decision_plan'] as const;
export type DocumentKindName = (typeof DOCUMENT_KINDS)[number];

export type DocumentRequest =
  | { kind: 'letter'; source: UnitIndexQuery; signer?: 'chairman' | 'deputy'; text?: TextEdits }
  | { kind: 'decision_index'; source: { publicationId: number }; text?: TextEdits }
  | { kind: 'decision_plan'; source: { planId: number }; text?: TextEdits };

const FILE_PREFIX: Record<DocumentKindName, string> = {
  letter: 'cong-van',
  decision_index: 'quyet-dinh-cong-bo-chi-so',
  decision_plan: 'quyet-dinh-ke-hoach',
};

interface Prepared {
  kind: DocumentKindName;
  unit: UnitRow;
  slots: string[];
  defaults: DocumentText;
  compose(text: DocumentText, issued?: { number: number; date: string }): OfficialDocument;
  publicationId: number | null;
  planId: number | null;
  /** The heading used: where it comes from and whether it was guessed. */
  heading: { source: string; fallback: boolean };
}

function headingOf(agency: Agency) {
  return { source: agency.headingSource ?? '', fallback: agency.headingFallback ?? true };
}

/**
 * The heading defaults of a unit's document dated `on` (today by default): the unit's heading valid
 * that day (units/headings.ts), else the guess from its name and its parent's, marked as a guess. A
 * closed unit takes the heading of its last day. Once issued, a document keeps what it was given.
 */
export async function agencyFor(ctx: AppContext, unit: UnitRow, on?: string): Promise<Agency> {
  const parent = unit.parentId ? await findUnitById(ctx.db, unit.parentId) : undefined;
  let date = on ?? vnDate(ctx.now());
  if (unit.validTo !== null && date > unit.validTo) date = unit.validTo;
  if (date < unit.validFrom) date = unit.validFrom;
  const heading = await headingOn(ctx.db, unit.id, date);
  return {
    ...agencyWithHeading(agencyOf(unit, parent ?? null), heading),
    deskName: heading.deskName,
    headingSource: heading.source,
    headingFallback: heading.fallback,
  };
}

/** A draft is dated with its month; the clerk's register gives the day and the number at issue. */
function draftDate(ctx: AppContext): string {
  return vnDate(ctx.now()).slice(0, 7);
}

/** The code of the unit's top-level ancestor (its province), whose list of letter bodies applies. */
async function provinceCode(ctx: AppContext, unit: UnitRow): Promise<string | null> {
  const rootId = Number(unit.path.split('.')[0]);
  if (!Number.isInteger(rootId) || rootId === unit.id) return unit.code;
  return (await findUnitById(ctx.db, rootId))?.code ?? null;
}

async function prepareLetter(
  ctx: AppContext,
  actor: Actor,
  source: UnitIndexQuery,
  signer: 'chairman' | 'deputy' = 'chairman',
): Promise<Prepared> {
  const index = await unitIndex(ctx, actor, source);
  const extras = await letterExtras(ctx, index);
  const byCriterion = await measuresByCriterion(ctx, index.version.code, {
    date: vnDate(ctx.now()),
    unitType: index.unit.type,
  });
  const measures: Record<string, MeasureText[]> = {};
  for (const [code, list] of Object.entries(byCriterion)) measures[code] = list;
  const guessed = await agencyFor(ctx, index.unit);
  const agency = guessed.short === 'UBND' ? { ...guessed, signature: committeeSignature(signer) } : guessed;
  const data = {
    unit: { code: index.unit.code, name: index.unit.name },
    agency,
    questionnaire: index.version.definition,
    period: index.period,
    result: index.result,
    minSample: index.table.minSample,
    // The decision's issuer as a letter names it ("UBND tỉnh Khánh Hòa"), and who signed it.
    source:
      index.source.kind === 'publication'
        ? {
            ...index.source,
            scopeName: committeeName(index.source.scopeName),
            signedBy: extras.signedBy,
            publishedOn: extras.decisionDate ?? index.source.publishedOn,
          }
        : index.source,
    measures,
    date: draftDate(ctx),
    bodies: letterBodiesFor(await provinceCode(ctx, index.unit)),
    decisions: extras.decisions,
    nextTargets: extras.nextTargets,
    bodyFigures: extras.bodyFigures,
  };
  const defaults = defaultLetterText(data);
  for (const [slot, hints] of Object.entries(extras.hints)) {
    if (defaults.paragraphs[slot]) defaults.paragraphs[slot] = [...hints, ...defaults.paragraphs[slot]];
  }
  return {
    kind: 'letter',
    unit: index.unit,
    slots: letterSlots(data),
    defaults,
    compose: (text, issued) => letterDocument(data, text, issued),
    publicationId: index.publicationId,
    planId: null,
    heading: headingOf(agency),
  };
}

async function prepareDecisionIndex(ctx: AppContext, actor: Actor, publicationId: number): Promise<Prepared> {
  const { publication, result } = await getPublication(ctx, actor, publicationId);
  const scopeId = (await repo.publicationScope(ctx.db, publicationId))!.scopeUnitId;
  const scope = (await findUnitById(ctx.db, scopeId))!;
  const version = await getQuestionnaire(ctx, `${result.questionnaire}@${result.version}`);
  const agency = await agencyFor(ctx, scope);
  const data = {
    scope: { code: scope.code, name: scope.name },
    agency,
    publication: { id: publication.id, title: publication.title, period: publication.period },
    questionnaire: {
      code: version.code,
      title: version.title,
      criteria: version.definition.criteria.map((c) => ({ code: c.code, title: c.title })),
    },
    table: result,
    date: draftDate(ctx),
  };
  return {
    kind: 'decision_index',
    unit: scope,
    slots: DECISION_INDEX_SLOTS,
    defaults: defaultDecisionIndexText(data),
    compose: (text, issued) => decisionIndexDocument(data, text, issued),
    publicationId,
    planId: null,
    heading: headingOf(agency),
  };
}

async function prepareDecisionPlan(ctx: AppContext, actor: Actor, planId: number): Promise<Prepared> {
  const plan = await getPlan(ctx, actor, planId);
  const unit = await requireUnit(ctx, actor, plan.unitCode, 'surveys.read');
  const version = await getQuestionnaire(ctx, `${plan.questionnaire}@${plan.questionnaireVersion}`);
  const used = new Set(plan.taskList.map((t) => t.criterionCode).filter((c): c is string => c !== null));
  const agency = await agencyFor(ctx, unit);
  const data = {
    unit: { code: unit.code, name: unit.name },
    agency,
    plan: { id: plan.id, title: plan.title, period: plan.period, windowLabel: plan.window },
    criteria: version.definition.criteria
      .filter((c) => used.has(c.code))
      .map((c) => ({ code: c.code, title: c.title })),
    tasks: plan.taskList.map((t) => ({
      position: t.position,
      criterionCode: t.criterionCode,
      task: t.task,
      dueLabel: t.dueLabel,
      responsible: t.responsible,
      product: t.product,
      partners: t.partners,
    })),
    date: draftDate(ctx),
  };
  return {
    kind: 'decision_plan',
    unit,
    slots: DECISION_PLAN_SLOTS,
    defaults: defaultDecisionPlanText(data),
    compose: (text, issued) => decisionPlanDocument(data, text, issued),
    publicationId: plan.publicationId,
    planId,
    heading: headingOf(agency),
  };
}

async function prepare(ctx: AppContext, actor: Actor, req: DocumentRequest): Promise<Prepared> {
  switch (req.kind) {
    case 'letter':
      return prepareLetter(ctx, actor, req.source, req.signer);
    case 'decision_index':
      return prepareDecisionIndex(ctx, actor, req.source.publicationId);
    case 'decision_plan':
      return prepareDecisionPlan(ctx, actor, req.source.planId);
  }
}

/** The generated text and the document it gives, with the officer's edits applied when sent. */
export async function draftDocument(ctx: AppContext, actor: Actor, req: DocumentRequest) {
  const p = await prepare(ctx, actor, req);
  const text = applyEdits(p.defaults, req.text);
  return presentDraft(p.kind, p.unit, p.slots, text, p.compose(text), p.heading);
}

/** The draft as a file, number and day still blank, to read or print before issuing. */
export async function renderDraft(
  ctx: AppContext,
  actor: Actor,
  req: DocumentRequest,
  format: 'docx' | 'pdf',
) {
  const draft = await draftDocument(ctx, actor, req);
  const bytes = format === 'docx' ? await buildDocx(draft.document) : await buildPdf(draft.document);
  return {
    bytes,
    mime: format === 'docx' ? DOCX_MIME : PDF_MIME,
    fileName: `${FILE_PREFIX[draft.kind]}-du-thao-${draft.unitCode}.${format}`,
  };
}

function checkText(text: DocumentText): void {
  const required: [keyof DocumentText, string][] = [
    ['issuingAgency', 'Tên cơ quan ban hành'],
    ['symbol', 'Ký hiệu văn bản'],
    ['place', 'Địa danh'],
    ['subject', 'Trích yếu'],
  ];
  for (const [field, label] of required) {
    if (String(text[field]).trim() === '') throw validation(`text.${field}`, `${label} không được để trống.`);
  }
  if (text.signature.title.trim() === '')
    throw validation('text.signature.title', 'Chức vụ người ký không được để trống.');
  if (text.signature.name.trim() === '') {
    throw validation('text.signature.name', 'Cần ghi họ tên người ký trước khi ban hành.');
  }
  for (const [slot, lines] of Object.entries(text.paragraphs)) {
    if (lines.some((l) => l.includes(FILL_HINT)))
      throw validation(
        `text.paragraphs.${slot}`,
        'Còn chỗ "[Cần điền: …]" chưa điền: thay bằng số liệu hoặc xóa dòng đó trước khi ban hành.',
      );
  }
}

/**
 * Issue: the next number of the unit's register for the year (Vietnam time), today's date, the
 * document frozen as issued. A plan's decision also moves the plan from draft to issued.
 */
export async function issueDocument(ctx: AppContext, actor: Actor, req: DocumentRequest) {
  const p = await prepare(ctx, actor, req);
  authorize(actor, 'plans.manage', p.unit);
  const text = applyEdits(p.defaults, req.text);
  checkText(text);
  if (p.kind === 'decision_plan') {
    const plan = await repo.findPlan(ctx.db, p.planId!);
    if (plan!.p.status !== 'draft') throw planState(plan!.p.status, 'ban hành lại');
    if ((await repo.tasksOf(ctx.db, [p.planId!])).length === 0)
      throw validation(
        'source.planId',
        'Kế hoạch chưa có nhiệm vụ nào: hãy thêm nhiệm vụ trước khi ban hành.',
      );
  }
  const now = ctx.now();
  const date = vnDate(now);
  const year = Number(date.slice(0, 4));
  const id = await ctx.db.transaction(async (tx) => {
    if (p.planId !== null && p.kind === 'decision_plan') {
      const locked = await repo.findPlan(tx, p.planId, true);
      if (locked!.p.status !== 'draft') throw planState(locked!.p.status, 'ban hành lại');
    }
    const number = await repo.nextRegisterNumber(tx, p.unit.id, year);
    const document = p.compose(text, { number, date });
    const row = await repo.insertIssued(tx, {
      unitId: p.unit.id,
      kind: p.kind,
      year,
      number,
      symbol: document.symbol,
      title: document.subject,
      issuedAt: now,
      content: document,
      publicationId: p.publicationId,
      planId: p.planId,
      createdBy: actorId(actor),
    });
    if (p.kind === 'decision_plan') {
      await repo.updatePlan(tx, p.planId!, { status: 'issued', documentId: row.id, updatedAt: now });
      await recordAudit(
        tx,
        actor,
        {
          action: 'plan.issue',
          entityType: 'plan',
          entityId: String(p.planId),
          unitId: p.unit.id,
          data: { documentId: row.id, number: numberLine(number, document.symbol) },
        },
        now,
      );
    }
    await recordAudit(
      tx,
      actor,
      {
        action: 'document.issue',
        entityType: 'document',
        entityId: String(row.id),
        unitId: p.unit.id,
        data: {
          kind: p.kind,
          year,
          number,
          symbol: document.symbol,
          publicationId: p.publicationId,
          planId: p.planId,
        },
      },
      now,
    );
    return row.id;
  });
  return getDocument(ctx, actor, id);
}

async function loadIssued(ctx: AppContext, actor: Actor, id: number) {
  authorize(actor, 'surveys.read');
  const row = await repo.findIssued(ctx.db, id);
  if (!row) throw documentNotFound(id);
  authorize(actor, 'surveys.read', { path: row.unitPath });
  return row;
}

export async function getDocument(ctx: AppContext, actor: Actor, id: number) {
  const row = await loadIssued(ctx, actor, id);
  return presentIssuedWithContent(row);
}

export async function listDocuments(
  ctx: AppContext,
  actor: Actor,
  q: { unitCode?: string; kind?: DocumentKindName },
): Promise<IssuedDocument[]> {
  authorize(actor, 'surveys.read');
  const prefix = q.unitCode
    ? (await requireUnit(ctx, actor, q.unitCode, 'surveys.read')).path
    : scopePrefix(actor);
  return (await repo.listIssued(ctx.db, { prefix, kind: q.kind })).map(presentIssued);
}

/** An issued document as the file it was issued as (the frozen model, rendered again). */
export async function documentFile(ctx: AppContext, actor: Actor, id: number, format: 'docx' | 'pdf') {
  const row = await loadIssued(ctx, actor, id);
  const content = row.d.content as OfficialDocument;
  const bytes = format === 'docx' ? await buildDocx(content) : await buildPdf(content);
  const number = String(row.d.number).padStart(2, '0');
  return {
    bytes,
    mime: format === 'docx' ? DOCX_MIME : PDF_MIME,
    fileName: `${FILE_PREFIX[row.d.kind as DocumentKindName] ?? 'van-ban'}-${number}-${row.d.symbol}-${row.d.year}.${format}`,
  };
}
