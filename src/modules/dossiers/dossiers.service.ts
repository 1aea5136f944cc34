/**
 * The desk's use cases, one action per file in use-cases/ (each one transaction: state, timeline,
 * audit, slip and messages together). This file is the module's one entry for routes, demo and tests.
 */
export { apologise } from './use-cases/apologise.ts';
export { completeSupplement } from './use-cases/complete-supplement.ts';
export { handOver } from './use-cases/hand-over.ts';
export { possibleDuplicates } from './use-cases/possible-duplicates.ts';
export { recalculateDue } from './use-cases/recalculate-due.ts';
export {
  type DocumentKind,
  dossierCode,
  type Reception,
  receiveDossier,
} from './use-cases/receive-dossier.ts';
export { receiveHandover } from './use-cases/receive-handover.ts';
export { dashboard, recordOverdue, violationRegister, warningList } from './use-cases/record-overdue.ts';
export { refuse } from './use-cases/refuse.ts';
export { requestSupplement, type SupplementRequest } from './use-cases/request-supplement.ts';
export { resultReady } from './use-cases/result-ready.ts';
export { returnResult } from './use-cases/return-result.ts';
export { startProcessing } from './use-cases/start-processing.ts';
export { stop } from './use-cases/stop.ts';
export { withdraw } from './use-cases/withdraw.ts';
