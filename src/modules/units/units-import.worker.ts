/**
 * Worker thread of the units import (see imports/worker-thread.ts): parses and checks the CSV off
 * the main event loop. The existing units come as entries; the actor's scope as its path prefix.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkUnitsCsv, type ExistingUnit } from './units-import.ts';

const data = workerData as {
  text: string;
  existing: [string, ExistingUnit][];
  types: string[];
  /** '' = may use any parent (the system, a top-level admin's whole tree). */
  scopePrefix: string;
  mayCreateRoot: boolean;
  today: string;
};
const check = checkUnitsCsv(data.text, {
  existing: new Map(data.existing),
  types: new Set(data.types),
  mayUseParent: (parent) => parent.path.startsWith(data.scopePrefix),
  mayCreateRoot: data.mayCreateRoot,
  today: data.today,
  onRows: (rows) => parentPort!.postMessage({ type: 'progress', rows }),
});
parentPort!.postMessage({ type: 'done', check });
