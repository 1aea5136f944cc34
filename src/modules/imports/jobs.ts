import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Actor } from '../../access/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { importJobFailed, importJobNotFound, importQueueFull, importServerBusy } from './imports.errors.ts';

/**
 * Imports run as background jobs of this process: the upload answers at once (202 with the job's
 * id) and the web page polls the job for its progress and, at the end, the same result (or error)
 * the synchronous call gives. Jobs run one after another (a 2-core server parsing two 200,000-row
 * files at once would starve every other request); finished jobs are forgotten after an hour.
 * A job is readable only by the account that started it: anyone else gets 404, as if it did not
 * exist. Jobs live in memory: a restart forgets them, and an unfinished import wrote nothing (its
 * writes are one transaction).
 */

export type ImportKind = 'responses' | 'units' | 'procedures';
export type JobState = 'queued' | 'checking' | 'writing' | 'done' | 'failed';

export interface JobProgress {
  state: 'checking' | 'writing';
  /** Rows read (checking) or stored (writing) so far. */
  rows: number;
  /** Rows in the file once known (after checking), else null. */
  total: number | null;
}

export interface ImportJob {
  id: string;
  kind: ImportKind;
  fileName: string;
  state: JobState;
  rows: number;
  total: number | null;
  createdAt: Date;
  finishedAt: Date | null;
  result: unknown;
  error: { code: string; message: string; details: unknown } | null;
  /** Whose job it is (never shown). */
  owner: string;
  /** Settles when the job ends (never rejects). */
  settled: Promise<void>;
}

const KEEP_MS = 60 * 60 * 1000;
/** Jobs queued or running per account: more is refused (429) instead of piling up memory. */
export const MAX_PENDING_PER_OWNER = 2;
/** Jobs queued or running in the whole server. */
export const MAX_PENDING_TOTAL = 8;
const jobs = new Map<string, ImportJob>();
let queue: Promise<void> = Promise.resolve();

function ownerOf(actor: Actor): string {
  return actor.kind === 'user' ? `user:${actor.userId}` : `system:${actor.label}`;
}

/** Queues `run`; it reports progress through the callback and returns the job's result. */
export function startImportJob(
  log: Logger,
  actor: Actor,
  kind: ImportKind,
  fileName: string,
  run: (progress: (p: JobProgress) => void) => Promise<unknown>,
): ImportJob {
  const owner = ownerOf(actor);
  const allPending = [...jobs.values()].filter(
    (j) => j.state === 'queued' || j.state === 'checking' || j.state === 'writing',
  );
  // Each queued job holds its file (up to 24 MB): the queue is bounded for the whole server too.
  if (allPending.length >= MAX_PENDING_TOTAL) {
    throw importServerBusy(allPending.length, MAX_PENDING_TOTAL);
  }
  const pending = allPending.filter((j) => j.owner === owner);
  if (pending.length >= MAX_PENDING_PER_OWNER) {
    throw importQueueFull(pending.length, MAX_PENDING_PER_OWNER);
  }
  const job: ImportJob = {
    id: randomUUID(),
    kind,
    fileName,
    state: 'queued',
    rows: 0,
    total: null,
    createdAt: new Date(),
    finishedAt: null,
    result: null,
    error: null,
    owner,
    settled: Promise.resolve(),
  };
  jobs.set(job.id, job);
  const execute = async () => {
    try {
      job.result = await run((p) => {
        job.state = p.state;
        job.rows = p.rows;
        job.total = p.total;
      });
      job.state = 'done';
    } catch (error) {
      job.state = 'failed';
      if (error instanceof AppError) {
        job.error = { code: error.code, message: error.message, details: error.details ?? {} };
      } else {
        log.error({ err: error, job: job.id, kind }, 'import job failed');
        job.error = {
          code: 'INTERNAL',
          message: 'Máy chủ gặp lỗi khi nhập tệp; không có dữ liệu nào được nhập.',
          details: {},
        };
      }
    } finally {
      job.finishedAt = new Date();
      setTimeout(() => jobs.delete(job.id), KEEP_MS).unref();
    }
  };
  job.settled = queue.then(execute);
  queue = job.settled;
  return job;
}

/** The job as its owner sees it; anyone else, or an unknown or forgotten id, gets 404. */
export function getImportJob(actor: Actor, id: string): ImportJob {
  const job = jobs.get(id);
  if (!job || job.owner !== ownerOf(actor)) {
    throw importJobNotFound(id);
  }
  return job;
}

/** Waits for the job and returns its result, or throws its error (the synchronous contract). */
export async function resultOf(job: ImportJob): Promise<unknown> {
  await job.settled;
  if (job.error) {
    throw importJobFailed(job.error);
  }
  return job.result;
}
