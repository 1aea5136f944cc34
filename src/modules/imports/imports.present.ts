import type { JsonObject } from '../../http/json-value.ts';
import type { ImportJob } from './imports.schema.ts';
import type { ImportJob as Job } from './jobs.ts';

type ImportResult = NonNullable<ImportJob['result']>;

/** A background import as its owner sees it (GET /import-jobs/{id}, and the 202 of an upload). */
export function presentJob(job: Job): ImportJob {
  return {
    id: job.id,
    kind: job.kind,
    fileName: job.fileName,
    state: job.state,
    rows: job.rows,
    total: job.total,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    // What the kind's import service returned: the same body as the synchronous upload.
    result: job.state === 'done' ? (job.result as ImportResult) : null,
    error: job.error
      ? { code: job.error.code, message: job.error.message, details: job.error.details as JsonObject }
      : null,
  };
}
