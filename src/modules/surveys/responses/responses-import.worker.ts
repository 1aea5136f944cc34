/**
 * Worker thread of the responses import (see imports/worker-thread.ts): parses and checks the file
 * off the main event loop and hands back the good rows packed in typed arrays (transferred, not
 * copied), or the bad lines. Also hashes the bytes (the duplicate-file check).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { sha256 } from '../../accounts/secrets.ts';
import type { Questionnaire } from '../questionnaires/questionnaire.ts';
import { compileQuestionnaire } from '../questionnaires/questionnaire-compile.ts';
import { checkResponsesBytes } from './responses-file.ts';

const data = workerData as {
  bytes: Uint8Array;
  definition: Questionnaire;
  unitCodes: string[];
  maxErrors: number;
};
const compiled = compileQuestionnaire(data.definition);
const known = new Set(data.unitCodes);
const contentHash = sha256(Buffer.from(data.bytes).toString('base64'));
const check = await checkResponsesBytes(data.bytes, compiled, (code) => known.has(code), {
  maxErrors: data.maxErrors,
  onRows: (rows) => parentPort!.postMessage({ type: 'progress', rows }),
});
const transfer = check.ok
  ? [
      check.packed.lines,
      check.packed.units,
      check.packed.times,
      check.packed.answers,
      check.packed.profile,
    ].map((a) => a.buffer as ArrayBuffer)
  : [];
parentPort!.postMessage({ type: 'done', check, contentHash }, transfer);
