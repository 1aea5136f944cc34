import { type Actor, actorLabel } from '../../../access/actor.ts';
import { authorize, isTopLevel } from '../../../access/permissions.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { parseQuestionnaire, parseQuestionnaireText, type Questionnaire } from './questionnaire.ts';
import { exportQuestionnaire, questionnaireHash } from './questionnaire-canonical.ts';
import { type CompiledQuestionnaire, compileQuestionnaire } from './questionnaire-compile.ts';
import {
  questionnaireIdNotFound,
  questionnaireInvalid,
  questionnaireNotFound,
  questionnairesTopOnly,
} from './questionnaires.errors.ts';
import { presentQuestionnaireSummary } from './questionnaires.present.ts';
import * as repo from './questionnaires.repo.ts';

/** A stored version, with its compiled form for scoring and aggregation. */
export interface QuestionnaireVersion {
  id: number;
  code: string;
  version: number;
  title: string;
  hash: string;
  definition: Questionnaire;
  compiled: CompiledQuestionnaire;
  createdAt: Date;
}

// Versions never change (no UPDATE path exists), so each is compiled once and cached by id.
const compiledById = new Map<number, QuestionnaireVersion>();

export function toVersion(row: repo.QuestionnaireRow): QuestionnaireVersion {
  const cached = compiledById.get(row.id);
  if (cached) return cached;
  const definition = row.definition as Questionnaire;
  const version = {
    id: row.id,
    code: row.code,
    version: row.version,
    title: row.title,
    hash: row.hash,
    definition,
    compiled: compileQuestionnaire(definition),
    createdAt: row.createdAt,
  };
  compiledById.set(row.id, version);
  return version;
}

export type ImportOutcome = { version: QuestionnaireVersion; created: boolean };

/**
 * Import a questionnaire (parsed JSON or the text of a file). A file identical to the latest
 * version (same canonical hash) changes nothing; a changed file becomes version N + 1. Versions in
 * use are never edited, so responses always keep the exact form they answered.
 */
export async function importQuestionnaire(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<ImportOutcome> {
  authorize(actor, 'surveys.manage');
  // Questionnaires are shared by the whole installation: only its top level changes them.
  if (!isTopLevel(actor)) throw questionnairesTopOnly();
  const parsed = typeof input === 'string' ? parseQuestionnaireText(input) : parseQuestionnaire(input);
  if (!parsed.ok) throw questionnaireInvalid(parsed.errors);
  const q = parsed.questionnaire;
  const hash = questionnaireHash(q);
  return ctx.db.transaction(async (tx) => {
    await repo.lockCode(tx, q.code);
    const latest = await repo.latestVersion(tx, q.code);
    if (latest?.hash === hash) return { version: toVersion(latest), created: false };
    const row = await repo.insertVersion(tx, {
      code: q.code,
      version: (latest?.version ?? 0) + 1,
      title: q.title,
      definition: q,
      hash,
      createdBy: actorLabel(actor),
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'questionnaire.import',
        entityType: 'questionnaire',
        entityId: `${row.code}@${row.version}`,
        data: { hash },
      },
      ctx.now(),
    );
    return { version: toVersion(row), created: true };
  });
}

/** `CODE` → its latest version, `CODE@N` → version N. */
export function parseQuestionnaireRef(ref: string): { code: string; version: number | null } | null {
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]{0,49})(?:@([1-9][0-9]{0,5}))?$/.exec(ref.trim());
  if (!m) return null;
  return { code: m[1]!, version: m[2] ? Number(m[2]) : null };
}

/** Questionnaires are shared reference data: any signed-in user (and the CLI) may read them. */
export async function getQuestionnaire(ctx: AppContext, ref: string): Promise<QuestionnaireVersion> {
  const parsed = parseQuestionnaireRef(ref);
  const row = parsed
    ? parsed.version === null
      ? await repo.latestVersion(ctx.db, parsed.code)
      : await repo.findVersion(ctx.db, parsed.code, parsed.version)
    : undefined;
  if (!row) throw questionnaireNotFound(ref);
  return toVersion(row);
}

export async function getQuestionnaireById(ctx: AppContext, id: number): Promise<QuestionnaireVersion> {
  const cached = compiledById.get(id);
  if (cached) return cached;
  const row = await repo.findById(ctx.db, id);
  if (!row) throw questionnaireIdNotFound(id);
  return toVersion(row);
}

export async function listQuestionnaires(ctx: AppContext) {
  return (await repo.listAll(ctx.db)).map((row) => presentQuestionnaireSummary(toVersion(row)));
}

/** The JSON file of a version, byte for byte what importing it back expects. */
export async function exportQuestionnaireText(ctx: AppContext, ref: string): Promise<string> {
  return exportQuestionnaire((await getQuestionnaire(ctx, ref)).definition);
}
