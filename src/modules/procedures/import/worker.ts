/**
 * Worker thread of the procedure catalogue import (see imports/worker-thread.ts): parses and
 * checks the CSV or JSON file off the main event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkProceduresCsv } from './csv.ts';
import { checkProceduresJson } from './json.ts';

const data = workerData as {
  text: string;
  format: 'csv' | 'json';
  units: [string, { validTo: string | null }][];
};
const check = (data.format === 'json' ? checkProceduresJson : checkProceduresCsv)(data.text, {
  units: new Map(data.units),
});
parentPort!.postMessage({ type: 'done', check });
