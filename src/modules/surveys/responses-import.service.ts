import { eq } from 'drizzle-orm';
import { responseImports, units } from '../../db/schema/index.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, importInvalid, type LineError } from '../../lib/errors.ts';
import { formatDateVi } from '../../lib/format.ts';
import { vnDate } from '../../lib/time.ts';
import { type Actor, actorLabel } from '../accounts/actor.ts';
import { authorize, isInside } from '../accounts/permissions.ts';
import { sha256 } from '../accounts/secrets.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getQuestionnaire } from './questionnaires.service.ts';
import { insertResponses, type ResponseToStore } from './responses.repo.ts';
import { straightLiningFlags } from './responses.service.ts';
import { checkResponsesFile } from './responses-file.ts';
import { wavesOfQuestionnaire } from './waves.service.ts';

export const IMPORT_CHANNELS = ['import', 'paper', 'web', 'kiosk'] as const;
export type ImportChannel = (typeof IMPORT_CHANNELS)[number];

export interface ImportOptions {
  questionnaire: string;
  channel?: ImportChannel;
  fileName: string;
}

/**
 * Import a CSV or XLSX file of responses. The whole file is checked first; any bad line → nothing
 * is written and every bad line is named. The same file (same bytes) is never imported twice.
 * Each response joins the wave that covered its unit on its date, when there is one.
 */
export async function importResponsesFile(
  ctx: AppContext,
  actor: Actor,
  bytes: Uint8Array,
  options: ImportOptions,
) {
  authorize(actor, 'responses.enter');
  const version = await getQuestionnaire(ctx, options.questionnaire);
  const unitRows = await ctx.db.select({ id: units.id, code: units.code, path: units.path }).from(units);
  const byCode = new Map(unitRows.map((u) => [u.code, u]));
  const check = await checkResponsesFile(bytes, version.compiled, (code) => byCode.has(code));
  if (!check.ok) throw importInvalid(check.errors);

  const outside: LineError[] = check.rows
    .filter((r) => !isInside(actor, byCode.get(r.unitCode)!.path))
    .map((r) => ({
      line: r.line,
      code: 'UNIT_FORBIDDEN',
      message: `Đơn vị "${r.unitCode}" ngoài phạm vi quản lý của bạn`,
    }));
  if (outside.length > 0) {
    throw new AppError(
      'FORBIDDEN',
      `Tệp có ${outside.length} dòng thuộc đơn vị ngoài phạm vi của bạn; không nhập gì.`,
      {
        lines: outside,
      },
    );
  }

  const contentHash = sha256(Buffer.from(bytes).toString('base64'));
  const channel = options.channel ?? 'import';
  const waves = await wavesOfQuestionnaire(ctx.db, version.id);
  const waveFor = (unitId: number, at: Date) => {
    const day = vnDate(at);
    return waves.find((w) => w.unitIds.has(unitId) && w.opensOn <= day && day <= w.closesOn)?.id ?? null;
  };
  const keyedBy = channel === 'paper' && actor.kind === 'user' ? actor.userId : null;

  return ctx.db.transaction(async (tx) => {
    const [seen] = await tx
      .select({ fileName: responseImports.fileName, importedAt: responseImports.importedAt })
      .from(responseImports)
      .where(eq(responseImports.contentHash, contentHash));
    if (seen) {
      throw new AppError(
        'IMPORT_DUPLICATE',
        `Tệp này đã được nhập ngày ${formatDateVi(vnDate(seen.importedAt))} (tên tệp "${seen.fileName}"); không nhập lại.`,
      );
    }
    const [batch] = await tx
      .insert(responseImports)
      .values({
        contentHash,
        fileName: options.fileName,
        questionnaireId: version.id,
        channel,
        rows: check.rows.length,
        importedBy: actorLabel(actor),
        importedAt: ctx.now(),
      })
      .returning({ id: responseImports.id });
    const counts: Record<string, number> = {};
    const rows: ResponseToStore[] = check.rows.map((r) => {
      const unit = byCode.get(r.unitCode)!;
      counts[r.unitCode] = (counts[r.unitCode] ?? 0) + 1;
      return {
        unitId: unit.id,
        waveId: waveFor(unit.id, r.submittedAt),
        submittedAt: r.submittedAt,
        channel,
        answers: r.answers,
        profile: version.definition.profile.length > 0 ? r.profile : null,
        keyedBy,
        importId: batch!.id,
        flags: straightLiningFlags(version, r.answers),
      };
    });
    await insertResponses(tx, version.id, version.compiled, rows);
    await recordAudit(
      tx,
      actor,
      {
        action: 'responses.import',
        entityType: 'response_import',
        entityId: String(batch!.id),
        data: {
          file: options.fileName,
          questionnaire: `${version.code}@${version.version}`,
          rows: rows.length,
          channel,
        },
      },
      ctx.now(),
    );
    return { imported: rows.length, questionnaire: version.code, version: version.version, units: counts };
  });
}
