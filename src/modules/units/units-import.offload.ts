import { runInWorker, sibling } from '../imports/worker-thread.ts';
import { checkUnitsCsv, type ExistingUnit, type ImportCheck, UNITS_INLINE_BYTES } from './units-import.ts';

/**
 * checkUnitsCsv, in a worker thread when the file is not small, so a large file never blocks the
 * event loop. `scopePrefix` is the path the actor's parents must start with ('' = anywhere).
 */
export async function checkUnitsCsvOffThread(
  text: string,
  options: {
    existing: Map<string, ExistingUnit>;
    types: Set<string>;
    scopePrefix: string;
    mayCreateRoot: boolean;
    today: string;
    /** Lines read so far (a job's progress). */
    onRows?: (rows: number) => void;
  },
): Promise<ImportCheck> {
  if (text.length <= UNITS_INLINE_BYTES) {
    return checkUnitsCsv(text, {
      existing: options.existing,
      types: options.types,
      mayUseParent: (parent) => parent.path.startsWith(options.scopePrefix),
      mayCreateRoot: options.mayCreateRoot,
      today: options.today,
      ...(options.onRows ? { onRows: options.onRows } : {}),
    });
  }
  const done = await runInWorker<{ type: 'done'; check: ImportCheck }>(
    sibling('./units-import.worker', import.meta.url),
    {
      text,
      existing: [...options.existing].map(([code, u]) => [code, { path: u.path, validTo: u.validTo }]),
      types: [...options.types],
      scopePrefix: options.scopePrefix,
      mayCreateRoot: options.mayCreateRoot,
      today: options.today,
    },
    [],
    (message) => options.onRows?.(Number(message.rows)),
  );
  return done.check;
}
