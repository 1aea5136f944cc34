import { type Actor, systemActor } from '../../../access/actor.ts';
import { authorize, scopePrefix } from '../../../access/permissions.ts';
import { decodeBase64 } from '../../../lib/base64.ts';
import type { AppContext } from '../../../lib/context.ts';
import { vnDate } from '../../../lib/time.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { requireUnit } from '../../units/units.service.ts';
import { type IndexTable, indexTable } from '../index/index.service.ts';
import { getQuestionnaire, getQuestionnaireById } from '../questionnaires/questionnaires.service.ts';
import {
  decisionDateInFuture,
  decisionFileInvalid,
  decisionFileNotFound,
  nothingToPublish,
  notSupersedable,
  publicationNotFound,
  publicationState,
} from './publications.errors.ts';
import { presentPublication, presentPublicationWithResult } from './publications.present.ts';
import * as repo from './publications.repo.ts';
import type { Publication, PublicationWithResult, PublishBody } from './publications.schema.ts';

/**
 * Results on their way to the public: draft → approved → published. The index table is frozen
 * into the draft when it is created, so what a leader approves is exactly what gets published, and
 * later responses or exclusions never change a publication. A correction is a new publication that
 * supersedes the old one; both stay visible.
 */

export interface NewPublication {
  questionnaire: string;
  period: string;
  scopeUnitCode: string;
  title: string;
  supersedesId?: number;
  demo?: boolean;
}

async function loadRow(ctx: AppContext, id: number): Promise<repo.PublicationWithScope> {
  const row = await repo.findPublication(ctx.db, id);
  if (!row) throw publicationNotFound(id);
  return row;
}

async function present(ctx: AppContext, row: repo.PublicationWithScope): Promise<Publication> {
  return presentPublication(row, await getQuestionnaireById(ctx, row.p.questionnaireId));
}

export async function createPublication(
  ctx: AppContext,
  actor: Actor,
  input: NewPublication,
): Promise<Publication> {
  const scope = await requireUnit(ctx, actor, input.scopeUnitCode, 'results.draft');
  const version = await getQuestionnaire(ctx, input.questionnaire);
  if (input.supersedesId !== undefined) {
    const old = await loadRow(ctx, input.supersedesId);
    authorize(actor, 'results.draft', { path: old.scopePath });
    if (old.p.status !== 'published' || old.p.supersededById !== null) throw notSupersedable();
  }
  // Computed as the operator over the scope's subtree, so the snapshot does not depend on who drafts it.
  const snapshot = await indexTable(ctx, systemActor('publication'), {
    questionnaire: `${version.code}@${version.version}`,
    period: input.period,
    scopePath: scope.path,
  });
  if (snapshot.units.length === 0) throw nothingToPublish(scope.name, input.period);
  const id = await ctx.db.transaction(async (tx) => {
    const newId = await repo.insertPublication(tx, {
      questionnaireId: version.id,
      period: snapshot.period ?? input.period,
      scopeUnitId: scope.id,
      status: 'draft',
      title: input.title,
      snapshot,
      supersedesId: input.supersedesId ?? null,
      createdBy: actor.kind === 'user' ? actor.userId : null,
      createdAt: ctx.now(),
      demo: input.demo ?? false,
    });
    await recordAudit(
      tx,
      actor,
      { action: 'publication.draft', entityType: 'publication', entityId: String(newId), unitId: scope.id },
      ctx.now(),
    );
    return newId;
  });
  return present(ctx, await loadRow(ctx, id));
}

export async function approvePublication(ctx: AppContext, actor: Actor, id: number): Promise<Publication> {
  return transition(ctx, actor, id, 'draft', 'approved', null);
}

/** The signed decision is a PDF of at most 10 MB: the bytes decide, not the name. */
export const DECISION_FILE_MAX_BYTES = 10 * 1024 * 1024;

function decisionPdf(file: NonNullable<PublishBody['decisionFile']>): { name: string; bytes: Uint8Array } {
  const bytes = decodeBase64(file.base64);
  if (!bytes || bytes.length === 0)
    throw decisionFileInvalid('Nội dung tệp quyết định không phải base64 hợp lệ.');
  if (bytes.length > DECISION_FILE_MAX_BYTES)
    throw decisionFileInvalid(`Tệp "${file.name}" lớn hơn 10 MB: hãy quét lại với độ phân giải thấp hơn.`);
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-')
    throw decisionFileInvalid(
      `Tệp "${file.name}" không phải PDF: hãy tải lên bản quyết định đã ký dạng PDF.`,
    );
  return { name: file.name, bytes };
}

/**
 * Publish an approved result under the decision that approved it: its number, date and signer,
 * and the signed PDF that the public ranking links to.
 */
export async function publishPublication(
  ctx: AppContext,
  actor: Actor,
  id: number,
  decision: PublishBody,
): Promise<Publication> {
  if (decision.decisionDate && decision.decisionDate > vnDate(ctx.now()))
    throw decisionDateInFuture(decision.decisionDate);
  const file = decision.decisionFile ? decisionPdf(decision.decisionFile) : null;
  return transition(ctx, actor, id, 'approved', 'published', {
    decisionNumber: decision.decisionNumber ?? null,
    decisionDate: decision.decisionDate ?? null,
    decisionSigner: decision.decisionSigner ?? null,
    decisionFileName: file?.name ?? null,
    decisionFile: file?.bytes ?? null,
  });
}

/** The signed decision of a published result, for everyone. */
export async function decisionFile(
  ctx: AppContext,
  id: number,
): Promise<{ name: string; bytes: Uint8Array }> {
  const row = await repo.findDecisionFile(ctx.db, id);
  if (row?.status !== 'published') throw publicationNotFound(id);
  if (!row.bytes || !row.name) throw decisionFileNotFound(id);
  return { name: row.name, bytes: row.bytes };
}

interface DecisionRecord {
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionSigner: string | null;
  decisionFileName: string | null;
  decisionFile: Uint8Array | null;
}

async function transition(
  ctx: AppContext,
  actor: Actor,
  id: number,
  from: string,
  to: 'approved' | 'published',
  decision: DecisionRecord | null,
): Promise<Publication> {
  const row = await loadRow(ctx, id);
  authorize(actor, 'results.approve', { path: row.scopePath });
  if (row.p.status !== from) throw publicationState(row.p.status, to);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await repo.updatePublicationStatus(
      tx,
      id,
      from,
      to === 'approved'
        ? { status: to, approvedAt: now, approvedBy: actor.kind === 'user' ? actor.userId : null }
        : { status: to, publishedAt: now, ...decision },
    );
    if (to === 'published' && row.p.supersedesId !== null) {
      await repo.markSuperseded(tx, row.p.supersedesId, id);
    }
    await recordAudit(
      tx,
      actor,
      {
        action: `publication.${to === 'approved' ? 'approve' : 'publish'}`,
        entityType: 'publication',
        entityId: String(id),
        unitId: row.p.scopeUnitId,
        // The audit names the decision and the file's size, not its bytes.
        data: decision && {
          decisionNumber: decision.decisionNumber,
          decisionDate: decision.decisionDate,
          decisionSigner: decision.decisionSigner,
          decisionFileName: decision.decisionFileName,
          decisionFileBytes: decision.decisionFile?.length ?? null,
        },
      },
      now,
    );
  });
  return present(ctx, await loadRow(ctx, id));
}

/** Publications whose scope lies inside the actor's subtree; `publicOnly` lists published ones for everyone. */
export async function listPublications(
  ctx: AppContext,
  actor: Actor | null,
  scopeUnitCode?: string,
): Promise<Publication[]> {
  if (actor) authorize(actor, 'surveys.read');
  const prefix =
    actor && scopeUnitCode
      ? (await requireUnit(ctx, actor, scopeUnitCode, 'surveys.read')).path
      : actor
        ? scopePrefix(actor)
        : '';
  const rows = await repo.listPublicationRows(ctx.db, actor ? prefix : null);
  return Promise.all(rows.map((row) => present(ctx, row)));
}

/** A published result for everyone (drafts and approvals are not public). */
export async function publicPublication(ctx: AppContext, id: number): Promise<PublicationWithResult> {
  const row = await loadRow(ctx, id);
  if (row.p.status !== 'published') throw publicationNotFound(id);
  return presentPublicationWithResult(row, await getQuestionnaireById(ctx, row.p.questionnaireId));
}

/** A publication in any state, for signed-in users of its scope. */
export async function getPublication(
  ctx: AppContext,
  actor: Actor,
  id: number,
): Promise<PublicationWithResult> {
  const row = await loadRow(ctx, id);
  authorize(actor, 'surveys.read', { path: row.scopePath });
  return presentPublicationWithResult(row, await getQuestionnaireById(ctx, row.p.questionnaireId));
}

/** The frozen index table of a published result, as stored (for its open-data files). */
export async function publishedSnapshot(ctx: AppContext, id: number) {
  const row = await loadRow(ctx, id);
  if (row.p.status !== 'published') throw publicationNotFound(id);
  return { publication: await present(ctx, row), result: row.p.snapshot as IndexTable };
}
