import type { z } from 'zod';
import type { ImportJob as ImportJobSchema } from '../../modules/imports/imports.schema.ts';
import { ApiError, api } from './client.ts';

/** A background import (POST … with `Prefer: respond-async` answers 202 with one). */
export type ImportJob = z.infer<typeof ImportJobSchema>;

/** Ask the server to import in the background: the upload then answers at once with a job. */
export const RESPOND_ASYNC = { Prefer: 'respond-async' } as const;

export function isImportJob(body: unknown): body is ImportJob {
  return typeof body === 'object' && body !== null && 'state' in body && 'kind' in body && 'id' in body;
}

/**
 * Polls the job every second until it ends; returns its result or throws its error, the same as
 * the synchronous upload would (so a bad file still shows every bad line).
 */
export async function followImportJob<T>(
  job: ImportJob,
  onProgress: (job: ImportJob) => void,
  signal?: AbortSignal,
): Promise<T> {
  let current = job;
  for (;;) {
    onProgress(current);
    if (current.state === 'done') return current.result as T;
    if (current.state === 'failed') {
      const error = current.error ?? { code: 'INTERNAL', message: '', details: {} };
      throw new ApiError(
        error.code === 'IMPORT_INVALID' ? 422 : 400,
        error.code,
        error.message,
        error.details,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    current = await api<ImportJob>(`/import-jobs/${current.id}`, signal ? { signal } : {});
  }
}
