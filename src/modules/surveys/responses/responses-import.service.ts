import { type Actor, actorLabel } from '../../../access/actor.ts';
import { authorize, isInside } from '../../../access/permissions.ts';
import type { AppContext } from '../../../lib/context.ts';
import { type AppError, importInvalid, type LineError } from '../../../lib/errors.ts';
import { vnDate } from '../../../lib/time.ts';
import { sha256 } from '../../accounts/secrets.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { type ImportJob, type JobProgress, startImportJob } from '../../imports/jobs.ts';
import { checkCsvRowCount, checkImportSize, INLINE_BYTES } from '../../imports/limits.ts';
import { runInWorker, sibling } from '../../imports/worker-thread.ts';
import { allCodes } from '../../units/units.repo.ts';
import { getQuestionnaire, type QuestionnaireVersion } from '../questionnaires/questionnaires.service.ts';
import { wavesOfQuestionnaire } from '../waves/waves.repo.ts';
import { importDuplicate, importInvalidTotal, importOutsideScope } from './responses.errors.ts';
import type { ImportResponsesResult } from './responses.schema.ts';
import { straightLiningFlags } from './responses.service.ts';
import { checkResponsesBytes, isResponsesXlsx, NO_ANSWER, type PackedCheck } from './responses-file.ts';
import {
  findImportByHash,
  type ImportedResponse,
  insertImport,
  insertImportedResponses,
} from './responses-import.repo.ts';

export const IMPORT_CHANNELS = ['import', 'paper', 'web', 'kiosk'] as const;
export type ImportChannel = (typeof IMPORT_CHANNELS)[number];

export interface ImportOptions {
  questionnaire: string;
  channel?: ImportChannel;
  fileName: string;
  /** Told as the file is checked, then as rows are stored (a job's progress, the CLI's stderr). */
  onProgress?: (progress: JobProgress) => void;
}

/** Bad lines listed in the error at most (the message gives the total). */
const MAX_LISTED_ERRORS = 1000;
/** Rows per insert batch; every batch is in the one transaction of the import. */
const WRITE_BATCH = 2000;

/**
 * Import a CSV or XLSX file of responses. The size and (CSV) line count are checked before
 * anything is parsed; the file is then parsed and checked whole — in a worker thread when it is
 * not tiny, so the server keeps answering — and any bad line → nothing is written and every bad
 * line is named. The rows are stored in batches inside one transaction. The same file (same bytes)
 * is never imported twice. Each response joins the wave that covered its unit on its date, when
 * there is one.
 */
export async function importResponsesFile(
  ctx: AppContext,
  actor: Actor,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportResponsesResult> {
  authorize(actor, 'responses.enter');
  checkImportSize('responses', bytes.length);
  if (!isResponsesXlsx(bytes)) checkCsvRowCount('responses', bytes);
  const progress = options.onProgress ?? (() => {});
  const version = await getQuestionnaire(ctx, options.questionnaire);
  const byCode = await allCodes(ctx.db);

  progress({ state: 'checking', rows: 0, total: null });
  const { check, contentHash } = await checkOffThread(bytes, version, [...byCode.keys()], (rows) =>
    progress({ state: 'checking', rows, total: null }),
  );
  if (!check.ok) throw invalidFile(check.errors, check.total);
  const packed = check.packed;

  // Scope: decided once per distinct unit, then named on every line of an outside unit.
  const inside = packed.unitCodes.map((code) => isInside(actor, byCode.get(code)!.path));
  if (inside.some((ok) => !ok)) {
    const outside: LineError[] = [];
    for (let i = 0; i < packed.count; i++) {
      if (inside[packed.units[i]!]) continue;
      const unitCode = packed.unitCodes[packed.units[i]!]!;
      if (outside.length < MAX_LISTED_ERRORS) {
        outside.push({
          line: packed.lines[i]!,
          code: 'UNIT_FORBIDDEN',
          message: `Đơn vị "${unitCode}" ngoài phạm vi quản lý của bạn`,
        });
      }
    }
    const total = packed.units.reduce((n, u) => n + (inside[u] ? 0 : 1), 0);
    throw importOutsideScope(total, outside);
  }

  const channel = options.channel ?? 'import';
  const waves = await wavesOfQuestionnaire(ctx.db, version.id);
  const waveFor = (unitId: number, at: Date) => {
    const day = vnDate(at);
    return waves.find((w) => w.unitIds.has(unitId) && w.opensOn <= day && day <= w.closesOn)?.id ?? null;
  };
  const keyedBy = channel === 'paper' && actor.kind === 'user' ? actor.userId : null;
  const unitIds = packed.unitCodes.map((code) => byCode.get(code)!.id);
  const questionCount = version.compiled.questionCount;
  const profileCount = version.definition.profile.length;
  const value = (v: number) => (v === NO_ANSWER ? null : v);

  progress({ state: 'writing', rows: 0, total: packed.count });
  return ctx.db.transaction(async (tx) => {
    const seen = await findImportByHash(tx, contentHash);
    if (seen) throw importDuplicate(seen.fileName, seen.importedAt);
    const batchId = await insertImport(tx, {
      contentHash,
      fileName: options.fileName,
      questionnaireId: version.id,
      channel,
      rows: packed.count,
      importedBy: actorLabel(actor),
      importedAt: ctx.now(),
    });
    const perUnit = new Array<number>(packed.unitCodes.length).fill(0);
    // Rows become objects one batch at a time, so memory holds the packed file plus one batch.
    for (let start = 0; start < packed.count; start += WRITE_BATCH) {
      const end = Math.min(packed.count, start + WRITE_BATCH);
      const rows: ImportedResponse[] = [];
      for (let i = start; i < end; i++) {
        const u = packed.units[i]!;
        perUnit[u]!++;
        const answers = Array.from(
          packed.answers.subarray(i * questionCount, (i + 1) * questionCount),
          value,
        );
        const submittedAt = new Date(packed.times[i]!);
        rows.push({
          unitId: unitIds[u]!,
          waveId: waveFor(unitIds[u]!, submittedAt),
          submittedAt,
          answers,
          profile:
            profileCount > 0
              ? Array.from(packed.profile.subarray(i * profileCount, (i + 1) * profileCount), value)
              : null,
          flags: straightLiningFlags(version, answers),
        });
      }
      await insertImportedResponses(
        tx,
        { questionnaireId: version.id, compiled: version.compiled, channel, keyedBy, importId: batchId },
        rows,
      );
      progress({ state: 'writing', rows: end, total: packed.count });
      // Let the event loop serve other requests between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await recordAudit(
      tx,
      actor,
      {
        action: 'responses.import',
        entityType: 'response_import',
        entityId: String(batchId),
        data: {
          file: options.fileName,
          questionnaire: `${version.code}@${version.version}`,
          rows: packed.count,
          channel,
        },
      },
      ctx.now(),
    );
    const counts: Record<string, number> = {};
    packed.unitCodes.forEach((code, u) => {
      counts[code] = perUnit[u]!;
    });
    return { imported: packed.count, questionnaire: version.code, version: version.version, units: counts };
  });
}

/** Parse and check the file: inline when tiny, else in a worker thread. */
async function checkOffThread(
  bytes: Uint8Array,
  version: QuestionnaireVersion,
  unitCodes: string[],
  onRows: (rows: number) => void,
): Promise<{ check: PackedCheck; contentHash: string }> {
  if (bytes.length <= INLINE_BYTES) {
    const known = new Set(unitCodes);
    return {
      check: await checkResponsesBytes(bytes, version.compiled, (code) => known.has(code), {
        maxErrors: MAX_LISTED_ERRORS,
        onRows,
      }),
      contentHash: sha256(Buffer.from(bytes).toString('base64')),
    };
  }
  // The worker gets its own copy of the bytes (moved, not copied again, to its thread).
  const copy = bytes.slice();
  const done = await runInWorker<{ type: 'done'; check: PackedCheck; contentHash: string }>(
    sibling('./responses-import.worker', import.meta.url),
    {
      bytes: copy,
      definition: version.definition,
      unitCodes,
      maxErrors: MAX_LISTED_ERRORS,
    },
    [copy.buffer as ArrayBuffer],
    (message) => onRows(Number(message.rows)),
  );
  return { check: done.check, contentHash: done.contentHash };
}

function invalidFile(errors: LineError[], total: number): AppError {
  if (total <= errors.length) return importInvalid(errors);
  return importInvalidTotal(errors, total);
}

/**
 * The upload's entry point: refuses at once what can be refused without parsing (role, size, line
 * count, unknown questionnaire), then queues the import as a background job.
 */
export async function startResponsesImport(
  ctx: AppContext,
  actor: Actor,
  bytes: Uint8Array,
  options: Omit<ImportOptions, 'onProgress'>,
): Promise<ImportJob> {
  authorize(actor, 'responses.enter');
  checkImportSize('responses', bytes.length);
  if (!isResponsesXlsx(bytes)) checkCsvRowCount('responses', bytes);
  await getQuestionnaire(ctx, options.questionnaire);
  return startImportJob(ctx.log, actor, 'responses', options.fileName, (onProgress) =>
    importResponsesFile(ctx, actor, bytes, { ...options, onProgress }),
  );
}
