import { runInWorker, sibling } from '../../imports/worker-thread.ts';
import type { ImportCheck, ImportContext } from './catalogue.ts';
import { checkProceduresCsv } from './csv.ts';
import { checkProceduresJson } from './json.ts';

/** Files up to this size are checked on the calling thread; larger ones in a worker thread. */
const INLINE_CHARS = 256 * 1024;

/** checkProceduresCsv / checkProceduresJson, in a worker thread when the file is not small. */
export async function checkProceduresOffThread(
  text: string,
  format: 'csv' | 'json',
  ctx: ImportContext,
): Promise<ImportCheck> {
  if (text.length <= INLINE_CHARS) {
    return (format === 'json' ? checkProceduresJson : checkProceduresCsv)(text, ctx);
  }
  const done = await runInWorker<{ type: 'done'; check: ImportCheck }>(
    sibling('./worker', import.meta.url),
    { text, format, units: [...ctx.units].map(([code, u]) => [code, { validTo: u.validTo }]) },
    [],
  );
  return done.check;
}
