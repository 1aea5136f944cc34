import { Worker } from 'node:worker_threads';

/**
 * Runs a module in a worker thread, so that parsing and checking a large file never blocks the
 * event loop that answers every other request. The module reads `workerData` and posts messages
 * `{ type: 'progress', … }` (any number) then one `{ type: 'done', … }`; a throw becomes a rejection.
 *
 * The same code runs from the TypeScript sources (a checkout runs under tsx: the worker registers
 * tsx itself, since a worker does not inherit the parent's loader hooks on every Node version; with
 * no tsx installed, Node's type stripping loads the .ts file) and from compiled JavaScript (the
 * module URL then ends in .js and is imported as it is).
 */
const BOOT = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.moduleUrl.endsWith('.ts')) {
    // Without tsx (a checkout run by Node's own type stripping) the .ts file is imported as it is.
    try {
      (await import('tsx/esm/api')).register();
    } catch {}
  }
  await import(workerData.moduleUrl);
})().catch((error) => {
  setImmediate(() => {
    throw error;
  });
});
`;

export interface WorkerMessage {
  type: string;
  [key: string]: unknown;
}

/** `sibling('./x.worker', import.meta.url)`: the worker file beside the caller, .ts or .js like the caller. */
export function sibling(name: string, callerUrl: string): URL {
  const ext = callerUrl.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`${name}${ext}`, callerUrl);
}

export function runInWorker<T extends WorkerMessage>(
  moduleUrl: URL,
  data: Record<string, unknown>,
  transfer: ArrayBuffer[],
  onProgress: (message: WorkerMessage) => void = () => {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, {
      eval: true,
      workerData: { ...data, moduleUrl: moduleUrl.href },
      transferList: transfer,
      // A bounded heap: a file that would need more fails alone instead of taking the server down.
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'done') {
        settled = true;
        resolve(message as T);
        void worker.terminate();
      } else {
        onProgress(message);
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`Worker thread exited with code ${code}`));
    });
  });
}
